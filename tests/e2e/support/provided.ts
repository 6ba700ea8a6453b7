// What the global setup hands to every spec through vitest's provide/inject.
declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databaseKind: string;
    /** The shared server's first-start link (`/inrichten#token=...`); null once users exist. */
    setupLink: string | null;
  }
}

export {};

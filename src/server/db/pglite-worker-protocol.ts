/** The messages between the server's thread and the embedded database's (pglite-worker.ts). */

export interface WorkerStart {
  dataDir: string | null;
  sharedBuffers: string;
  /** A dump of a data directory to start from (PGlite's loadDataDir). */
  loadDataDir?: Uint8Array;
}

/** `library`: PGlite's own parsers (Dates), for SQL that is not drizzle's; otherwise drizzle's. */
export type WorkerRequest = { id: number } & (
  | { op: 'query'; text: string; params?: unknown[]; rowMode?: 'array' | 'object'; tx?: number; library?: boolean }
  | { op: 'exec'; text: string; tx?: number; library?: boolean }
  | { op: 'begin' }
  | { op: 'end'; tx: number; commit: boolean }
  | { op: 'dump' }
  | { op: 'close' }
);

export type WorkerReply = { id: number } & ({ result: unknown; error?: undefined } | { error: Record<string, unknown>; result?: undefined });

/** The messages between the server's thread and the embedded database's (pglite-worker.ts). */

export interface WorkerStart {
  dataDir: string | null;
  sharedBuffers: string;
  /** A dump of a data directory to start from (PGlite's loadDataDir). */
  loadDataDir?: Uint8Array;
}

/** One statement with its parameters. */
export interface Statement {
  text: string;
  params: unknown[];
}

/**
 * `library`: PGlite's own parsers (Dates), for SQL that is not drizzle's; otherwise drizzle's.
 * A transaction's opening statements travel with its `begin`, its closing ones with its `end`:
 * one message each way instead of one per statement (ADR 36).
 */
export type WorkerRequest = { id: number } & (
  | { op: 'query'; text: string; params?: unknown[]; rowMode?: 'array' | 'object'; tx?: number; library?: boolean }
  | { op: 'exec'; text: string; tx?: number; library?: boolean }
  | { op: 'begin'; opening?: Statement[] }
  | { op: 'end'; tx: number; commit: boolean; closing?: Statement[] }
  | { op: 'dump' }
  | { op: 'close' }
);

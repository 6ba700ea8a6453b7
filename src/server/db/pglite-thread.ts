import type { PGlite, Transaction } from '@electric-sql/pglite';
import { ThreadCalls, workerEntry } from '../threads/thread-calls';
import type { Statement, WorkerRequest, WorkerStart } from './pglite-worker-protocol';

const THREAD = Symbol('pglite thread');

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * The worker's young generation: V8's default (up to 32 MB per thread, filled before each
 * scavenge) is memory the database thread does not need; its messages are short-lived (ADR 36).
 */
const YOUNG_GENERATION_MB = 6;

/**
 * PGlite in a worker thread (ADR 31), seen from the server's thread: what drizzle's PGlite driver
 * and the job runner use of a PGlite (query, exec, transaction), answered by messages.
 */
export class PgliteThread {
  private constructor(private readonly calls: ThreadCalls<Request>) {}

  static async start(start: WorkerStart): Promise<PgliteThread> {
    const calls = await ThreadCalls.start<Request>(workerEntry('pglite-worker', import.meta.url), {
      workerData: start,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      ...(start.loadDataDir ? { transferList: [start.loadDataDir.buffer as ArrayBuffer] } : {}),
    });
    return new PgliteThread(calls);
  }

  send<T>(request: Request): Promise<T> {
    return this.calls.send<T>(request);
  }

  /**
   * A transaction whose opening statements go with its BEGIN and whose closing ones go with its
   * COMMIT (ADR 36); `work` gets a client of its own on which every query is part of it. A client
   * is never reused: a query somebody sent late on one fails, instead of landing in another
   * request's transaction (another municipality's, perhaps).
   */
  async transaction<T>(opening: Statement[], closing: () => Statement[], work: (client: PGlite) => Promise<T>): Promise<T> {
    const id = await this.send<number>({ op: 'begin', ...(opening.length ? { opening } : {}) });
    const client = {
      query: this.query(id),
      exec: (text: string) => this.send({ op: 'exec', text, tx: id }),
      transaction: () => Promise.reject(new Error('a transaction cannot be nested')),
      closed: false,
    } as unknown as PGlite;
    let result: T;
    try {
      result = await work(client);
    } catch (error) {
      await this.send({ op: 'end', tx: id, commit: false }).catch(() => {});
      throw error;
    }
    const last = closing();
    await this.send({ op: 'end', tx: id, commit: true, ...(last.length ? { closing: last } : {}) });
    return result;
  }

  /** Drizzle's `query`, outside a transaction or in transaction `tx`. */
  private query(tx?: number) {
    return (text: string, params?: unknown[], options?: { rowMode?: 'array' | 'object' }) =>
      this.send({ op: 'query', text, ...(params ? { params } : {}), ...(options?.rowMode ? { rowMode: options.rowMode } : {}), ...(tx ? { tx } : {}) });
  }

  /** The client as drizzle's PGlite driver uses it. Parsers are the worker's, set once (pglite-parsers.ts). */
  forDrizzle(): PGlite {
    const transaction = <T>(callback: (tx: Transaction) => Promise<T>) => this.transaction([], () => [], (client) => callback(client as unknown as Transaction));
    return { query: this.query(), transaction, [THREAD]: this } as unknown as PGlite;
  }

  /** The thread behind a client of forDrizzle (a drizzle database's $client), if it is one. */
  static of(client: unknown): PgliteThread | undefined {
    return (client as { [THREAD]?: PgliteThread } | null)?.[THREAD];
  }

  /** Plain SQL for a library that brings its own (pg-boss): PGlite's own parsers, several statements without parameters. */
  async raw(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
    if (values?.length) return this.send({ op: 'query', text, params: values, library: true });
    const results = await this.send<Array<{ rows: unknown[] }>>({ op: 'exec', text, library: true });
    return results.at(-1) ?? { rows: [] };
  }

  async dumpDataDir(): Promise<Blob> {
    return new Blob([await this.send<Uint8Array<ArrayBuffer>>({ op: 'dump' })]);
  }

  async close(): Promise<void> {
    if (!this.calls.stopped) await this.send({ op: 'close' }).catch(() => {});
    await this.calls.worker.terminate();
  }
}

import { Worker } from 'node:worker_threads';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { WorkerReply, WorkerRequest, WorkerStart } from './pglite-worker-protocol';

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** A database error from the other thread, with PostgreSQL's fields (code, constraint, …) as PGlite gives them. */
function rebuildError(fields: Record<string, unknown>): Error {
  const error = new Error(String(fields.message ?? 'database error'));
  Object.assign(error, fields);
  return error;
}

/** Where the worker's code is: beside this module, built (.js) or as source (.ts, run by tsx). */
function workerUrl(): URL {
  const source = import.meta.url.endsWith('.ts');
  return new URL(source ? './pglite-worker-source.mjs' : './pglite-worker.js', import.meta.url);
}

/**
 * PGlite in a worker thread (ADR 31), seen from the server's thread: what drizzle's PGlite driver
 * and the job runner use of a PGlite (query, exec, transaction), answered by messages.
 */
export class PgliteThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;
  private exited: Error | null = null;

  private constructor(worker: Worker) {
    this.worker = worker;
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.error) waiting.reject(rebuildError(reply.error));
      else waiting.resolve(reply.result);
    });
    const fail = (error: Error) => {
      this.exited = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the database thread stopped (${code})`)));
  }

  static async start(start: WorkerStart): Promise<PgliteThread> {
    const worker = new Worker(workerUrl(), {
      workerData: start,
      ...(start.loadDataDir ? { transferList: [start.loadDataDir.buffer as ArrayBuffer] } : {}),
    });
    const thread = new PgliteThread(worker);
    await new Promise<void>((resolve, reject) => {
      const ready = (reply: WorkerReply) => {
        if (reply.id !== 0) return;
        worker.off('message', ready);
        resolve();
      };
      worker.on('message', ready);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the database thread stopped while starting (${code})`)));
    });
    return thread;
  }

  send<T>(request: Request): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  /** The client as drizzle's PGlite driver uses it. Parsers are the worker's, set once (pglite-parsers.ts). */
  forDrizzle(): PGlite {
    const query = (tx: number | undefined) => (text: string, params?: unknown[], options?: { rowMode?: 'array' | 'object' }) =>
      this.send({ op: 'query', text, ...(params ? { params } : {}), ...(options?.rowMode ? { rowMode: options.rowMode } : {}), ...(tx ? { tx } : {}) });
    const transaction = async <T>(callback: (tx: Transaction) => Promise<T>): Promise<T> => {
      const id = await this.send<number>({ op: 'begin' });
      const tx = {
        query: query(id),
        exec: (text: string) => this.send({ op: 'exec', text, tx: id }),
        rollback: async () => {
          await this.send({ op: 'end', tx: id, commit: false });
        },
        closed: false,
      } as unknown as Transaction;
      let result: T;
      try {
        result = await callback(tx);
      } catch (error) {
        await this.send({ op: 'end', tx: id, commit: false }).catch(() => {});
        throw error;
      }
      await this.send({ op: 'end', tx: id, commit: true });
      return result;
    };
    return { query: query(undefined), transaction } as unknown as PGlite;
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
    if (!this.exited) await this.send({ op: 'close' }).catch(() => {});
    await this.worker.terminate();
  }
}

import { parentPort, Worker, type WorkerOptions } from 'node:worker_threads';

/** What a worker answers to a request: the request's id and a result, or the fields of an error. */
export type ThreadReply = { id: number } & ({ result: unknown; error?: undefined } | { error: Record<string, unknown>; result?: undefined });

/** An error from the other thread, with the fields it carried (PostgreSQL's code, constraint, …). */
function rebuildError(fields: Record<string, unknown>): Error {
  const error = new Error(String(fields.message ?? 'error in a worker thread'));
  Object.assign(error, fields);
  return error;
}

/** What the worker thread sends of an error: its message and its plain fields. */
function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: Record<string, unknown> = { message: error.message, name: error.name };
  for (const [key, value] of Object.entries(error)) if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
  return fields;
}

/**
 * Where a worker's code is, seen from the module that starts it (`caller`: its import.meta.url):
 * the built server runs `<name>.js` beside its bundle in dist/server; from source (tsx, tests)
 * `source-worker.mjs` compiles `<name>.ts` beside the caller on the fly.
 */
export function workerEntry(name: string, caller: string): { url: URL; sourceModule?: string } {
  if (!caller.endsWith('.ts')) return { url: new URL(`./${name}.js`, caller) };
  return { url: new URL('./source-worker.mjs', import.meta.url), sourceModule: new URL(`./${name}.ts`, caller).href };
}

/**
 * Requests to a worker thread, answered by messages that carry the request's id: one promise per
 * request, all rejected when the thread stops.
 */
export class ThreadCalls<Request extends object> {
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;
  private exited: Error | null = null;

  private constructor(readonly worker: Worker) {
    worker.on('message', (reply: ThreadReply) => {
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
    worker.on('exit', (code) => fail(new Error(`the worker thread stopped (${code})`)));
  }

  /** Starts the worker and waits for its first message (id 0: ready). */
  static async start<Request extends object>(entry: { url: URL; sourceModule?: string }, options: WorkerOptions = {}): Promise<ThreadCalls<Request>> {
    const worker = new Worker(entry.url, {
      ...options,
      workerData: entry.sourceModule ? { ...(options.workerData as object), sourceModule: entry.sourceModule } : options.workerData,
    });
    const calls = new ThreadCalls<Request>(worker);
    await new Promise<void>((resolve, reject) => {
      const ready = (reply: ThreadReply) => {
        if (reply.id !== 0) return;
        worker.off('message', ready);
        resolve();
      };
      worker.on('message', ready);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the worker thread stopped while starting (${code})`)));
    });
    return calls;
  }

  get stopped(): boolean {
    return this.exited !== null;
  }

  /** Requests not yet answered. */
  get waiting(): number {
    return this.pending.size;
  }

  send<T>(request: Request): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...request, id });
    });
  }
}

/** The worker's side: answers each request with `handle`'s result or error, after saying it is ready. */
export function answerRequests<Request extends { id: number }>(handle: (request: Request) => unknown): void {
  const port = parentPort!;
  port.on('message', (request: Request) => {
    Promise.resolve()
      .then(() => handle(request))
      .then(
        (result) => port.postMessage({ id: request.id, result } satisfies ThreadReply),
        (error: unknown) => port.postMessage({ id: request.id, error: errorFields(error) } satisfies ThreadReply),
      );
  });
  port.postMessage({ id: 0, result: 'ready' } satisfies ThreadReply);
}

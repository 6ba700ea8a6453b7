import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { DRIZZLE_PARSERS, LIBRARY_PARSERS } from './pglite-parsers';
import type { WorkerReply, WorkerRequest, WorkerStart } from './pglite-worker-protocol';

/**
 * The embedded database in a thread of its own (ADR 31): PGlite's JavaScript and WebAssembly run
 * here, so a request that needs no database (a route map, a page) never waits behind one that
 * does. The server's thread sends each query as a message and gets the rows back.
 */
const start = workerData as WorkerStart;
const port = parentPort!;

const db = await PGlite.create(start.dataDir ?? undefined, {
  extensions: { pg_trgm, fuzzystrmatch, unaccent },
  parsers: DRIZZLE_PARSERS,
  startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${start.sharedBuffers}`],
  ...(start.loadDataDir ? { loadDataDir: new Blob([start.loadDataDir as Uint8Array<ArrayBuffer>]) } : {}),
});

/** Open transactions by id: PGlite holds its lock until the callback below settles. */
const transactions = new Map<number, { tx: Transaction; end(commit: boolean): void; done: Promise<void> }>();
let nextTransaction = 1;

function begin(): Promise<number> {
  return new Promise((resolveId, rejectId) => {
    const id = nextTransaction++;
    let finish!: (commit: boolean) => void;
    const done = db
      .transaction(
        (tx) =>
          new Promise<void>((resolve, reject) => {
            finish = (commit) => (commit ? resolve() : reject(new Rollback()));
            transactions.set(id, { tx, end: (commit) => finish(commit), done });
            resolveId(id);
          }),
      )
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      })
      .finally(() => transactions.delete(id));
    done.catch(rejectId);
  });
}

class Rollback extends Error {}

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case 'query': {
      const target = request.tx ? transactions.get(request.tx)?.tx : db;
      if (!target) throw new Error('transaction is no longer open');
      const options = { ...(request.rowMode ? { rowMode: request.rowMode } : {}), ...(request.library ? { parsers: LIBRARY_PARSERS } : {}) };
      return target.query(request.text, request.params, options);
    }
    case 'exec': {
      const target = request.tx ? transactions.get(request.tx)?.tx : db;
      if (!target) throw new Error('transaction is no longer open');
      return target.exec(request.text, request.library ? { parsers: LIBRARY_PARSERS } : {});
    }
    case 'begin':
      return begin();
    case 'end': {
      const open = transactions.get(request.tx);
      if (!open) return null;
      open.end(request.commit);
      await open.done;
      return null;
    }
    case 'dump': {
      const dump = await db.dumpDataDir('none');
      return new Uint8Array(await dump.arrayBuffer());
    }
    case 'close':
      await db.close();
      return null;
  }
}

/** What the server's thread needs of a database error: its message and PostgreSQL's fields (code, constraint, …). */
function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: Record<string, unknown> = { message: error.message, name: error.name };
  for (const [key, value] of Object.entries(error)) if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
  return fields;
}

port.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (result) => port.postMessage({ id: request.id, result } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ id: request.id, error: errorFields(error) } satisfies WorkerReply),
  );
});
port.postMessage({ id: 0, result: 'ready' } satisfies WorkerReply);

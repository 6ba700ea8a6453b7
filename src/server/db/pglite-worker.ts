import { workerData } from 'node:worker_threads';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { DRIZZLE_PARSERS, LIBRARY_PARSERS } from './pglite-parsers';
import { answerRequests } from '../threads/thread-calls';
import type { Statement, WorkerRequest, WorkerStart } from './pglite-worker-protocol';

/**
 * The embedded database in a thread of its own (ADR 31): PGlite's JavaScript and WebAssembly run
 * here, so a request that needs no database (a route map, a page) never waits behind one that
 * does. The server's thread sends each query as a message and gets the rows back.
 */
const start = workerData as WorkerStart;

const db = await PGlite.create(start.dataDir ?? undefined, {
  extensions: { pg_trgm, fuzzystrmatch, unaccent },
  parsers: DRIZZLE_PARSERS,
  startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${start.sharedBuffers}`],
  ...(start.loadDataDir ? { loadDataDir: new Blob([start.loadDataDir as Uint8Array<ArrayBuffer>]) } : {}),
});

/** Open transactions by id: PGlite holds its lock until the callback below settles. */
const transactions = new Map<number, { tx: Transaction; end(commit: boolean): void; done: Promise<void> }>();
let nextTransaction = 1;

/** Opens a transaction and runs its opening statements in it; answers its id. */
function begin(opening: Statement[]): Promise<number> {
  return new Promise((resolveId, rejectId) => {
    const id = nextTransaction++;
    const done: Promise<void> = db
      .transaction(async (tx) => {
        for (const statement of opening) await tx.query(statement.text, statement.params);
        await new Promise<void>((resolve, reject) => {
          transactions.set(id, { tx, end: (commit) => (commit ? resolve() : reject(new Rollback())), done });
          resolveId(id);
        });
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      })
      .finally(() => transactions.delete(id));
    done.catch(rejectId);
  });
}

/** Runs the closing statements and commits; when one fails, rolls back and answers its error. */
async function end(tx: number, commit: boolean, closing: Statement[]): Promise<null> {
  const open = transactions.get(tx);
  if (!open) return null;
  try {
    if (commit) for (const statement of closing) await open.tx.query(statement.text, statement.params);
  } catch (error) {
    open.end(false);
    await open.done;
    throw error;
  }
  open.end(commit);
  await open.done;
  return null;
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
      return begin(request.opening ?? []);
    case 'end':
      return end(request.tx, request.commit, request.closing ?? []);
    case 'dump': {
      const dump = await db.dumpDataDir('none');
      return new Uint8Array(await dump.arrayBuffer());
    }
    case 'close':
      await db.close();
      return null;
  }
}

answerRequests(handle);

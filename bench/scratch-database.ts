import { createScratchDatabase } from '../src/server/test-support/scratch-database';

/** A new database on the PostgreSQL server for one bench run, dropped again afterwards. */
export async function withScratchDatabase<T>(serverUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const scratch = await createScratchDatabase(serverUrl, 'bench');
  try {
    return await work(scratch.url);
  } finally {
    await scratch.drop();
  }
}

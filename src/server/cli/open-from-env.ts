import { parseConfig } from '../config';
import { loadContent } from '../content/load-content';
import { syncContent } from '../content/sync-content';
import { openDatabase, type Database } from '../db/client';

/**
 * The CLI uses the same configuration as the server: DATABASE_URL or the embedded DATA_DIR. Like
 * the server it migrates and loads the municipality list, so it also works before the first start.
 */
export async function openDatabaseFromEnv(env: NodeJS.ProcessEnv): Promise<Database> {
  const config = parseConfig(env);
  const { content } = await loadContent(config.contentDir);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await syncContent(database.db, content);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

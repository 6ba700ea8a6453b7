import { runCli } from '../cli/run-cli';
import { openTestDatabase, type TestDatabase } from './test-database';

/**
 * A fresh database that the CLI opens itself, as an operator's command would. PGlite allows one
 * opener at a time, so the test's own handle is closed first (a server database stays open to be
 * dropped at the end). `cli` runs one command and returns its exit code and output, errors marked.
 */
export async function openCliDatabase(): Promise<{ database: TestDatabase; cli: (...argv: string[]) => Promise<{ code: number; output: string }>; close: () => Promise<void> }> {
  const database = await openTestDatabase({ onDisk: true });
  if (database.kind === 'pglite') await database.close();
  return {
    database,
    cli: async (...argv) => {
      const lines: string[] = [];
      const code = await runCli(argv, { ...database.env }, { log: (l) => lines.push(l), error: (l) => lines.push(`FOUT ${l}`) });
      return { code, output: lines.join('\n') };
    },
    close: async () => {
      if (database.kind === 'postgres') await database.close();
    },
  };
}

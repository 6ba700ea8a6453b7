import fs from 'node:fs';
import path from 'node:path';

/**
 * Embedded PGlite must only be opened by one process at a time: two writers would corrupt it.
 * The server holds a pid file in the data folder; the CLI refuses to open the folder while it lives.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'signaalroute.pid');
  const holder = readHolder(file);
  if (holder !== null && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `De ingebouwde database in ${dataDir} is in gebruik door proces ${holder}. Stop Signaalroute eerst, of gebruik een PostgreSQL-server (DATABASE_URL).`,
    );
  }
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, String(process.pid));
  return () => {
    if (readHolder(file) === process.pid) fs.rmSync(file, { force: true });
  };
}

function readHolder(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

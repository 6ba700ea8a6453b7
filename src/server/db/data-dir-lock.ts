import fs from 'node:fs';
import path from 'node:path';

/**
 * Embedded PGlite must only be opened by one process at a time: two writers would corrupt it.
 * The server holds a pid file in the data folder; the CLI refuses to open the folder while it lives.
 * The file names the process by its pid and, on Linux, its start time: after a kill -9 the file
 * stays behind, and its pid may by now belong to another process, which must not lock us out.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'signaalroute.pid');
  const holder = readHolder(file);
  if (holder !== null && holder.pid !== process.pid && isAlive(holder)) {
    throw new Error(
      `De ingebouwde database in ${dataDir} is in gebruik door proces ${holder.pid}. Stop Signaalroute eerst, of gebruik een PostgreSQL-server (DATABASE_URL).`,
    );
  }
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, [process.pid, startTimeOf(process.pid)].filter((part) => part !== null).join(' '));
  const release = () => {
    if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  // A forced exit (src/server/stop-signals.ts) does not close the database; the file goes all the same.
  process.once('exit', release);
  return () => {
    process.off('exit', release);
    release();
  };
}

interface Holder {
  pid: number;
  /** When the process started, in clock ticks since boot (Linux); null where unknown. */
  started: string | null;
}

function readHolder(file: string): Holder | null {
  try {
    const [pidText, started] = fs.readFileSync(file, 'utf8').trim().split(/\s+/);
    const pid = Number(pidText);
    return Number.isInteger(pid) && pid > 0 ? { pid, started: started ?? null } : null;
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat (starttime); null where there is no /proc. */
export function startTimeOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after it start at field 3.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether the holder still runs: its pid lives and, where both are known, started when the file says. */
function isAlive(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = startTimeOf(holder.pid);
  return holder.started === null || started === null || started === holder.started;
}

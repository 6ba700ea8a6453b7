import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import type { ControlLine } from './backup-format';

export type BackupLine = { control: ControlLine } | { row: string };

/** The lines of a backup file, unpacked as they are read. A file that is not a backup fails here, in Dutch. */
export async function* readBackup(file: string): AsyncGenerator<BackupLine> {
  const gunzip = zlib.createGunzip();
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(gunzip), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (line.startsWith('#')) yield { control: JSON.parse(line.slice(1)) as ControlLine };
      else if (line) yield { row: line };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR' || (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR') {
      throw new Error(`${file} is geen (volledige) back-up van Signaalroute: het bestand is beschadigd of afgebroken.`);
    }
    throw error;
  } finally {
    lines.close();
  }
}

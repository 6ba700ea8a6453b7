import fs from 'node:fs';
import type { BackupProgress } from '../backup/backup-format';
import { restoreBackup, type RestoreTarget } from '../backup/restore-backup';
import { writeBackup } from '../backup/write-backup';
import type { Database } from '../db/client';
import type { CliOutput } from './output';

const fmt = (n: number) => n.toLocaleString('nl-NL');

/** One line per table, and every 100,000 rows of a large one with the pace, so a long run is seen to move. */
function progressLines(out: CliOutput): BackupProgress {
  let started = Date.now();
  let shown = 0;
  return ({ table, rows, done }) => {
    if (done) {
      out.log(`  ${table}: ${fmt(rows)} regels`);
      started = Date.now();
      shown = 0;
    } else if (rows - shown >= 100_000) {
      shown = rows;
      const perSecond = Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000));
      out.log(`  ${table}: ${fmt(rows)} regels… (${fmt(perSecond)} per seconde)`);
    }
  };
}

/** `signaalroute backup FILE`: the whole database in one file, without the encryption key. */
export async function backupCommand(database: Database, file: string | undefined, out: CliOutput): Promise<number> {
  if (!file) {
    out.error('Gebruik: signaalroute backup BESTAND (bijvoorbeeld signaalroute-2026-12-06.backup.gz)');
    return 2;
  }
  if (fs.existsSync(file)) {
    out.error(`${file} bestaat al; kies een nieuwe naam, zodat geen eerdere back-up wordt overschreven.`);
    return 1;
  }
  out.log(`Back-up maken van de database (${database.kind === 'postgres' ? 'PostgreSQL-server' : 'ingebouwde database'})…`);
  const summary = await writeBackup(database, file, progressLines(out));
  out.log(`Back-up klaar: ${file} (${fmt(Math.round(summary.bytes / 1024))} kB, schema ${summary.schema}).`);
  out.log('De versleutelingssleutel zit er niet in: bewaar het sleutelbestand apart (zie README, Backup).');
  return 0;
}

/** `signaalroute restore FILE`: into a new, empty database only. */
export async function restoreCommand(target: RestoreTarget, file: string | undefined, out: CliOutput): Promise<number> {
  if (!file || !fs.existsSync(file)) {
    out.error(file ? `${file} bestaat niet.` : 'Gebruik: signaalroute restore BESTAND');
    return 2;
  }
  out.log('Back-up terugzetten in een nieuwe database…');
  try {
    const summary = await restoreBackup(target, file, progressLines(out));
    const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0);
    out.log(`Hersteld: ${fmt(rows)} regels in ${Object.keys(summary.tables).length} tabellen (schema ${summary.schema}), daarna bijgewerkt naar deze versie.`);
    out.log('Zet het sleutelbestand van deze installatie terug (ENCRYPTION_KEY_FILE) voordat u Signaalroute start; gebruikers loggen opnieuw in.');
    return 0;
  } catch (error) {
    out.error(`Niet hersteld: ${(error as Error).message}`);
    return 1;
  }
}

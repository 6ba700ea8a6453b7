import fs from 'node:fs';
import { systemContext } from '../context/context';
import { run } from '../context/run';
import type { Services } from '../context/services';
import { AppError } from '../http/errors';
import { importPersons } from '../registers/import/import-persons';
import type { ImportOutcome } from '../registers/import/run-import';
import type { CliOutput } from './output';

export interface RegisterImportArgs {
  municipality?: string | undefined;
  source?: string | undefined;
  file?: string | undefined;
}

const nl = new Intl.NumberFormat('nl-NL');

/**
 * Progress on the terminal, at most once a second: rows so far, rows per second and, from the
 * position in the file, the time left.
 */
export function progressReporter(out: CliOutput, totalBytes: number, now: () => number = () => performance.now()) {
  const started = now();
  let shown = started;
  return ({ rows, bytes }: { rows: number; bytes: number }) => {
    const at = now();
    if (at - shown < 1000) return;
    shown = at;
    const seconds = (at - started) / 1000;
    const perSecond = rows / seconds;
    const left = bytes > 0 ? (seconds * (totalBytes - bytes)) / bytes : undefined;
    const percent = totalBytes > 0 ? Math.min(100, Math.round((100 * bytes) / totalBytes)) : 0;
    out.log(`${percent}% · ${nl.format(rows)} regels · ${nl.format(Math.round(perSecond))} regels/s${left === undefined ? '' : ` · nog ca. ${Math.ceil(left)} s`}`);
  };
}

/** What the operator reads at the end: the count, or every bad row (up to the listed number). */
export function reportOutcome(outcome: ImportOutcome, what: { one: string; other: string }, out: CliOutput): number {
  if (outcome.status === 'complete') {
    out.log(`Klaar: ${nl.format(outcome.rows)} ${outcome.rows === 1 ? what.one : what.other} geïmporteerd.${outcome.replacedRows ? ` De vorige import (${nl.format(outcome.replacedRows)} regels) is vervangen.` : ''}`);
    return 0;
  }
  if (outcome.fileError) out.error(outcome.fileError);
  for (const bad of outcome.badRows) out.error(`Regel ${bad.line}: ${bad.reason}`);
  if (outcome.badRowCount > outcome.badRows.length) out.error(`… en nog ${nl.format(outcome.badRowCount - outcome.badRows.length)} regels met fouten.`);
  out.error(
    `Niets geïmporteerd${outcome.badRowCount ? `: ${nl.format(outcome.badRowCount)} ${outcome.badRowCount === 1 ? 'regel klopt' : 'regels kloppen'} niet` : ''}. Verbeter het bestand en importeer opnieuw; de vorige import blijft tot dan in gebruik.`,
  );
  return 1;
}

/** `signaalroute registers import persons --municipality GM0546 --source "Handhaving" FILE.csv` */
export async function registerImportPersons(services: Services, args: RegisterImportArgs, out: CliOutput): Promise<number> {
  const missing = (['municipality', 'source', 'file'] as const).filter((k) => !args[k]);
  if (missing.length > 0) {
    out.error(
      `Ontbrekend: ${missing.map((k) => (k === 'file' ? 'het bestand' : `--${k}`)).join(', ')}.\nVoorbeeld: signaalroute registers import persons --municipality GM0546 --source "Handhaving" personen.csv`,
    );
    return 2;
  }
  let size: number;
  try {
    size = fs.statSync(args.file!).size;
  } catch {
    out.error(`Bestand ${args.file} bestaat niet of is niet leesbaar.`);
    return 2;
  }
  try {
    const ctx = systemContext(services, { name: 'cli', municipality: args.municipality! });
    const outcome = await run(ctx, importPersons, { source: args.source!, file: fs.createReadStream(args.file!), onProgress: progressReporter(out, size) });
    return reportOutcome(outcome, { one: 'persoon', other: 'personen' }, out);
  } catch (error) {
    if (error instanceof AppError) {
      out.error(error.message);
      return 1;
    }
    throw error;
  }
}

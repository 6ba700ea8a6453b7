import fs from 'node:fs';
import { systemContext } from '../context/context';
import { run } from '../context/run';
import type { Services } from '../context/services';
import { AppError } from '../http/errors';
import { importAddresses } from '../registers/import/import-addresses';
import { importOrganisations } from '../registers/import/import-organisations';
import { importPersons } from '../registers/import/import-persons';
import type { ImportOutcome, ImportProgress } from '../registers/import/run-import';
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
    out.log(`Klaar: ${nl.format(outcome.rows)} ${outcome.rows === 1 ? what.one : what.other} geïmporteerd.${outcome.replacedRows ? ` De vorige import (${nl.format(outcome.replacedRows)} ${outcome.replacedRows === 1 ? 'regel' : 'regels'}) is vervangen.` : ''}`);
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

type PublicImport = (services: Services, input: { file: fs.ReadStream; onProgress: (p: ImportProgress & { bytes: number }) => void }) => Promise<ImportOutcome>;

/** The instance-wide registers: public data, imported as the installation (no municipality). */
async function registerImportPublic(services: Services, file: string | undefined, out: CliOutput, example: string, what: { one: string; other: string }, importFile: PublicImport): Promise<number> {
  if (!file) {
    out.error(`Ontbrekend: het bestand.\nVoorbeeld: ${example}`);
    return 2;
  }
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    out.error(`Bestand ${file} bestaat niet of is niet leesbaar.`);
    return 2;
  }
  try {
    const outcome = await importFile(services, { file: fs.createReadStream(file), onProgress: progressReporter(out, size) });
    return reportOutcome(outcome, what, out);
  } catch (error) {
    if (error instanceof AppError) {
      out.error(error.message);
      return 1;
    }
    throw error;
  }
}

const asInstallation = (services: Services) => systemContext(services, { name: 'cli' });

/** `signaalroute registers import addresses bagadres.csv` (NLExtract's BAG addresses) */
export function registerImportAddresses(services: Services, file: string | undefined, out: CliOutput): Promise<number> {
  return registerImportPublic(services, file, out, 'signaalroute registers import addresses bagadres-full.csv', { one: 'adres', other: 'adressen' }, (s, input) =>
    run(asInstallation(s), importAddresses, input),
  );
}

/** `signaalroute registers import organisations kvk.csv` */
export function registerImportOrganisations(services: Services, file: string | undefined, out: CliOutput): Promise<number> {
  return registerImportPublic(services, file, out, 'signaalroute registers import organisations kvk.csv', { one: 'organisatie', other: 'organisaties' }, (s, input) =>
    run(asInstallation(s), importOrganisations, input),
  );
}

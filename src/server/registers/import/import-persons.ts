import type { Readable } from 'node:stream';
import { inArray, sql } from 'drizzle-orm';
import { checkPersonHeader, readPersonRow, type RegisterPerson } from '../../../domain/registers/person-row';
import { sourceName } from '../../../domain/registers/register-fields';
import type { Context, TxContext } from '../../context/context';
import { defineProcedure } from '../../context/run';
import { registerPersons, registerPersonsStaging } from '../../db/schema';
import { errors } from '../../http/errors';
import { insertRows } from './insert-rows';
import { rebuildSurnameKeys } from './surname-keys';
import { readCsv } from './read-csv';
import { runImport, type ImportOutcome, type ImportPlan, type ImportProgress } from './run-import';

export interface ImportPersonsInput {
  /** The system the export comes from, as the beheerder names it: 'Handhaving', 'Vergunningen'. */
  source: string;
  file: Readable;
  /** An upload queued from the browser: the import it was queued under. */
  queuedImportId?: string;
  onProgress?: (progress: ImportProgress & { bytes: number }) => void;
}

const COLUMNS = [
  ['municipality', 'text'], ['import_id', 'uuid'], ['source_id', 'text'], ['given_names', 'text'], ['prefix', 'text'], ['surname', 'text'],
  ['birth_year', 'int'], ['birth_month', 'int'], ['birth_day', 'int'], ['street', 'text'], ['house_number', 'int'], ['house_letter', 'text'],
  ['addition', 'text'], ['postcode', 'text'], ['place', 'text'], ['description', 'text'], ['surname_norm', 'text'], ['given_norm', 'text'], ['surname_key', 'text'],
] as const;

const COLUMN_NAMES = sql.raw(COLUMNS.map(([name]) => name).join(', '));

/**
 * The rows go to a staging table in the file's order and, once all are good, to register_persons
 * sorted by surname and year of birth: a search reads one surname's persons from a few pages
 * rather than from one page each (docs/decisions/0033-persons-stored-by-surname.md).
 */
const personsPlan = (ctx: Context, source: string): ImportPlan<RegisterPerson> => ({
  register: 'persons',
  source,
  read: readPersonRow,
  key: (person) => person.sourceId,
  // One INSERT from unnest per batch: larger batches pay.
  batchSize: 5000,
  insert: async (tx, importId, batch) => {
    const rows = batch.map((p) => [ctx.municipality!, importId, p.sourceId, p.givenNames, p.prefix, p.surname, p.birthYear, p.birthMonth, p.birthDay, p.street, p.houseNumber, p.houseLetter, p.addition, p.postcode, p.place, p.description, p.surnameNorm, p.givenNorm, p.surnameKey]);
    await insertRows(tx.tx, 'register_persons_staging', COLUMNS, rows);
  },
  // The database sorts (on disk beyond work_mem), not this process.
  beforeComplete: async (tx, importId) => {
    await tx.tx.execute(sql`with staged as (delete from register_persons_staging where import_id = ${importId} returning *)
      insert into register_persons (${COLUMN_NAMES}) select ${COLUMN_NAMES} from staged order by surname_norm, birth_year`);
  },
  deleteRows: async (tx, importIds) => {
    if (importIds.length) await tx.tx.delete(registerPersonsStaging).where(inArray(registerPersonsStaging.importId, importIds));
    await deletePersonRows(tx, importIds);
  },
  // The search keys of the surnames a search blocks on.
  afterComplete: rebuildSurnameKeys,
});

/** Deletes the persons of these imports: replaced, refused halfway, or past their retention term. */
export async function deletePersonRows(tx: TxContext, importIds: string[]): Promise<void> {
  if (importIds.length) await tx.tx.delete(registerPersons).where(inArray(registerPersons.importId, importIds));
}

/**
 * After an import, as the schema owner (VACUUM runs in no transaction, ANALYZE only for the owner):
 * the staging table's deleted rows are cleared so that its pages are used again (PGlite runs no
 * autovacuum), and the planner learns the new persons now rather than when autovacuum comes by.
 */
async function tidyUpAfterImport(ctx: Context, outcome: ImportOutcome): Promise<void> {
  const { database } = ctx.services;
  await database.raw('vacuum register_persons_staging');
  if (outcome.status === 'complete') await database.raw('analyze register_persons');
}

/**
 * The municipality's own records of persons from one source system, replacing the previous export
 * of that source once the whole file is good (issue 8). Runs in the municipality of the context.
 */
export const importPersons = defineProcedure('register.import', async (ctx, input: ImportPersonsInput): Promise<ImportOutcome> => {
  if (ctx.municipality === null) throw errors.municipalityRequired();
  if (!ctx.services.content.municipality(ctx.municipality)) throw errors.unknownMunicipality(ctx.municipality);
  const source = sourceName(input.source);
  if (source === null) throw errors.registerSourceInvalid();
  let bytes = 0;
  const lines = readCsv(input.file, { delimiter: ',', checkHeader: checkPersonHeader, onBytes: (b) => (bytes = b) });
  const outcome = await runImport(ctx, personsPlan(ctx, source), lines, (progress) => input.onProgress?.({ ...progress, bytes }), input.queuedImportId ? { queuedImportId: input.queuedImportId } : {});
  await tidyUpAfterImport(ctx, outcome);
  return outcome;
});

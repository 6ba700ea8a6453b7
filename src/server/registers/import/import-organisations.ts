import type { Readable } from 'node:stream';
import { inArray } from 'drizzle-orm';
import { checkOrganisationHeader, organisationKey, readOrganisationRow, type RegisterOrganisation } from '../../../domain/registers/organisation-row';
import { defineProcedure } from '../../context/run';
import { registerOrganisations, registerOrganisationWords } from '../../db/schema';
import { errors } from '../../http/errors';
import { insertRows } from './insert-rows';
import { rebuildOrganisationWords } from './organisation-words';
import { readCsv } from './read-csv';
import { runImport, type ImportOutcome, type ImportPlan, type ImportProgress } from './run-import';

export interface ImportOrganisationsInput {
  file: Readable;
  onProgress?: (progress: ImportProgress & { bytes: number }) => void;
}

/** The KVK is one register for the whole installation: one source, replaced by each new import. */
export const KVK_SOURCE = 'KVK';

const COLUMNS = [
  ['import_id', 'uuid'], ['kvk_number', 'text'], ['branch_number', 'text'], ['name', 'text'], ['trade_names', 'text[]'], ['street', 'text'],
  ['house_number', 'int'], ['house_letter', 'text'], ['addition', 'text'], ['postcode', 'text'], ['place', 'text'], ['name_norm', 'text'],
] as const;

const organisationsPlan: ImportPlan<RegisterOrganisation> = {
  register: 'organisations',
  source: KVK_SOURCE,
  read: readOrganisationRow,
  // The table has no key on it (a serial id), so the check is in memory; a few million short keys fit.
  key: organisationKey,
  // One INSERT from unnest per batch: larger batches pay.
  batchSize: 5000,
  insert: async (tx, importId, batch) => {
    const rows = batch.map((o) => [importId, o.kvkNumber, o.branchNumber, o.name, o.tradeNames, o.street, o.houseNumber, o.houseLetter, o.addition, o.postcode, o.place, o.nameNorm]);
    await insertRows(tx.tx, 'register_organisations', COLUMNS, rows);
  },
  deleteRows: async (tx, importIds) => {
    if (importIds.length === 0) return;
    await tx.tx.delete(registerOrganisationWords).where(inArray(registerOrganisationWords.importId, importIds));
    await tx.tx.delete(registerOrganisations).where(inArray(registerOrganisations.importId, importIds));
  },
  // The words of every name and their keys, for the name search (docs/decisions/0016).
  afterComplete: (tx, importId) => rebuildOrganisationWords(tx.tx, importId),
};

/**
 * The KVK's establishments and legal entities, replacing the previous import once the whole file
 * is good (issue 8). Public data, written only by the installation.
 */
export const importOrganisations = defineProcedure('register.import', async (ctx, input: ImportOrganisationsInput): Promise<ImportOutcome> => {
  if (ctx.municipality !== null || ctx.actor.kind !== 'system') throw errors.forbidden();
  let bytes = 0;
  const lines = readCsv(input.file, { delimiter: ',', checkHeader: checkOrganisationHeader, onBytes: (b) => (bytes = b) });
  return runImport(ctx, organisationsPlan, lines, (progress) => input.onProgress?.({ ...progress, bytes }));
});

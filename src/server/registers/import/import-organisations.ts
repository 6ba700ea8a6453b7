import type { Readable } from 'node:stream';
import { inArray, sql } from 'drizzle-orm';
import { checkOrganisationHeader, NAME_NORM_SEPARATOR, organisationKey, readOrganisationRow, type RegisterOrganisation } from '../../../domain/registers/organisation-row';
import { defineProcedure } from '../../context/run';
import { registerOrganisationNames, registerOrganisations } from '../../db/schema';
import { errors } from '../../http/errors';
import { insertRows } from './insert-rows';
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
    await tx.tx.delete(registerOrganisationNames).where(inArray(registerOrganisationNames.importId, importIds));
    await tx.tx.delete(registerOrganisations).where(inArray(registerOrganisations.importId, importIds));
  },
  // Every name on its own row for the name search; the index's pending list is merged now, or the
  // planner would pass the index over until autovacuum does it.
  afterComplete: async (tx, importId) => {
    await tx.tx.execute(sql`
      insert into register_organisation_names (import_id, organisation_id, name_norm)
      select o.import_id, o.id, n from register_organisations o, unnest(string_to_array(o.name_norm, ${NAME_NORM_SEPARATOR})) n
      where o.import_id = ${importId}`);
    await tx.tx.execute(sql`select gin_clean_pending_list('register_organisation_names_trgm_idx'::regclass)`);
  },
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

import type { Readable } from 'node:stream';
import { inArray } from 'drizzle-orm';
import { checkOrganisationHeader, organisationKey, readOrganisationRow, type RegisterOrganisation } from '../../../domain/registers/organisation-row';
import { defineProcedure } from '../../context/run';
import { registerOrganisations } from '../../db/schema';
import { errors } from '../../http/errors';
import { readCsv } from './read-csv';
import { runImport, type ImportOutcome, type ImportPlan, type ImportProgress } from './run-import';

export interface ImportOrganisationsInput {
  file: Readable;
  onProgress?: (progress: ImportProgress & { bytes: number }) => void;
}

/** The KVK is one register for the whole installation: one source, replaced by each new import. */
export const KVK_SOURCE = 'KVK';

const organisationsPlan: ImportPlan<RegisterOrganisation> = {
  register: 'organisations',
  source: KVK_SOURCE,
  read: readOrganisationRow,
  // The table has no key on it (a serial id), so the check is in memory; a few million short keys fit.
  key: organisationKey,
  insert: async (tx, importId, batch) => {
    await tx.tx.insert(registerOrganisations).values(batch.map((organisation) => ({ ...organisation, importId })));
  },
  deleteRows: async (tx, importIds) => {
    if (importIds.length) await tx.tx.delete(registerOrganisations).where(inArray(registerOrganisations.importId, importIds));
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

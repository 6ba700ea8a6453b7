import type { Readable } from 'node:stream';
import { inArray, sql } from 'drizzle-orm';
import { checkAddressHeader, readAddressRow, type RegisterAddress } from '../../../domain/registers/address-row';
import type { Context, TxContext } from '../../context/context';
import { defineProcedure } from '../../context/run';
import { registerAddresses, registerStreets } from '../../db/schema';
import { errors } from '../../http/errors';
import { copyRows } from './copy-rows';
import { readCsv } from './read-csv';
import { runImport, type ImportOutcome, type ImportPlan, type ImportProgress, type RefusedRow } from './run-import';

export interface ImportAddressesInput {
  file: Readable;
  onProgress?: (progress: ImportProgress & { bytes: number }) => void;
}

/** The BAG is one register for the whole installation: one source, replaced by each new import. */
export const BAG_SOURCE = 'BAG';

const COLUMNS = ['import_id', 'nummeraanduiding', 'street', 'house_number', 'house_letter', 'addition', 'postcode', 'place', 'municipality_name', 'street_norm'] as const;

/**
 * Writes a batch and returns the rows whose nummeraanduiding was already written. The primary key
 * (import_id, nummeraanduiding) is the duplicate check: ten million keys in a JS Map would take
 * gigabytes, the index is there anyway. ON CONFLICT DO NOTHING skips a duplicate, also one within
 * the batch; RETURNING says which rows went in, and the first of equal keys counts as written.
 */
async function insertSkippingDuplicates(ctx: TxContext, importId: string, batch: RegisterAddress[]): Promise<RefusedRow[]> {
  const written = await ctx.tx
    .insert(registerAddresses)
    .values(batch.map((address) => ({ ...address, importId })))
    .onConflictDoNothing()
    .returning({ nummeraanduiding: registerAddresses.nummeraanduiding });
  const unclaimed = new Set(written.map((w) => w.nummeraanduiding));
  const refused: RefusedRow[] = [];
  batch.forEach((address, index) => {
    if (unclaimed.delete(address.nummeraanduiding)) return;
    refused.push({ index, reason: `nummeraanduiding ${address.nummeraanduiding} komt al voor op een eerdere regel` });
  });
  return refused;
}

const addressesPlan = (ctx: Context): ImportPlan<RegisterAddress> => {
  const onServer = ctx.services.database.kind === 'postgres';
  return {
    register: 'addresses',
    source: BAG_SOURCE,
    read: readAddressRow,
    // No `key`: the database checks it (above).
    // On the server each batch is one COPY, for which larger batches pay; PGlite writes INSERTs.
    batchSize: onServer ? 10_000 : 1000,
    insert: async (tx, importId, batch) => {
      if (onServer) {
        const rows = batch.map((a) => [importId, a.nummeraanduiding, a.street, a.houseNumber, a.houseLetter, a.addition, a.postcode, a.place, a.municipalityName, a.streetNorm]);
        // A batch with a duplicate is written again with INSERTs, which say which rows are the duplicates.
        if ((await copyRows(tx.tx, 'register_addresses', COLUMNS, rows)) === 'written') return [];
      }
      const refused: RefusedRow[] = [];
      for (let start = 0; start < batch.length; start += 1000) {
        for (const r of await insertSkippingDuplicates(tx, importId, batch.slice(start, start + 1000))) refused.push({ ...r, index: r.index + start });
      }
      return refused;
    },
    deleteRows: async (tx, importIds) => {
      if (importIds.length === 0) return;
      await tx.tx.delete(registerStreets).where(inArray(registerStreets.importId, importIds));
      await tx.tx.delete(registerAddresses).where(inArray(registerAddresses.importId, importIds));
    },
    // The distinct streets a search without postcode looks up; the index's pending list is merged
    // now, or the planner would pass the index over until autovacuum does it.
    afterComplete: async (tx, importId) => {
      await tx.tx.execute(sql`insert into register_streets (import_id, street_norm) select distinct import_id, street_norm from register_addresses where import_id = ${importId}`);
      await tx.tx.execute(sql`select gin_clean_pending_list('register_streets_trgm_idx'::regclass)`);
    },
  };
};

/**
 * The BAG's addresses of the whole country from NLExtract's bagadres CSV, replacing the previous
 * import once the whole file is good (issue 8). Public data, written only by the installation.
 * The file is streamed: about ten million rows, never in memory at once.
 */
export const importAddresses = defineProcedure('register.import', async (ctx, input: ImportAddressesInput): Promise<ImportOutcome> => {
  if (ctx.municipality !== null || ctx.actor.kind !== 'system') throw errors.forbidden();
  let bytes = 0;
  const lines = readCsv(input.file, { delimiter: ';', checkHeader: checkAddressHeader, onBytes: (b) => (bytes = b) });
  return runImport(ctx, addressesPlan(ctx), lines, (progress) => input.onProgress?.({ ...progress, bytes }));
});

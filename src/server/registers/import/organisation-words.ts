import { eq, sql } from 'drizzle-orm';
import { deletionKeys, organisationWords } from '../../../domain/matching';
import { NAME_NORM_SEPARATOR } from '../../../domain/registers/organisation-row';
import { systemContext } from '../../context/context';
import { inTransaction } from '../../context/run';
import type { Services } from '../../context/services';
import { registerOrganisationWordKeys, registerOrganisationWords } from '../../db/schema';
import { queryRows, type Tx } from '../../db/tenant';
import { insertRowsInBatches } from './insert-rows';

/**
 * Writes the words of the names of an import's organisations (register_organisation_words) and
 * rebuilds the keys of the distinct words of all complete imports (register_organisation_word_keys):
 * the words and keys from the domain, so a name searched is read the same way
 * (docs/decisions/0016-organisation-name-keys.md).
 */
export async function rebuildOrganisationWords(tx: Tx, importId: string): Promise<void> {
  await tx.delete(registerOrganisationWords).where(eq(registerOrganisationWords.importId, importId));
  const organisations = await queryRows<{ id: string; name_norm: string }>(tx, sql`select id::text as id, name_norm from register_organisations where import_id = ${importId}`);
  const rows: [string, string, string, string][] = [];
  for (const { id, name_norm } of organisations) {
    for (const name of name_norm.split(NAME_NORM_SEPARATOR)) for (const word of organisationWords(name)) rows.push([importId, word, id, name]);
  }
  // In word order, so the rows of a word sit together on a few pages of the table.
  rows.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  await insertRowsInBatches(tx, 'register_organisation_words', [['import_id', 'uuid'], ['word', 'text'], ['organisation_id', 'bigint'], ['name_norm', 'text']], rows);
  await rebuildWordKeys(tx);
}

/** The keys of every distinct word of the complete imports, with how many organisations have it. */
async function rebuildWordKeys(tx: Tx): Promise<void> {
  await tx.delete(registerOrganisationWordKeys);
  const words = await queryRows<{ word: string; organisations: number }>(
    tx,
    sql`select w.word, count(distinct w.organisation_id)::int as organisations
        from register_organisation_words w join register_imports i on i.id = w.import_id and i.status = 'complete'
        group by w.word`,
  );
  const rows: [string, string, number, number][] = [];
  for (const { word, organisations } of words) for (const { key, edits } of deletionKeys(word)) rows.push([key, word, edits, organisations]);
  // In key order, the primary key's.
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  await insertRowsInBatches(tx, 'register_organisation_word_keys', [['key', 'text'], ['word', 'text'], ['edits', 'int'], ['organisations', 'int']], rows);
}

/**
 * Writes the words of a complete KVK import from before they existed (migration 0019). Run at
 * every start; one look at the imports and one index probe when there is nothing to do.
 */
export async function rebuildMissingOrganisationWords(services: Services): Promise<string | null> {
  // As the installation: the KVK is instance-wide public data, outside any tenant.
  return inTransaction(systemContext(services), async ({ tx }) => {
    const [missing] = await queryRows<{ id: string }>(
      tx,
      sql`select i.id from register_imports i
          where i.register = 'organisations' and i.status = 'complete'
            and not exists (select 1 from register_organisation_words w where w.import_id = i.id)
            and exists (select 1 from register_organisations o where o.import_id = i.id)
          limit 1`,
    );
    if (!missing) return null;
    await rebuildOrganisationWords(tx, missing.id);
    return missing.id;
  });
}

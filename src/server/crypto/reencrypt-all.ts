import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { asSystem, queryRows, type Tx } from '../db/tenant';
import { sealContext } from '../signals/signal-store';
import { keyIdOf, reencryptField } from './field-cipher';
import type { Keyring } from './keyring';

/**
 * Every encrypted column, with the place each value is bound to (see sealContext). A new sealed
 * column must be added here, or key rotation would leave it on a retired key.
 */
const SEALED_COLUMNS: { table: string; column: string; key: string[]; context: (row: Record<string, unknown>) => string }[] = [
  { table: 'signals', column: 'reporter_sealed', key: ['id'], context: (r) => sealContext.reporter(String(r.id)) },
  { table: 'signals', column: 'submission_sealed', key: ['id'], context: (r) => sealContext.submission(String(r.id)) },
  { table: 'signal_events', column: 'text_sealed', key: ['id', 'signal_id'], context: (r) => sealContext.eventText(String(r.signal_id)) },
  { table: 'handovers', column: 'content_sealed', key: ['id'], context: (r) => sealContext.handoverContent(String(r.id)) },
  { table: 'handovers', column: 'feedback_note_sealed', key: ['id'], context: (r) => sealContext.feedbackNote(String(r.id)) },
  { table: 'meldcode_steps', column: 'note_sealed', key: ['signal_id', 'step'], context: (r) => sealContext.meldcodeNote(String(r.signal_id), Number(r.step)) },
  {
    table: 'meeting_signals',
    column: 'decision_sealed',
    key: ['meeting_id', 'signal_id'],
    context: (r) => sealContext.meetingDecision(String(r.meeting_id), String(r.signal_id)),
  },
  { table: 'signal_drafts', column: 'payload_sealed', key: ['user_id'], context: (r) => sealContext.draft(String(r.user_id)) },
];

/**
 * Re-encrypts every value not made with the current key, in one transaction, and returns how many
 * changed and which key ids are still in use (so older keys can be retired).
 */
export async function reencryptAll(db: Db, ring: Keyring): Promise<{ changed: number; keysInUse: Set<string> }> {
  // Installation-wide by design: the operator rotates the keys of all municipalities at once.
  return asSystem(db, async (tx) => {
    await tx.execute(sql`select set_config('signaalroute.key_rotation', 'on', true)`);
    let changed = 0;
    const keysInUse = new Set<string>();
    for (const spec of SEALED_COLUMNS) {
      changed += await reencryptColumn(tx, ring, spec, keysInUse);
    }
    return { changed, keysInUse };
  });
}

async function reencryptColumn(tx: Tx, ring: Keyring, spec: (typeof SEALED_COLUMNS)[number], keysInUse: Set<string>): Promise<number> {
  const columns = [...spec.key, spec.column].map((c) => sql.identifier(c));
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`select ${sql.join(columns, sql`, `)} from ${sql.identifier(spec.table)} where ${sql.identifier(spec.column)} is not null`,
  );
  let changed = 0;
  for (const row of rows) {
    const sealed = String(row[spec.column]);
    const replacement = reencryptField(ring, spec.context(row), sealed);
    keysInUse.add(keyIdOf(replacement ?? sealed) ?? '');
    if (replacement === null) continue;
    const where = sql.join(
      spec.key.map((k) => sql`${sql.identifier(k)} = ${row[k]}`),
      sql` and `,
    );
    await tx.execute(sql`update ${sql.identifier(spec.table)} set ${sql.identifier(spec.column)} = ${replacement} where ${where}`);
    changed++;
  }
  return changed;
}

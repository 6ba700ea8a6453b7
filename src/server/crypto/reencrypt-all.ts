import { sql } from 'drizzle-orm';
import { writeAudit } from '../audit/write-audit';
import { totpSealContext } from '../auth/totp-secret';
import type { Db } from '../db/client';
import { asSystem, queryRows, type Tx } from '../db/tenant';
import { seal, sealContext } from './sealed-fields';
import { encryptField, isSealed, keyIdOf, reencryptField, SEALED_PATTERN } from './field-cipher';
import type { Keyring } from './keyring';

interface SealedColumn {
  table: string;
  column: string;
  key: string[];
  context: (row: Record<string, unknown>) => string;
  /**
   * For a column that held plain text before it was encrypted: how such a value is sealed, exactly
   * as the application seals a new one. Done at every start (sealPlaintextColumns) and by key
   * rotation, so databases from before keep working.
   */
  fromPlaintext?: (ring: Keyring, context: string, plaintext: string) => string;
}

/**
 * Every encrypted column, with the place each value is bound to (see sealContext). A new sealed
 * column must be added here, or key rotation would leave it on a retired key.
 */
const SEALED_COLUMNS: SealedColumn[] = [
  { table: 'signals', column: 'reporter_sealed', key: ['id'], context: (r) => sealContext.reporter(String(r.id)) },
  { table: 'signals', column: 'submission_sealed', key: ['id'], context: (r) => sealContext.submission(String(r.id)) },
  { table: 'signal_events', column: 'text_sealed', key: ['id', 'signal_id'], context: (r) => sealContext.eventText(String(r.signal_id)) },
  { table: 'handovers', column: 'content_sealed', key: ['id'], context: (r) => sealContext.handoverContent(String(r.id)) },
  { table: 'handovers', column: 'feedback_note_sealed', key: ['id'], context: (r) => sealContext.feedbackNote(String(r.id)) },
  {
    table: 'handovers',
    column: 'feedback_forwarded_to',
    key: ['id'],
    context: (r) => sealContext.feedbackForwardedTo(String(r.id)),
    fromPlaintext: (ring, context, plaintext) => seal(ring, context, plaintext),
  },
  { table: 'register_imports', column: 'problems_sealed', key: ['id'], context: (r) => sealContext.importProblems(String(r.id)) },
  { table: 'signal_links', column: 'detail_sealed', key: ['id'], context: (r) => sealContext.signalLink(String(r.id)) },
  { table: 'meldcode_steps', column: 'note_sealed', key: ['signal_id', 'step'], context: (r) => sealContext.meldcodeNote(String(r.signal_id), Number(r.step)) },
  {
    table: 'meeting_signals',
    column: 'decision_sealed',
    key: ['meeting_id', 'signal_id'],
    context: (r) => sealContext.meetingDecision(String(r.meeting_id), String(r.signal_id)),
  },
  { table: 'signal_drafts', column: 'payload_sealed', key: ['user_id'], context: (r) => sealContext.draft(String(r.user_id)) },
  { table: 'users', column: 'totp_secret', key: ['id'], context: (r) => totpSealContext.secret(String(r.id)), fromPlaintext: encryptField },
  { table: 'users', column: 'totp_pending_secret', key: ['id'], context: (r) => totpSealContext.pending(String(r.id)), fromPlaintext: encryptField },
];

const columnName = (spec: SealedColumn) => `${spec.table}.${spec.column}`;

/**
 * Re-encrypts every value not made with the current key (and seals any plain text left in a
 * column that used to hold it), in one transaction, and returns how many changed and which key
 * ids are still in use (so older keys can be retired). Leaves one audit record with the counts.
 */
export async function reencryptAll(db: Db, ring: Keyring): Promise<{ changed: number; keysInUse: Set<string> }> {
  // Installation-wide by design: the operator rotates the keys of all municipalities at once.
  return asSystem(db, async (tx) => {
    await tx.execute(sql`select set_config('signaalroute.key_rotation', 'on', true)`);
    let changed = 0;
    const keysInUse = new Set<string>();
    const columns: Record<string, number> = {};
    for (const spec of SEALED_COLUMNS) {
      const n = await reencryptColumn(tx, ring, spec, keysInUse);
      if (n > 0) columns[columnName(spec)] = n;
      changed += n;
    }
    // Shielded audit records keep the key they were sealed with: the trail is append-only and
    // each record's hash covers its ciphertext (docs/decisions/0011). Those keys stay in the file.
    const auditKeys = await queryRows<{ key: string }>(tx, sql`select distinct split_part(sealed, '.', 2) as key from audit_events where sealed is not null`);
    for (const { key } of auditKeys) keysInUse.add(key);
    // So do the keys that signed the audit trail's retention checkpoints (docs/decisions/0019).
    const checkpointKeys = await queryRows<{ key: string }>(tx, sql`select distinct split_part(signature, '.', 2) as key from audit_checkpoints`);
    for (const { key } of checkpointKeys) keysInUse.add(key);
    await writeAudit(
      tx,
      ring,
      { municipality: null, actorUserId: null, actor: 'cli', action: 'encryption.reencrypt', result: 'success', origin: null, details: { key: ring.current, changed, columns } },
      new Date(),
    );
    return { changed, keysInUse };
  });
}

async function reencryptColumn(tx: Tx, ring: Keyring, spec: SealedColumn, keysInUse: Set<string>): Promise<number> {
  const columns = [...spec.key, spec.column].map((c) => sql.identifier(c));
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`select ${sql.join(columns, sql`, `)} from ${sql.identifier(spec.table)} where ${sql.identifier(spec.column)} is not null`,
  );
  let changed = 0;
  for (const row of rows) {
    const value = String(row[spec.column]);
    const context = spec.context(row);
    const replacement = spec.fromPlaintext && !isSealed(value) ? spec.fromPlaintext(ring, context, value) : reencryptField(ring, context, value);
    keysInUse.add(keyIdOf(replacement ?? value) ?? '');
    if (replacement === null) continue;
    await tx.execute(sql`update ${sql.identifier(spec.table)} set ${sql.identifier(spec.column)} = ${replacement} where ${whereKey(spec, row)}`);
    changed++;
  }
  return changed;
}

function whereKey(spec: SealedColumn, row: Record<string, unknown>) {
  return sql.join(
    spec.key.map((k) => sql`${sql.identifier(k)} = ${row[k]}`),
    sql` and `,
  );
}

/**
 * Seals the plain text still left in columns that were encrypted later (TOTP secrets, "forwarded
 * to"), with the current key; run at every start, before the server takes requests (the
 * application reads these columns as encrypted only). Returns how many values it sealed, and
 * leaves an audit record when there were any. Several instances starting at once are safe: a value
 * is only replaced while it is still the plain text that was read.
 */
export async function sealPlaintextColumns(db: Db, ring: Keyring): Promise<number> {
  // Installation-wide, as the schema owner: values of every municipality written before these
  // columns were encrypted; the server does this once per start, before any user's request.
  return asSystem(db, async (tx) => {
    let sealed = 0;
    const columns: Record<string, number> = {};
    for (const spec of SEALED_COLUMNS) {
      if (!spec.fromPlaintext) continue;
      const column = sql.identifier(spec.column);
      const rows = await queryRows<Record<string, unknown>>(
        tx,
        sql`select ${sql.join([...spec.key, spec.column].map((c) => sql.identifier(c)), sql`, `)} from ${sql.identifier(spec.table)} where ${column} is not null and ${column} !~ ${SEALED_PATTERN}`,
      );
      let n = 0;
      for (const row of rows) {
        const value = String(row[spec.column]);
        if (isSealed(value)) continue;
        const replaced = await queryRows(
          tx,
          sql`update ${sql.identifier(spec.table)} set ${column} = ${spec.fromPlaintext(ring, spec.context(row), value)} where ${whereKey(spec, row)} and ${column} = ${value} returning 1`,
        );
        n += replaced.length;
      }
      if (n > 0) columns[columnName(spec)] = n;
      sealed += n;
    }
    if (sealed > 0) {
      await writeAudit(
        tx,
        ring,
        { municipality: null, actorUserId: null, actor: 'systeem', action: 'encryption.seal-plaintext', result: 'success', origin: null, details: { key: ring.current, sealed, columns } },
        new Date(),
      );
    }
    return sealed;
  });
}

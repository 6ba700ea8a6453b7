import { sql } from 'drizzle-orm';
import type { Keyring } from '../crypto/keyring';
import type { Db } from '../db/client';
import { auditCheckpoints } from '../db/schema';
import { asSystem, queryRows } from '../db/tenant';
import { checkCheckpoint, type Checkpoint } from './checkpoint';

export interface BrokenLink {
  id: number;
  municipality: string | null;
  seq: number;
  /** `checkpoint`: the signature of a retention cut does not hold (or its key is gone). */
  reason: 'changed' | 'missing-or-reordered' | 'checkpoint';
}

export type ChainReport =
  | { ok: true; records: number; chains: number; checkpoints: number; signaturesChecked: boolean }
  | { ok: false; records: number; broken: BrokenLink };

/**
 * Recomputes every hash of the audit trail, chain by chain in order, and reports the first link
 * that does not hold: a record whose content no longer matches its hash (changed), or whose
 * predecessor is not the record before it (a record removed, inserted or reordered). Where
 * retention removed the oldest records of a chain, its first remaining record must link to the
 * latest checkpoint of that chain, and every checkpoint's signature must hold when the key file is
 * given (docs/decisions/0019-audit-trail-retention.md).
 */
export async function verifyAuditChain(db: Db, keyring?: Keyring): Promise<ChainReport> {
  // Across all tenants by design: the auditor of the installation checks every chain.
  const { rows, checkpoints } = await asSystem(db, async (tx) => ({
    rows: await queryRows<{ id: string; municipality: string | null; seq: number; prev_hash: string; hash: string; expected: string }>(
      tx,
      sql`select id, municipality, seq, prev_hash, hash, audit_event_digest(a) as expected
          from audit_events a order by coalesce(municipality, ''), seq`,
    ),
    checkpoints: await tx.select().from(auditCheckpoints).orderBy(auditCheckpoints.seq),
  }));
  const latest = new Map<string, Checkpoint>();
  for (const { id, signature, ...checkpoint } of checkpoints) {
    if (keyring && checkCheckpoint(keyring, checkpoint, signature) !== 'valid') {
      return { ok: false, records: rows.length, broken: { id, municipality: checkpoint.municipality, seq: checkpoint.seq, reason: 'checkpoint' } };
    }
    latest.set(checkpoint.municipality ?? '', checkpoint);
  }
  let previous: { municipality: string | null; hash: string; seq: number } | null = null;
  let chains = 0;
  for (const row of rows) {
    const link = { id: Number(row.id), municipality: row.municipality, seq: row.seq };
    const startsChain: boolean = previous === null || previous.municipality !== row.municipality;
    if (startsChain) chains++;
    const cut = startsChain ? latest.get(row.municipality ?? '') : undefined;
    const expectedPrev = startsChain ? (cut?.hash ?? '') : previous!.hash;
    const expectedSeq: number = startsChain ? (cut?.seq ?? 0) + 1 : previous!.seq + 1;
    if (row.prev_hash !== expectedPrev || row.seq !== expectedSeq) {
      return { ok: false, records: rows.length, broken: { ...link, reason: 'missing-or-reordered' } };
    }
    if (row.hash !== row.expected) return { ok: false, records: rows.length, broken: { ...link, reason: 'changed' } };
    previous = { municipality: row.municipality, hash: row.hash, seq: row.seq };
  }
  return { ok: true, records: rows.length, chains, checkpoints: checkpoints.length, signaturesChecked: Boolean(keyring) };
}

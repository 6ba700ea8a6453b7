import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { asSystem, queryRows } from '../db/tenant';

export interface BrokenLink {
  id: number;
  municipality: string | null;
  seq: number;
  reason: 'changed' | 'missing-or-reordered';
}

export type ChainReport = { ok: true; records: number; chains: number } | { ok: false; records: number; broken: BrokenLink };

/**
 * Recomputes every hash of the audit trail, chain by chain in order, and reports the first link
 * that does not hold: a record whose content no longer matches its hash (changed), or whose
 * predecessor is not the record before it (a record removed, inserted or reordered).
 */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  // Across all tenants by design: the auditor of the installation checks every chain.
  const rows = await asSystem(db, (tx) =>
    queryRows<{ id: string; municipality: string | null; seq: number; prev_hash: string; hash: string; expected: string }>(
      tx,
      sql`select id, municipality, seq, prev_hash, hash, audit_event_digest(a) as expected
          from audit_events a order by coalesce(municipality, ''), seq`,
    ),
  );
  let previous: { municipality: string | null; hash: string; seq: number } | null = null;
  let chains = 0;
  for (const row of rows) {
    const link = { id: Number(row.id), municipality: row.municipality, seq: row.seq };
    const startsChain: boolean = previous === null || previous.municipality !== row.municipality;
    if (startsChain) chains++;
    const expectedPrev = startsChain ? '' : previous!.hash;
    const expectedSeq: number = startsChain ? 1 : previous!.seq + 1;
    if (row.prev_hash !== expectedPrev || row.seq !== expectedSeq) {
      return { ok: false, records: rows.length, broken: { ...link, reason: 'missing-or-reordered' } };
    }
    if (row.hash !== row.expected) return { ok: false, records: rows.length, broken: { ...link, reason: 'changed' } };
    previous = { municipality: row.municipality, hash: row.hash, seq: row.seq };
  }
  return { ok: true, records: rows.length, chains };
}

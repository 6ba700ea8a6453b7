import { ne } from 'drizzle-orm';
import { candidate, type Candidate, type NormalisedQuery, scoreQuery, signalSubjects } from '../../domain/matching';
import type { TxContext } from '../context/context';
import { sealContext, unseal } from '../crypto/sealed-fields';
import { signals } from '../db/schema';
import type { StoredSubmission } from '../signals/signal-repository';

/**
 * The municipality's earlier signals that mention the same person, organisation or address.
 * Their contents are sealed per row, so they are decrypted here, in memory, for this search only
 * (docs/decisions/0012-matching-earlier-signals.md); row-level security keeps it to the own
 * municipality. One candidate per signal: its best subject.
 */
export async function findInSignals(ctx: TxContext, query: NormalisedQuery, options: { except?: string } = {}): Promise<Candidate[]> {
  const rows = await ctx.tx
    .select({ id: signals.id, reference: signals.reference, submissionSealed: signals.submissionSealed })
    .from(signals)
    .where(options.except ? ne(signals.id, options.except) : undefined);
  const found: Candidate[] = [];
  for (const row of rows) {
    const submission = unseal<StoredSubmission>(ctx.services.keyring, sealContext.submission(row.id), row.submissionSealed);
    for (const subject of signalSubjects(submission)) {
      const match = scoreQuery(query, subject);
      if (match) found.push(candidate('signal', row.reference, `${row.reference} · ${subject.label}`, match));
    }
  }
  return found;
}

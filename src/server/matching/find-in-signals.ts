import { ne } from 'drizzle-orm';
import { candidate, type Candidate, type NormalisedQuery, scoreQuery, type SignalSubject, signalSubjects } from '../../domain/matching';
import type { TxContext } from '../context/context';
import { sealContext, unseal } from '../crypto/sealed-fields';
import { signals } from '../db/schema';
import type { StoredSubmission } from '../signals/signal-repository';

/** An earlier signal of the municipality, with what in it can be matched. */
export interface EarlierSignal {
  reference: string;
  subjects: SignalSubject[];
}

/**
 * The municipality's earlier signals, decrypted in memory for this request only
 * (docs/decisions/0012-matching-earlier-signals.md); row-level security keeps them to the own
 * municipality. Read once per request, however many subjects are matched against them.
 */
export async function loadEarlierSignals(ctx: TxContext, options: { except?: string } = {}): Promise<EarlierSignal[]> {
  const rows = await ctx.tx
    .select({ id: signals.id, reference: signals.reference, submissionSealed: signals.submissionSealed })
    .from(signals)
    .where(options.except ? ne(signals.id, options.except) : undefined);
  return rows.map((row) => ({
    reference: row.reference,
    subjects: signalSubjects(unseal<StoredSubmission>(ctx.services.keyring, sealContext.submission(row.id), row.submissionSealed)),
  }));
}

/** The earlier signals that mention the same person, organisation or address as the query. */
export function findInSignals(earlier: readonly EarlierSignal[], query: NormalisedQuery): Candidate[] {
  return earlier.flatMap(({ reference, subjects }) =>
    subjects.flatMap((subject) => {
      const match = scoreQuery(query, subject);
      return match ? [candidate('signal', reference, `${reference} · ${subject.label}`, match)] : [];
    }),
  );
}

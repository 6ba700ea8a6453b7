import { inArray, ne } from 'drizzle-orm';
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
 * The municipality's earlier signals with what in them can be matched; row-level security keeps
 * them to the own municipality. Their subjects are decrypted once per process and kept
 * (docs/decisions/0034-earlier-signal-subjects-in-memory.md); which signals exist is read from the
 * database every time. Read once per request, however many subjects are matched against them.
 */
export async function loadEarlierSignals(ctx: TxContext, options: { except?: string } = {}): Promise<EarlierSignal[]> {
  const municipality = ctx.municipality;
  if (!municipality) throw new Error('earlier signals belong to a municipality');
  const rows = await ctx.tx
    .select({ id: signals.id, reference: signals.reference })
    .from(signals)
    .where(options.except ? ne(signals.id, options.except) : undefined);
  const decrypt = async (missing: string[]) => {
    const sealed = await ctx.tx.select({ id: signals.id, submissionSealed: signals.submissionSealed }).from(signals).where(inArray(signals.id, missing));
    return new Map(sealed.map((row) => [row.id, signalSubjects(unseal<StoredSubmission>(ctx.services.keyring, sealContext.submission(row.id), row.submissionSealed))]));
  };
  const subjects = await ctx.services.signalSubjects.subjectsOf(municipality, rows.map((row) => row.id), decrypt, ctx.now.getTime(), options.except);
  return rows.map((row, i) => ({ reference: row.reference, subjects: subjects[i]! }));
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

import { type Candidate, MATCH_LIMIT, type MatchQuery, type NormalisedQuery, normaliseQuery, rankCandidates, type RegisterLookup } from '../../../domain/matching';
import type { TxContext } from '../../context/context';
import { defineProcedure, inTransaction } from '../../context/run';
import { errors } from '../../http/errors';
import { findAtAddress, findOrganisationsInKvk, findPersonsInRegister } from '../find-in-registers';
import { findInLiveRegisters } from '../find-in-live-registers';
import { type EarlierSignal, findInSignals, loadEarlierSignals } from '../find-in-signals';

/** Every source that can know this kind of subject, each scored by the same domain rules. */
export async function candidatesFor(ctx: TxContext, query: NormalisedQuery, earlier: readonly EarlierSignal[]): Promise<Candidate[]> {
  const inSignals = findInSignals(earlier, query);
  switch (query.kind) {
    case 'person':
      return [...inSignals, ...(await findPersonsInRegister(ctx, query.record))];
    case 'address':
      return [...inSignals, ...(await findAtAddress(ctx, query.record))];
    case 'organisation':
      return [...inSignals, ...(await findOrganisationsInKvk(ctx, query.record))];
  }
}

/**
 * The AF's search by hand (issue 8, seed 004 step 3): candidates from earlier signals, the
 * municipality's own records, the BAG and the KVK (imported, and live where linked), best first,
 * with reasons. The live registers are asked first, outside the transaction. The audit record says
 * that a search was done and how many candidates it gave; what was searched for, and what was
 * found, is sealed in it (the AF of the municipality can open it with a reason).
 */
export const searchMatches = defineProcedure('matching.search', async (ctx, input: MatchQuery): Promise<{ candidates: Candidate[]; lookups: RegisterLookup[] }> => {
  const query = normaliseQuery(input);
  if (!query.ok) throw errors.matchQueryInvalid(query.error);
  const live = await findInLiveRegisters(ctx.services, query.value);
  return inTransaction(ctx, async (tx) => {
    const candidates = rankCandidates([...(await candidatesFor(tx, query.value, await loadEarlierSignals(tx))), ...live.candidates], input.limit ?? MATCH_LIMIT.default);
    await tx.audit({
      action: 'matching.search',
      objectType: 'match-query',
      details: { kind: input.kind, candidates: candidates.length, lookups: live.lookups.map((l) => `${l.register}:${l.status}`) },
      sealedDetails: { query: input, candidates: candidates.map((c) => `${c.source}:${c.id}`) },
    });
    return { candidates, lookups: live.lookups };
  }, { readOnly: true });
});

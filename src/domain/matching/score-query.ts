import type { MatchScore } from './match-score';
import type { NormalisedQuery } from './query';
import { scoreAddress } from './score-address';
import { scoreOrganisation } from './score-organisation';
import { scorePerson } from './score-person';

/** How alike a query and a record of the same kind are; records of another kind are not compared. */
export function scoreQuery(query: NormalisedQuery, record: NormalisedQuery): MatchScore | undefined {
  if (query.kind === 'person' && record.kind === 'person') return scorePerson(query.record, record.record);
  if (query.kind === 'address' && record.kind === 'address') return scoreAddress(query.record, record.record);
  if (query.kind === 'organisation' && record.kind === 'organisation') return scoreOrganisation(query.record, record.record);
  return undefined;
}

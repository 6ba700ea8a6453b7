// The public API of matching ("is this person, organisation or address already known?").
export { fold, comparable, lettersOnly } from './fold';
export { dutchPhoneticKey } from './dutch-phonetic-key';
export { levenshtein, damerauLevenshtein, trigrams, trigramSimilarity } from './string-similarity';
export type { Parsed } from './parsed';
export { normaliseName, fullNameText, type NormalisedName, type SurnamePart } from './normalise-name';
export { tussenvoegselsCompatible } from './tussenvoegsel';
export { deletionKeys, type SearchKey } from './deletion-keys';
export { surnameForms, surnameSearchKeys } from './surname-keys';
export { organisationWords } from './organisation-words';
export { parseDate, compareDates, formatPartialDate, type PartialDate, type DateComparison } from './normalise-date';
export {
  parseAddress,
  parsePostcode,
  parseHouseNumber,
  normaliseStreet,
  normalisePlace,
  formatHouseNumberParts,
  type NormalisedAddress,
  type HouseNumber,
} from './normalise-address';
export { normaliseOrganisation, parseKvkNumber, parseVestigingsnummer, type NormalisedOrganisation } from './normalise-organisation';
export { type MatchScore, CANDIDATE_THRESHOLD, LIKELY_THRESHOLD } from './match-score';
export { scorePerson, PERSON_WEIGHTS, type PersonRecord } from './score-person';
export { scoreAddress } from './score-address';
export { scoreOrganisation, ORGANISATION_WEIGHTS, type OrganisationRecord } from './score-organisation';
export { matchQuerySchema, normaliseQuery, MATCH_LIMIT, type MatchQuery, type NormalisedQuery } from './query';
export { candidate, candidateBody, candidatesBody, rankCandidates, CANDIDATE_SOURCES, type Candidate, type CandidateSource, type RegisterLookup } from './candidates';
export { signalSubjects, signalAddress, type SignalSubject } from './signal-subjects';
export { scoreQuery } from './score-query';
export { linkRequestSchema, signalMatchesBody, LINK_DECISIONS, type LinkDecision, type LinkRequest, type SignalMatches } from './links';
export { formatAddressParts, type AddressParts } from './format-address';

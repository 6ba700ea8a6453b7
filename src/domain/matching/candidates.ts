import { z } from 'zod';
import { CANDIDATE_THRESHOLD, type MatchScore } from './match-score';

/** Where a candidate was found: an earlier signal, the municipality's own records, the BAG, the KVK. */
export const CANDIDATE_SOURCES = ['signal', 'persons', 'addresses', 'organisations'] as const;
export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];

/** A record that may be the same as what was searched for; the AF decides. */
export const candidateBody = z
  .object({
    source: z.enum(CANDIDATE_SOURCES),
    id: z.string().describe("Het kenmerk in de bron: het kenmerk van het signaal, het bronId, de nummeraanduiding of het vestigingsnummer (anders het KVK-nummer)"),
    label: z.string().describe('Wat de aandachtsfunctionaris herkent: naam, adres of organisatie, met de bron'),
    score: z.number().min(0).max(1),
    reasons: z.array(z.string()).describe('Waarom dit een kandidaat is, in het Nederlands'),
  })
  .meta({ id: 'MatchCandidate' });
export type Candidate = z.infer<typeof candidateBody>;

/** How a live register answered a search: `ok`, or why it could not help, in Dutch for the AF. */
export const registerLookupBody = z
  .object({
    register: z.enum(['bag', 'kvk']),
    status: z.enum(['ok', 'not-configured', 'unreachable', 'refused']),
    message: z.string().nullable(),
  })
  .meta({ id: 'RegisterLookup' });
export type RegisterLookup = z.infer<typeof registerLookupBody>;

export const candidatesBody = z
  .object({
    candidates: z.array(candidateBody),
    lookups: z.array(registerLookupBody).describe('De live registers (BAG, KVK) die bij deze zoekvraag horen, en hoe zij antwoordden'),
  })
  .meta({ id: 'MatchCandidates' });

export const candidate = (source: CandidateSource, id: string, label: string, match: MatchScore): Candidate => ({ source, id, label, ...match });

/**
 * The candidates worth the AF's time, best first: from the candidate threshold on, each record once
 * (its best score), equal scores in a stable order, at most `limit`.
 */
export function rankCandidates(candidates: readonly Candidate[], limit: number): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    if (c.score < CANDIDATE_THRESHOLD) continue;
    const key = `${c.source}:${c.id}`;
    const known = best.get(key);
    if (!known || c.score > known.score) best.set(key, c);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.source.localeCompare(b.source) || a.id.localeCompare(b.id)).slice(0, limit);
}

/** A score from 0 (nothing in common) to 1 (the same), with the reasons an AF can check. */
export type MatchScore = { score: number; reasons: string[] };

/**
 * From this score a record is shown as a possible match ("mogelijk bekend"). Above 0.6 so that a
 * common surname alone, with a different initial, is not offered.
 */
export const CANDIDATE_THRESHOLD = 0.65;
/** From this score a record is shown as probably the same ("waarschijnlijk bekend"). */
export const LIKELY_THRESHOLD = 0.85;

/** One part of a comparison: its weight, its similarity 0..1, and what it found. */
export type Component = { weight: number; similarity: number; reasons: string[] };

/**
 * The weighted mean over the parts both records have, so a query without a date of birth is not
 * punished for what the AF does not know. Rounded to three decimals to keep scores readable.
 */
export function combine(components: readonly Component[]): MatchScore {
  const total = components.reduce((sum, c) => sum + c.weight, 0);
  const score = total === 0 ? 0 : components.reduce((sum, c) => sum + c.weight * c.similarity, 0) / total;
  return { score: round(score), reasons: components.flatMap((c) => c.reasons) };
}

export const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;

/**
 * Edit distances and trigram similarity, computed in memory. The database may pre-select
 * candidates with pg_trgm; these functions give the same numbers here so a score can be explained.
 */

/** Levenshtein distance: insertions, deletions and substitutions, each costing 1. */
export function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** Code points of a string, so that a letter outside the BMP counts as one. */
const codePoints = (text: string): number[] => Array.from(text, (c) => c.codePointAt(0)!);

/**
 * Damerau-Levenshtein distance (optimal string alignment): as Levenshtein, but swapping two
 * neighbouring letters costs 1, the commonest typing error ("Jnasen" for "Jansen"). Three rows of
 * the table are kept, not all of it: a search scores hundreds of names, each against several.
 */
export function damerauLevenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const x = codePoints(a);
  const y = codePoints(b);
  if (x.length === 0 || y.length === 0) return x.length + y.length;
  let beforePrevious = new Array<number>(y.length + 1).fill(0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  let current = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, beforePrevious[j - 2]! + 1);
      current[j] = best;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[y.length]!;
}

/**
 * The trigrams of a text as pg_trgm makes them: lower case, words are runs of letters and digits,
 * each padded with two spaces in front and one behind.
 */
export function trigrams(text: string): Set<string> {
  const result = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = [...`  ${word} `];
    for (let i = 0; i + 3 <= padded.length; i++) result.add(padded.slice(i, i + 3).join(''));
  }
  return result;
}

/** pg_trgm's similarity(): shared trigrams divided by all distinct trigrams of both, 0..1. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  if (ta.size === 0 && tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

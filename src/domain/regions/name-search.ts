/**
 * Name matching for the municipality search, shared by the picker (in the browser) and the API's
 * `q` filter, so both find the same municipalities. Users type "Den Haag", "s gravenhage",
 * "Sudwest Fryslan" or "Hengelo (O)": case, diacritics, apostrophes and punctuation must not matter.
 */

/**
 * Lower case, without diacritics and apostrophes; every other run of non-letters and non-digits
 * becomes one space ("'s-Gravenhage" → "s gravenhage", "Hengelo (O.)" → "hengelo o").
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether one name matches the query: every query word starts a word of the name, or the query
 * without spaces starts the name without spaces ("sgravenhage", "denhaag"). Not anywhere inside a
 * word: "den" should not bring up Leiden.
 */
function nameMatches(name: string, queryWords: string[], compactQuery: string): boolean {
  const normalized = normalizeName(name);
  const words = normalized.split(' ');
  if (queryWords.every((q) => words.some((w) => w.startsWith(q)))) return true;
  return normalized.replaceAll(' ', '').startsWith(compactQuery);
}

export interface NamedEntry {
  name: string;
  /** Other names people use for it (e.g. "Den Haag" for 's-Gravenhage). */
  aliases: readonly string[];
}

export interface NameMatch<T> {
  entry: T;
  /** The alias that matched when the official name did not: shown beside the name so the user sees why. */
  alias: string | null;
}

/**
 * The entries whose name or an alias matches the query, in the given order. An empty query
 * matches everything.
 */
export function searchByName<T extends NamedEntry>(entries: readonly T[], query: string): NameMatch<T>[] {
  const normalized = normalizeName(query);
  if (normalized === '') return entries.map((entry) => ({ entry, alias: null }));
  const words = normalized.split(' ');
  const compact = normalized.replaceAll(' ', '');
  const out: NameMatch<T>[] = [];
  for (const entry of entries) {
    if (nameMatches(entry.name, words, compact)) out.push({ entry, alias: null });
    else {
      const alias = entry.aliases.find((a) => nameMatches(a, words, compact));
      if (alias !== undefined) out.push({ entry, alias });
    }
  }
  return out;
}

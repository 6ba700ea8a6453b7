/**
 * Tussenvoegsels ("van", "van der", "in 't", "d'") as written in Dutch names and in the foreign
 * names the BRP holds. They are split from the surname because registers sort and search on the
 * surname alone, and because a typed name often loses or changes them.
 */

// Each spelling (in words, lower case) with its canonical form. "v.d." stays its own form: it may
// stand for van de, van der or van den.
const SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['van der', 'van der'],
  ['van den', 'van den'],
  ['van de', 'van de'],
  ['van het', "van 't"],
  ["van 't", "van 't"],
  ['van', 'van'],
  ['von der', 'von der'],
  ['von dem', 'von dem'],
  ['von', 'von'],
  ['v.d.', 'v.d.'],
  ['v.d', 'v.d.'],
  ['v/d', 'v.d.'],
  ['vd', 'v.d.'],
  ['v. d.', 'v.d.'],
  ['in het', "in 't"],
  ["in 't", "in 't"],
  ['in de', 'in de'],
  ['in der', 'in der'],
  ['op de', 'op de'],
  ['op den', 'op den'],
  ["op 't", "op 't"],
  ['op het', "op 't"],
  ['op ten', 'op ten'],
  ['uit de', 'uit de'],
  ['uit den', 'uit den'],
  ["uit 't", "uit 't"],
  ['uit het', "uit 't"],
  ['aan de', 'aan de'],
  ['aan den', 'aan den'],
  ['bij de', 'bij de'],
  ['onder de', 'onder de'],
  ['over de', 'over de'],
  ['voor de', 'voor de'],
  ['voor den', 'voor den'],
  ['de la', 'de la'],
  ['de', 'de'],
  ['der', 'der'],
  ['den', 'den'],
  ['het', "'t"],
  ["'t", "'t"],
  ['ter', 'ter'],
  ['ten', 'ten'],
  ['te', 'te'],
  ["d'", "d'"],
  ["l'", "l'"],
  ['la', 'la'],
  ['le', 'le'],
  ['du', 'du'],
  ['dos', 'dos'],
  ['das', 'das'],
  ['da', 'da'],
  ['di', 'di'],
  ['del', 'del'],
  ['el', 'el'],
  ['al', 'al'],
];

// Longest first is the order of SPELLINGS already; the word count is worked out once.
const BY_LENGTH = SPELLINGS.map(([spelling, canonical]) => ({ spelling, canonical, length: spelling.split(' ').length }));

// Abbreviations that, in capitals, are more likely initials ("V.D. Berg" is rare; "V. Berg" is Vera).
const LOWER_CASE_ONLY = new Set(['vd', 'v.d', 'v.d.', 'v. d.']);

/**
 * The longest tussenvoegsel at the start of `words` (as written), with how many words it takes.
 * `undefined` when the words do not start with one.
 */
export function matchTussenvoegsel(words: readonly string[]): { prefix: string; length: number } | undefined {
  // Called for every row of an import of millions: the words are lowered once, not per spelling.
  const one = words[0]?.toLowerCase();
  if (one === undefined) return undefined;
  const two = words.length > 1 ? `${one} ${words[1]!.toLowerCase()}` : undefined;
  for (const { spelling, canonical, length } of BY_LENGTH) {
    if ((length === 2 ? two : one) !== spelling) continue;
    const written = words.slice(0, length).join(' ');
    if (LOWER_CASE_ONLY.has(spelling) && written === written.toUpperCase()) continue;
    return { prefix: canonical, length };
  }
  return undefined;
}

/** Every way a canonical tussenvoegsel is written: "van 't" is also "van het". */
export function spellingsOf(canonical: string): string[] {
  const spellings = SPELLINGS.filter(([, c]) => c === canonical).map(([spelling]) => spelling);
  return spellings.length ? spellings : [canonical];
}

/** Whether two canonical tussenvoegsels may be the same: "v.d." fits van de, van der and van den. */
export function tussenvoegselsCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const vd = new Set(['van de', 'van der', 'van den']);
  return (a === 'v.d.' && vd.has(b)) || (b === 'v.d.' && vd.has(a));
}

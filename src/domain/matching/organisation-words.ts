/** Shorter words ("de", "en", "ab") are in too many names to find one by. */
const SHORTEST_WORD = 3;
/** Words of three letters or more that are in many names and tell none apart. */
const COMMON_WORDS = new Set(['het', 'van', 'der', 'den', 'ter', 'ten', 'een', 'voor', 'aan', 'bij', 'met', 'uit', 'the', 'and']);

/**
 * The words an organisation is found by, of a name as normaliseOrganisation reads it (legal forms
 * already left out): letters and digits only, three letters or more, not an article or preposition.
 * "ij" stays as written: a typing error in or next to it ("Bakkerji") is then one letter away. A name
 * that has no such word ("A & B") is found by all its letters together ("ab"). Each word is found
 * by its deletionKeys, so a word typed with one error shares a key with the word registered.
 */
export function organisationWords(name: string): string[] {
  const tokens = name
    .split(' ')
    .map((token) => token.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  const words = new Set(tokens.filter((word) => word.length >= SHORTEST_WORD && !COMMON_WORDS.has(word)));
  if (words.size === 0 && tokens.length > 0) words.add(tokens.join(''));
  return [...words];
}

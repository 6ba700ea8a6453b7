import { zxcvbn, zxcvbnOptions, type MatchExtended } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as english } from '@zxcvbn-ts/language-en';
import { dictionary as dutch } from '@zxcvbn-ts/language-nl-be';
import { plain } from './password-owner';
import { EXAMPLE_PASSPHRASE, type Weakness } from './password-rules';

/** zxcvbn's score (0–4) a password must reach: at least 10^8 guesses. */
export const MIN_SCORE = 3;

/**
 * zxcvbn's running time grows steeply with length and with l33t characters (`!`, `1`, `|`, `$`…):
 * at 128 such characters one check blocks the server for seconds (zxcvbn-ts issues 164 and 228).
 * So only the first 48 characters are judged (what follows cannot make them weaker), and the l33t
 * variants tried per password are capped; neither changes the verdict on ordinary passwords.
 */
const ANALYSED_LENGTH = 48;
const L33T_MAX_SUBSTITUTIONS = 4;

// zxcvbn keeps its options in one module-wide object: set once, at the first check (building the
// ranked dictionaries takes a few hundred milliseconds; the server does it in the password thread,
// password-thread.ts). Both language packages name their lists alike, so the Dutch ones get names of their own.
let configured = false;
const configure = () => {
  if (configured) return;
  configured = true;
  zxcvbnOptions.setOptions({
    graphs: adjacencyGraphs,
    dictionary: {
      ...commonDictionary,
      ...english,
      commonWordsNl: dutch.commonWords,
      wikipediaNl: dutch.wikipedia,
      lastnamesNl: dutch.lastnames,
      firstnamesNl: [...dutch.boysFirstnames, ...dutch.girlsFirstnames],
    },
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
  });
};

const isWord = (match: MatchExtended) => match.pattern === 'dictionary' || match.pattern === 'separator';
const dictionaryNames = (sequence: readonly MatchExtended[]) =>
  new Set(sequence.filter((m) => m.pattern === 'dictionary').map((m) => String(m.dictionaryName)));
const PATTERNS = new Set(['repeat', 'sequence', 'spatial']);

/**
 * zxcvbn's verdict on one text, with the weakness read from the matches it found, most telling
 * first. Besides zxcvbn's score, a word (or a few) with only digits or symbols before or after it
 * is judged without them: "Voorjaar!2026" scores 3, but cracking tools try exactly such endings
 * first.
 */
function weakness(text: string, personal: string[]): Weakness | null {
  configure();
  const whole = zxcvbn(text, personal);
  const core = text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const bare = core && core !== text ? zxcvbn(core, personal) : null;
  const wordWithAffixes = bare !== null && bare.score < MIN_SCORE && bare.sequence.every(isWord);
  if (whole.score >= MIN_SCORE && !wordWithAffixes) return null;

  const found = new Set([...dictionaryNames(whole.sequence), ...(bare ? dictionaryNames(bare.sequence) : [])]);
  if (found.has('userInputs')) return 'personal';
  if (wordWithAffixes) return [...dictionaryNames(bare.sequence)].every((name) => name === 'passwords') ? 'common' : 'word-with-affixes';
  const inPatterns = whole.sequence.filter((m) => PATTERNS.has(m.pattern)).reduce((sum, m) => sum + m.token.length, 0);
  if (inPatterns * 2 >= text.length) return 'pattern';
  if (found.has('passwords')) return 'common';
  if (whole.sequence.every(isWord)) return 'words';
  return 'guessable';
}

/** The text in plain lower case without the given words, longest first. */
function without(text: string, words: readonly string[]): string {
  let rest = plain(text);
  for (const word of [...words].sort((x, y) => y.length - x.length)) rest = rest.split(word).join('');
  return rest.replace(/\s+/g, ' ').trim();
}

const lettersOf = (text: string) => plain(text).replace(/[^\p{L}]+/gu, '');
const EXAMPLE_LETTERS = lettersOf(EXAMPLE_PASSPHRASE);

/**
 * Judges a password with zxcvbn against leaked passwords, Dutch and English words and names,
 * patterns and the owner's own words (`personal`: name, e-mail address, municipality); null when
 * it is strong enough. zxcvbn counts a personal word as one guess among a few, which still lets
 * "welkom J.DeVries 2026" pass: so the personal words count for nothing, and the rest of the
 * password must be strong by itself. The example of the advice is refused in any spelling.
 */
export function passwordWeakness(password: string, personal: readonly string[]): Weakness | null {
  const analysed = [...password].slice(0, ANALYSED_LENGTH).join('');
  if (lettersOf(analysed).includes(EXAMPLE_LETTERS)) return 'example';
  const found = weakness(analysed, [...personal]);
  if (found) return found;
  const rest = without(analysed, personal);
  return rest !== without(analysed, []) && weakness(rest, []) !== null ? 'personal' : null;
}

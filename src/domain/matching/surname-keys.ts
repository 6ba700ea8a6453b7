import { deletionKeys, type SearchKey } from './deletion-keys';
import { dutchPhoneticKey } from './dutch-phonetic-key';
import { fold, lettersOnly } from './fold';
import type { SurnamePart } from './normalise-name';

/** Words shorter than this are not a form of their own ("de", "al", "el" in a surname of several words). */
const SHORTEST_WORD = 3;

/**
 * The letters-only forms a surname is known by: each part's surname ("vries"; "dijk" both as "dyk"
 * and as written), with its tussenvoegsel joined to it ("devries", as typed in one word), and each
 * word of three letters or more of a surname of several words ("pastor vega": "pastor", "vega"; a
 * typed "Maria Pastor Vega" may be read with "pastor" as a given name).
 */
export function surnameForms(parts: readonly SurnamePart[]): string[] {
  const forms = new Set<string>();
  for (const { prefix, surname } of parts) {
    const letters = lettersOnly(surname);
    if (letters) forms.add(letters);
    // As written, with "ij" (lettersOnly reads it as "y"): a typing error in or next to the "ij"
    // ("Sjibrandij", "Bilj") is one letter from this form and two from the other.
    const written = fold(surname).replace(/[^a-z]/g, '');
    if (written) forms.add(written);
    if (prefix && letters) forms.add(lettersOnly(`${prefix}${surname}`));
    const words = surname.split(/[\s'-]+/).map(lettersOnly);
    if (words.length > 1) for (const word of words) if (word.length >= SHORTEST_WORD) forms.add(word);
  }
  return [...forms];
}

/**
 * The keys a surname is found by on a plain index, the same for a register's surname when it is
 * imported and for the name searched, so that one shared key is enough to look a surname up:
 * - each form, and each form with one letter left out (deletionKeys): two forms one typing error
 *   apart always share one of these;
 * - the sound of each part, marked with '#' (dutchPhoneticKey: "meijer" and "meyer", "smit" and
 *   "smid"), for spellings more than one letter apart that sound the same.
 */
export function surnameSearchKeys(parts: readonly SurnamePart[]): SearchKey[] {
  const keys = new Map<string, 0 | 1>();
  const add = (key: string, edits: 0 | 1) => keys.set(key, Math.min(edits, keys.get(key) ?? 1) as 0 | 1);
  for (const form of surnameForms(parts)) for (const { key, edits } of deletionKeys(form)) add(key, edits);
  for (const { surname } of parts) {
    const sound = dutchPhoneticKey(surname);
    if (sound) add(`#${sound}`, 1);
  }
  return [...keys].map(([key, edits]) => ({ key, edits }));
}

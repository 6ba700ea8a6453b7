import { fold } from './fold';

/**
 * A hand-written phonetic key for names as Dutch officials hear and write them. Two spellings get
 * the same key when a Dutch speaker would say them alike, so a name taken down over the phone or
 * copied from a foreign document still finds its record. The rules, in order:
 *
 * 1. Fold (no accents, lower case) and keep letters only: "De Vries" and "Devries" meet.
 * 2. Consonant spellings that sound alike become one: ph→f, th→t, ck→k, c→s before e/i/y and k
 *    elsewhere, qu→kw, x→ks, z→s (Janszen), v→f (Vries/Fries), ch/gh→g, dt→t, a final d→t (Smid,
 *    Smit). A y at the start before a vowel is the consonant j (Yilmaz).
 * 3. The first vowel sound is kept, by class, since it tells names apart (Berg/Burg): ij/ei/ey/y
 *    are one (Meijer/Meyer/Meier/Mijer), au/ou (Schouten), ui/uy (Kuipers/Cuypers), eu, ie/i,
 *    aa/a, ee/e, and o/oo/oe/u/uu are one because transliterated names swap them freely
 *    (Mohammed/Muhammad, Yusuf/Joesoef).
 * 4. Later vowels are all the unstressed "e": Hendriks/Hendrix, Mohamed/Muhammad.
 * 5. A final unstressed "-en" loses its n, as Dutch speakers drop it (Schouten/Schoute).
 * 6. Doubled consonants count once (Janssen/Jansen, Bakker/Backer).
 *
 * Vowel classes are written in upper case in the key, consonants in lower case.
 */
export function dutchPhoneticKey(name: string): string {
  let s = fold(name).replace(/[^a-z]/g, '');
  if (s === '') return '';
  s = s
    .replace(/^y(?=[aeiou])/, 'j')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/[cg]h/g, 'g')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/qu?/g, 'kw')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/v/g, 'f')
    .replace(/dt/g, 't')
    .replace(/d$/, 't');

  const units: string[] = [];
  let seenVowel = false;
  let i = 0;
  while (i < s.length) {
    const vowel = VOWEL_UNITS.find(([spelling]) => s.startsWith(spelling, i));
    if (vowel) {
      units.push(seenVowel ? 'e' : vowel[1]);
      seenVowel = true;
      i += vowel[0].length;
    } else {
      const consonant = s.charAt(i);
      if (units[units.length - 1] !== consonant) units.push(consonant);
      i += 1;
    }
  }
  // "-en" at the end, after the stressed syllable, is spoken as "-e".
  if (units.length > 2 && units[units.length - 1] === 'n' && units[units.length - 2] === 'e') units.pop();
  return units.join('');
}

// Longest spellings first, so "eij" is read before "ei" and "ij" before "i".
const VOWEL_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['eij', 'Y'],
  ['uij', 'UI'],
  ['auw', 'AU'],
  ['ouw', 'AU'],
  ['ij', 'Y'],
  ['ei', 'Y'],
  ['ey', 'Y'],
  ['au', 'AU'],
  ['ou', 'AU'],
  ['ui', 'UI'],
  ['uy', 'UI'],
  ['eu', 'EU'],
  ['oe', 'O'],
  ['ie', 'I'],
  ['aa', 'A'],
  ['ee', 'E'],
  ['oo', 'O'],
  ['uu', 'O'],
  ['a', 'A'],
  ['e', 'E'],
  ['i', 'I'],
  ['o', 'O'],
  ['u', 'O'],
  ['y', 'Y'],
];

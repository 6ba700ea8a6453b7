import { dutchPhoneticKey } from './dutch-phonetic-key';
import { comparable, fold } from './fold';
import { matchTussenvoegsel } from './tussenvoegsel';

/** One surname of a possibly double surname: "Jansen-de Vries" has "jansen" and "de vries". */
export type SurnamePart = { prefix: string; surname: string };

/**
 * A person's name taken apart as the BRP keeps it, so a typed "J. van den Berg", a register's
 * "Berg, Jan van den" and a note's "Jan vd Berg" can be compared part by part.
 */
export type NormalisedName = {
  /** As typed, for showing in a reason. */
  original: string;
  /** Written-out given names, folded ("jan-willem", "johannes", "petrus"). */
  givenNames: string[];
  /** One letter per given name, from written initials or from the given names ("j", "p"). */
  initials: string[];
  /** The tussenvoegsel of the (first) surname in canonical form: "van den", "'t", "" if none. */
  prefix: string;
  /** Folded surname without its tussenvoegsel; a double surname keeps its parts: "jansen-de vries". */
  surname: string;
  surnameParts: SurnamePart[];
  /** Phonetic key of the first surname without tussenvoegsel, for blocking and indexing. */
  surnameKey: string;
  /** Phonetic keys of every surname part, so "Jansen-de Vries" is also found under Vries. */
  surnameKeys: string[];
};

/**
 * Takes a full name apart. Understands "Jan van den Berg", "J.P. van den Berg", "JP Berg",
 * "Berg, Jan van den", "Berg van den, J.", "Van den Berg", "Jansen-de Vries", "Smit - van Dijk",
 * "d'Ancona", "El Amrani", "al-Sayed", "in 't Veld".
 */
export function normaliseName(fullName: string): NormalisedName {
  const text = fullName
    .replace(/[’‘`´]/g, "'")
    .replace(/\s*[-‐‑–—]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  const comma = text.indexOf(',');
  const allCaps = text === text.toUpperCase();
  const { given, surnameWords } =
    comma >= 0 ? splitRegisterForm(text.slice(0, comma), text.slice(comma + 1)) : (capitalSurnameFirst(words(text), allCaps) ?? splitWrittenForm(words(text)));
  const { givenNames, initials } = readGiven(given, allCaps);
  const surnameParts = readSurname(surnameWords);
  const first = surnameParts[0] ?? { prefix: '', surname: '' };
  const surnameKeys = surnameParts.map((p) => dutchPhoneticKey(p.surname));
  return {
    original: fullName.trim(),
    givenNames,
    initials,
    prefix: first.prefix,
    surname: surnameParts.map((p, i) => (i === 0 ? p.surname : [p.prefix, p.surname].filter(Boolean).join(' '))).join('-'),
    surnameParts,
    surnameKey: surnameKeys[0] ?? '',
    surnameKeys,
  };
}

/** The given names and surname as one folded text ("jan van den berg"), for display and trigrams. */
export function fullNameText(name: NormalisedName): string {
  const surname = name.surnameParts.map((p) => [p.prefix, p.surname].filter(Boolean).join(' ')).join('-');
  const given = name.givenNames.length > 0 ? name.givenNames.join(' ') : name.initials.map((i) => `${i}.`).join('');
  return [given, surname].filter(Boolean).join(' ');
}

// Words, with glued particles split off: "d'Ancona" → "d'", "Ancona"; "al-Sayed" → "al", "Sayed".
function words(text: string): string[] {
  return text
    .split(' ')
    .filter(Boolean)
    .flatMap((w) => {
      const apostrophe = /^([dl]')(\p{L}.*)$/iu.exec(w);
      if (apostrophe?.[1] && apostrophe[2]) return [apostrophe[1], apostrophe[2]];
      const article = /^(al|el)-(\p{L}.*)$/iu.exec(w);
      if (article?.[1] && article[2]) return [article[1], article[2]];
      return [w];
    });
}

// "Jan van den Berg": the surname starts at the first tussenvoegsel that has a word after it, or
// at a word that ends in one after a hyphen ("Jansen-de Vries"); otherwise it is the last word.
function splitWrittenForm(ws: string[]): { given: string[]; surnameWords: string[] } {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? '';
    const tail = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : '';
    if (tail && i + 1 < ws.length && matchTussenvoegsel([tail, ...ws.slice(i + 1)])) {
      return { given: ws.slice(0, i), surnameWords: ws.slice(i) };
    }
    const match = matchTussenvoegsel(ws.slice(i));
    if (match && i + match.length < ws.length) return { given: ws.slice(0, i), surnameWords: ws.slice(i) };
  }
  return { given: ws.slice(0, -1), surnameWords: ws.slice(-1) };
}

// "JANSEN Piet", "VAN DEN BERG Jan", "EL AMRANI Mohamed": as passports and many forms write it, the
// surname in capitals comes first. Only when the rest is not in capitals, and the capital run ends
// in a word of four letters or more, or of three with a vowel between consonants ("VOS Noor",
// "KOK Nova"), so initials ("JP Jansen", "AB de Vries", "AMJ Smit") stay initials.
function capitalSurnameFirst(ws: string[], allCaps: boolean): { given: string[]; surnameWords: string[] } | undefined {
  if (allCaps) return undefined;
  const isCapital = (w: string) => /\p{Lu}/u.test(w) && w === w.toUpperCase();
  let run = 0;
  while (run < ws.length && isCapital(ws[run]!)) run += 1;
  const written = ws[run - 1] ?? '';
  const last = fold(written).replace(/[^a-z]/g, '');
  // "J.E.R." is initials, however its letters sound.
  const surnameLike = !written.includes('.') && (last.length >= 4 || /^[^aeiouy][aeiouy][^aeiouy]$/.test(last));
  if (run === 0 || run === ws.length || !surnameLike) return undefined;
  return { given: ws.slice(run), surnameWords: ws.slice(0, run) };
}

// "Berg, Jan van den" and "Berg van den, J.": the tussenvoegsel may trail either side.
function splitRegisterForm(left: string, right: string): { given: string[]; surnameWords: string[] } {
  const surname = words(left.trim());
  const rest = words(right.trim());
  for (let start = 0; start < rest.length; start++) {
    const match = matchTussenvoegsel(rest.slice(start));
    if (match && start + match.length === rest.length) {
      return { given: rest.slice(0, start), surnameWords: [...rest.slice(start), ...surname] };
    }
  }
  for (let start = 1; start < surname.length; start++) {
    const match = matchTussenvoegsel(surname.slice(start));
    if (match && start + match.length === surname.length) {
      return { given: rest, surnameWords: [...surname.slice(start), ...surname.slice(0, start)] };
    }
  }
  return { given: rest, surnameWords: surname };
}

// Initials are letters with dots ("J.P.", "Th."), single letters, or short capitals without a
// vowel in a name not typed in capitals ("JP").
function readGiven(given: string[], allCaps: boolean): { givenNames: string[]; initials: string[] } {
  const givenNames: string[] = [];
  const initials: string[] = [];
  for (const word of given) {
    const letters = word.replace(/[^\p{L}.-]/gu, '');
    if (letters === '') continue;
    if (letters.includes('.')) {
      for (const piece of letters.split('.')) if (piece) initials.push(...initialsOf(piece));
    } else if (letters.length === 1 || (/^\p{Lu}{2,3}$/u.test(letters) && (!allCaps || !/[AEIOUY]/.test(letters)))) {
      initials.push(...[...fold(letters)]);
    } else {
      const folded = fold(letters);
      givenNames.push(folded);
      initials.push(...initialsOf(folded));
    }
  }
  return { givenNames, initials };
}

// "Th" is one initial (Theodorus), "jan-willem" two (J.W.).
function initialsOf(word: string): string[] {
  return word
    .split('-')
    .filter(Boolean)
    .map((w) => fold(w).charAt(0))
    .filter(Boolean);
}

function readSurname(surnameWords: string[]): SurnamePart[] {
  return surnameWords
    .join(' ')
    .split('-')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const ws = part.split(' ');
      const match = matchTussenvoegsel(ws);
      const rest = match && match.length < ws.length ? ws.slice(match.length) : ws;
      return { prefix: match && match.length < ws.length ? match.prefix : '', surname: fold(rest.join(' ')) };
    });
}

/** Whether two folded name words are the same to a Dutch reader (Dijk/Dyk). */
export function sameWord(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

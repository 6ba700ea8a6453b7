import { dutchPhoneticKey } from './dutch-phonetic-key';
import { comparable, fold, lettersOnly } from './fold';
import { type MatchScore, type Component, combine, round } from './match-score';
import type { NormalisedAddress } from './normalise-address';
import { type PartialDate, compareDates, formatPartialDate } from './normalise-date';
import type { NormalisedName } from './normalise-name';
import { reason } from './reasons';
import { scoreAddress } from './score-address';
import { damerauLevenshtein, trigramSimilarity } from './string-similarity';
import { spellingsOf, tussenvoegselsCompatible } from './tussenvoegsel';

/** What is known of a person: at least a name; date of birth and address when known. */
export type PersonRecord = { name: NormalisedName; birthDate?: PartialDate; address?: NormalisedAddress };

/**
 * The weights, as in Primero's matching: the date of birth is the strongest single key, then the
 * surname, the given name and the address (people move; their name and birthday stay).
 */
export const PERSON_WEIGHTS = { surname: 0.3, givenName: 0.2, birthDate: 0.35, address: 0.15 } as const;

// A different date of birth is strong evidence of a different person, however alike the names.
const CONFLICTING_BIRTH_DATE_FACTOR = 0.4;

/** How alike two people are, with the reasons in Dutch. Only what both records know counts. */
export function scorePerson(query: PersonRecord, candidate: PersonRecord): MatchScore {
  const components: Component[] = [];
  const swapped = namesSwapped(query.name, candidate.name);
  if (swapped) {
    components.push({ weight: PERSON_WEIGHTS.surname, similarity: 0.85, reasons: [reason.namesSwapped] });
    components.push({ weight: PERSON_WEIGHTS.givenName, similarity: 0.85, reasons: [] });
  } else {
    components.push({ weight: PERSON_WEIGHTS.surname, ...compareSurnames(query.name, candidate.name) });
    const given = compareGivenNames(query.name, candidate.name);
    if (given) components.push({ weight: PERSON_WEIGHTS.givenName, ...given });
  }
  let conflict = false;
  if (query.birthDate && candidate.birthDate) {
    const birth = compareBirthDates(query.birthDate, candidate.birthDate);
    conflict = birth.similarity === 0;
    components.push({ weight: PERSON_WEIGHTS.birthDate, ...birth });
  }
  if (query.address && candidate.address) {
    const address = scoreAddress(query.address, candidate.address);
    components.push({ weight: PERSON_WEIGHTS.address, similarity: address.score, reasons: address.reasons });
  }
  const result = combine(components);
  return conflict ? { ...result, score: round(result.score * CONFLICTING_BIRTH_DATE_FACTOR) } : result;
}

type Similarity = { similarity: number; reasons: string[] };

/** "van den Berg", "Jansen-de Vries": a surname as shown in a reason. */
function showSurname(name: NormalisedName): string {
  return name.surnameParts
    .map((p) => [p.prefix, p.surname.replace(/(^|\s)(\p{L})/gu, (_, s: string, l: string) => s + l.toUpperCase())].filter(Boolean).join(' '))
    .join('-');
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function compareSurnames(q: NormalisedName, c: NormalisedName): Similarity {
  const qs = comparable(q.surname);
  const cs = comparable(c.surname);
  const shown = [showSurname(q), showSurname(c)] as const;
  if (qs === '' || cs === '') return { similarity: 0, reasons: [] };

  // "Devries" typed for "De Vries", "Vanhetveld" for "van 't Veld": the same letters, the
  // tussenvoegsel written against the name; or one typing error away ("Delong").
  if (qs !== cs) {
    const joined = (n: NormalisedName) => spellingsOf(n.prefix).map((p) => lettersOnly(`${p}${n.surname}`));
    const pairs = joined(q).flatMap((a) => joined(c).map((b) => [a, b] as const));
    if (pairs.some(([a, b]) => a === b)) return { similarity: 0.95, reasons: [reason.prefixJoined(...shown)] };
    const oneSideJoined = (q.prefix === '') !== (c.prefix === '');
    if (oneSideJoined && pairs.some(([a, b]) => a.length >= 6 && damerauLevenshtein(a, b) === 1)) return { similarity: 0.85, reasons: [reason.prefixJoined(...shown)] };
  }

  let similarity: number;
  const reasons: string[] = [];
  if (qs === cs) {
    similarity = 1;
    reasons.push(reason.surnameEqual);
  } else {
    const sharedPart = q.surnameParts.find((p) => c.surnameParts.some((o) => comparable(o.surname) === comparable(p.surname)));
    if (sharedPart && (q.surnameParts.length > 1 || c.surnameParts.length > 1)) {
      return { similarity: 0.85, reasons: [reason.doubleSurnamePart([sharedPart.prefix, capital(sharedPart.surname)].filter(Boolean).join(' '))] };
    }
    // "Dejk" for "Dijk": one letter off as typed, two once ij is read as y.
    const distance = Math.min(damerauLevenshtein(qs, cs), damerauLevenshtein(fold(q.surname), fold(c.surname)));
    // A letter dropped or added in a short name ("Blk" for "Blok") is a typo; a letter changed in
    // one ("Bos", "Bus") is another name.
    const shortest = Math.min(qs.length, cs.length);
    const typo = distance === 1 ? shortest >= 4 || (shortest >= 3 && qs.length !== cs.length) : distance === 2 && shortest >= 8;
    const sounds = q.surnameKey !== '' && q.surnameKey === c.surnameKey;
    if (typo || sounds) {
      similarity = typo && sounds ? 0.9 : typo ? 0.88 : 0.82;
      if (typo) reasons.push(reason.surnameLike(...shown));
      if (sounds) reasons.push(reason.surnameSoundsSame);
    } else {
      const trigram = trigramSimilarity(qs, cs);
      if (trigram < 0.3) return { similarity: 0, reasons: [reason.surnameDiffers(...shown)] };
      similarity = 0.7 * trigram;
      reasons.push(reason.surnameLike(...shown));
    }
  }

  // The tussenvoegsel is often dropped or misheard; it lowers the score but does not exclude.
  if (q.prefix !== c.prefix) {
    if (tussenvoegselsCompatible(q.prefix, c.prefix)) {
      similarity *= 0.95;
      reasons.push(reason.prefixAbbreviated(q.prefix, c.prefix));
    } else if (q.prefix === '' || c.prefix === '') {
      similarity *= 0.8;
      reasons.push(reason.prefixMissing);
    } else {
      similarity *= 0.75;
      reasons.push(reason.prefixDiffers(q.prefix, c.prefix));
    }
  }
  return { similarity, reasons };
}

const showInitials = (initials: readonly string[]) => initials.map((i) => `${i.toUpperCase()}.`).join('');

/** Given names, or initials against given names; undefined when either side knows neither. */
export function compareGivenNames(q: NormalisedName, c: NormalisedName): Similarity | undefined {
  const [qFirst] = q.givenNames;
  const [cFirst] = c.givenNames;
  if (qFirst && cFirst) {
    if (comparable(qFirst) === comparable(cFirst)) return { similarity: 1, reasons: [reason.givenNameEqual] };
    const shared = q.givenNames.find((g) => c.givenNames.some((o) => comparable(o) === comparable(g)));
    if (shared) return { similarity: 0.8, reasons: [reason.otherGivenNameEqual(capital(shared))] };
    if (damerauLevenshtein(comparable(qFirst), comparable(cFirst)) === 1 && Math.min(qFirst.length, cFirst.length) >= 4) {
      return { similarity: 0.8, reasons: [reason.givenNameLike(capital(qFirst), capital(cFirst))] };
    }
    if (dutchPhoneticKey(qFirst) === dutchPhoneticKey(cFirst)) {
      return { similarity: 0.8, reasons: [reason.givenNameSoundsSame(capital(qFirst), capital(cFirst))] };
    }
    // Same initial, other name: perhaps a call name against the official one (Hans, Johannes).
    const similarity = qFirst.charAt(0) === cFirst.charAt(0) ? 0.3 : 0;
    return { similarity, reasons: [reason.givenNameDiffers(capital(qFirst), capital(cFirst))] };
  }
  if (q.initials.length === 0 || c.initials.length === 0) return undefined;
  const showSide = (n: NormalisedName) => (n.givenNames.length > 0 ? n.givenNames.map(capital).join(' ') : showInitials(n.initials));
  if (q.initials[0] !== c.initials[0]) return { similarity: 0, reasons: [reason.initialDiffers(showSide(q), showSide(c))] };
  const shorter = Math.min(q.initials.length, c.initials.length);
  const agree = q.initials.slice(0, shorter).every((letter, i) => letter === c.initials[i]);
  if (!agree) return { similarity: 0.6, reasons: [reason.initialDiffers(showSide(q), showSide(c))] };
  if (q.givenNames.length === 0 && c.givenNames.length === 0) {
    return { similarity: q.initials.length === c.initials.length ? 0.9 : 0.85, reasons: [reason.initialsEqual(showInitials(q.initials))] };
  }
  // Two or more initials that fit two or more given names are more evidence than one: "M.N. Roelofs"
  // is Maxim Novan Roelofs before Mas Roelofs.
  const similarity = shorter >= 2 ? 0.9 : 0.85;
  return { similarity, reasons: [reason.initialFitsGivenName(showSide(q.givenNames.length === 0 ? q : c), showSide(q.givenNames.length === 0 ? c : q))] };
}

function namesSwapped(q: NormalisedName, c: NormalisedName): boolean {
  const [qFirst] = q.givenNames;
  const [cFirst] = c.givenNames;
  if (!qFirst || !cFirst || comparable(q.surname) === comparable(c.surname)) return false;
  return comparable(qFirst) === comparable(c.surname) && comparable(q.surname) === comparable(cFirst);
}

export function compareBirthDates(a: PartialDate, b: PartialDate): Similarity {
  const shown = [formatPartialDate(a), formatPartialDate(b)] as const;
  switch (compareDates(a, b)) {
    case 'equal':
      return { similarity: 1, reasons: [reason.birthDateEqual] };
    case 'compatible': {
      const lessPrecise = a.month === undefined || b.month === undefined;
      return { similarity: 0.85, reasons: [lessPrecise ? reason.birthYearEqualMonthUnknown : reason.birthMonthEqualDayUnknown] };
    }
    case 'swapped':
      return { similarity: 0.7, reasons: [reason.birthDaySwapped] };
    case 'one-digit':
      return { similarity: 0.6, reasons: [reason.birthDateOneDigit(...shown)] };
    case 'conflicting':
      return { similarity: 0, reasons: [reason.birthDateDiffers(...shown)] };
  }
}

import { fold } from './fold';
import { type Parsed, parsed, refused } from './parsed';

/**
 * An organisation's name reduced to what identifies it. "Bakkerij Jansen B.V.", "bakkerij jansen
 * bv" and "Bakkerij Jansen & Zn." are one business to an AF; the legal form changes with a
 * conversion, the trade name does not.
 */
export type NormalisedOrganisation = {
  original: string;
  /** Folded name with punctuation and legal forms removed: "bakkerij jansen". */
  name: string;
  /** The legal forms that were removed, canonical: ["bv"], ["stichting"]. */
  legalForms: string[];
  /** The name without spaces and leading article, to catch "De Gouden Draak" / "Goudendraak". */
  key: string;
};

// Single-word legal forms after dots are removed ("B.V." → "bv").
const LEGAL_FORMS: Readonly<Record<string, string>> = {
  bv: 'bv',
  nv: 'nv',
  vof: 'vof',
  cv: 'cv',
  holding: 'holding',
  stichting: 'stichting',
  vereniging: 'vereniging',
  eenmanszaak: 'eenmanszaak',
  cooperatie: 'cooperatie',
  ua: 'ua',
  wa: 'wa',
  ba: 'ba',
};

// "& Zn.", "en Zonen": family firm suffixes, not part of the trade name.
const FAMILY_SUFFIXES = ['& zn', 'en zn', '& zonen', 'en zonen', '& co', 'en co'];

export function normaliseOrganisation(input: string): NormalisedOrganisation {
  const folded = fold(input)
    // "B.V.", "b. v.", "V.O.F.": letters separated by dots become one word.
    .replace(/(?<![a-z])([a-z])\.\s?(?=[a-z](?![a-z]))/g, '$1')
    .replace(/&/g, ' & ')
    .replace(/[^a-z0-9&' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let text = ` ${folded} `;
  const legalForms: string[] = [];
  for (const suffix of FAMILY_SUFFIXES) {
    if (text.includes(` ${suffix} `)) {
      text = text.replace(` ${suffix} `, ' ');
      legalForms.push(suffix.replace('&', 'en'));
    }
  }
  const words = text.trim().split(' ').filter(Boolean);
  const kept = words.filter((w) => {
    const form = LEGAL_FORMS[w];
    if (form) legalForms.push(form);
    return !form;
  });
  // A name that is only a legal form ("Stichting") keeps it rather than becoming empty.
  const name = (kept.length > 0 ? kept : words).join(' ');
  return {
    original: input.trim(),
    name,
    legalForms: kept.length > 0 ? legalForms : [],
    key: name.replace(/^(de|het|'t) /, '').replace(/[^a-z0-9]/g, ''),
  };
}

/** A KVK number: eight digits, typed with or without spaces or dots ("12 34 56 78", "1234.5678"). */
export function parseKvkNumber(input: string): Parsed<string> {
  const digits = input.replace(/[\s.]/g, '');
  if (!/^\d{8}$/.test(digits)) return refused(`"${input.trim()}" is geen KVK-nummer: een KVK-nummer heeft acht cijfers.`);
  return parsed(digits);
}

/** A vestigingsnummer (branch number): twelve digits, with or without spaces or dots. */
export function parseVestigingsnummer(input: string): Parsed<string> {
  const digits = input.replace(/[\s.]/g, '');
  if (!/^\d{12}$/.test(digits)) {
    return refused(`"${input.trim()}" is geen vestigingsnummer: een vestigingsnummer heeft twaalf cijfers.`);
  }
  return parsed(digits);
}

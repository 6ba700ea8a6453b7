import { fold } from './fold';
import { type Parsed, parsed, refused } from './parsed';

/**
 * A Dutch address in the BAG's parts. The BAG tells a huisletter (one letter: 12a) from a
 * huisnummertoevoeging (up to four letters or digits: 12-1, 12 hs, 12 bis); 12a and 12-a are the
 * same letter, but 12a and 12 a-1 are different dwellings. Postcode and house number identify an
 * address; street and place are kept for addresses typed without a postcode.
 */
export type NormalisedAddress = {
  /** "2311AB", or undefined when none was given. */
  postcode?: string;
  houseNumber: number;
  /** "A": one upper-case letter. */
  houseLetter?: string;
  /** "1", "II", "HS", "BIS": up to four upper-case letters or digits. */
  addition?: string;
  /** Folded street name with common abbreviations written out. */
  street?: string;
  /** Folded place name, with "Den Haag" for "'s-Gravenhage" and "Den Bosch" for "'s-Hertogenbosch". */
  place?: string;
};

export type HouseNumber = Pick<NormalisedAddress, 'houseNumber' | 'houseLetter' | 'addition'>;

/**
 * "2311AB": a Dutch postcode in any notation ("2311 ab", " 2311AB"). PostNL never issues a first
 * digit 0 or the letter pairs SA, SD and SS.
 */
export function parsePostcode(input: string): Parsed<string> {
  const p = input.replace(/\s+/g, '').toUpperCase();
  if (!/^\d{4}[A-Z]{2}$/.test(p)) return refused(`"${input.trim()}" is geen postcode: een postcode is vier cijfers en twee letters, zoals 2311 AB.`);
  if (p.startsWith('0')) return refused(`Postcode ${p.slice(0, 4)} ${p.slice(4)} bestaat niet: postcodes beginnen bij 1000.`);
  if (['SA', 'SD', 'SS'].includes(p.slice(4))) {
    return refused(`Postcode ${p.slice(0, 4)} ${p.slice(4)} bestaat niet: de letters SA, SD en SS worden niet gebruikt.`);
  }
  return parsed(p);
}

/** "12", "12a", "12-a", "12 A", "12-II", "12bis", "12 hs", "12-1", "12a-1" into the BAG's parts. */
export function parseHouseNumber(input: string): Parsed<HouseNumber> {
  const m = /^(\d{1,5})\s*-?\s*([\p{L}\d]*)\s*-?\s*([\p{L}\d]*)$/u.exec(input.trim());
  const houseNumber = Number(m?.[1]);
  if (!m || houseNumber < 1) return refused(`"${input.trim()}" is geen huisnummer: verwacht een getal met eventueel een letter of toevoeging, zoals 12a of 12-1.`);
  let first = fold(m[2] ?? '').toUpperCase();
  let second = fold(m[3] ?? '').toUpperCase();
  // "12A1" written without a separator: a letter followed by digits.
  const glued = /^([A-Z])(\d+)$/.exec(first);
  if (glued?.[1] && glued[2] && second === '') [first, second] = [glued[1], glued[2]];
  const houseLetter = /^[A-Z]$/.test(first) ? first : undefined;
  const addition = houseLetter ? second : [first, second].filter(Boolean).join('-');
  if (addition.replace('-', '').length > 4) return refused(`Toevoeging "${addition}" is te lang: de BAG kent toevoegingen van hoogstens vier tekens.`);
  const result: HouseNumber = { houseNumber };
  if (houseLetter) result.houseLetter = houseLetter;
  if (addition) result.addition = addition.replace('-', '');
  return parsed(result);
}

const STREET_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/str\.?$/, 'straat'],
  [/ln\.?$/, 'laan'],
  [/pl\.?$/, 'plein'],
  [/\bburg\.\s*/, 'burgemeester '],
  [/\bdr\.\s*/, 'doctor '],
  [/\bpr\.\s*/, 'prins '],
  [/\bkon\.\s*/, 'koning '],
];

/** Folded street name: "Burg. de Monchyplein" and "Burgemeester de Monchyplein" meet. */
export function normaliseStreet(street: string): string {
  let s = fold(street);
  for (const [pattern, full] of STREET_ABBREVIATIONS) s = s.replace(pattern, full);
  return s.replace(/\s+/g, ' ').trim();
}

const PLACE_NAMES: Readonly<Record<string, string>> = {
  "'s-gravenhage": 'den haag',
  "s-gravenhage": 'den haag',
  "'s-hertogenbosch": 'den bosch',
  "s-hertogenbosch": 'den bosch',
};

/** Folded place name; the official and the everyday name of The Hague and Den Bosch meet. */
export function normalisePlace(place: string): string {
  const p = fold(place).replace(/\s*-\s*/g, '-');
  return PLACE_NAMES[p] ?? p;
}

/**
 * Reads an address as it is typed: "Breestraat 12a, 2311AB Leiden", "Breestraat 12 A 2311 AB
 * LEIDEN", "2311 AB Leiden, Breestraat 12a", "2311AB 12-a", "2311AB12a", "Breestraat 12, Leiden".
 * The postcode splits the text, commas split the rest; the part ending in a number is street and
 * number, the part without a number is the place.
 */
export function parseAddress(input: string): Parsed<NormalisedAddress> {
  let text = input.trim();
  let postcode: string | undefined;
  const pc = /(?<![\p{L}\d])(\d{4})\s?(\p{L}{2})(?!\p{L})/u.exec(text);
  if (pc) {
    const checked = parsePostcode(`${pc[1]}${pc[2]}`);
    if (!checked.ok) return checked;
    postcode = checked.value;
    text = `${text.slice(0, pc.index)},${text.slice(pc.index + pc[0].length)}`;
  }
  let number: HouseNumber | undefined;
  let street: string | undefined;
  let place: string | undefined;
  for (const segment of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(.*?)\s*(\d{1,5}(?:\s*-?\s*[\p{L}\d]{1,4}(?:\s*-\s*[\p{L}\d]{1,4})?)?)$/u.exec(segment);
    if (m?.[2] && !number) {
      const parsedNumber = parseHouseNumber(m[2]);
      if (!parsedNumber.ok) return parsedNumber;
      number = parsedNumber.value;
      if (m[1]) street = normaliseStreet(m[1]);
    } else if (!place) {
      place = normalisePlace(segment);
    }
  }
  if (!number) return refused(`In "${input.trim()}" staat geen huisnummer.`);
  const address: NormalisedAddress = { ...number };
  if (postcode) address.postcode = postcode;
  if (street) address.street = street;
  if (place) address.place = place;
  return parsed(address);
}

/** "12a", "12-1", "12a-1", "12 hs": how a house number is shown in a reason. */
export function formatHouseNumberParts(n: HouseNumber): string {
  const letter = n.houseLetter?.toLowerCase() ?? '';
  if (!n.addition) return `${n.houseNumber}${letter}`;
  if (letter || /^\d/.test(n.addition)) return `${n.houseNumber}${letter}-${n.addition.toLowerCase()}`;
  return `${n.houseNumber} ${n.addition.toLowerCase()}`;
}

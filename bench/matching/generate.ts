import fs from 'node:fs';
import { once } from 'node:events';
import { nl } from '@faker-js/faker';
import type { MatchQuery } from '../../src/domain/matching';
import { fold } from '../../src/domain/matching/fold';
import { ADDRESS_COLUMNS } from '../../src/domain/registers/address-row';
import { ORGANISATION_COLUMNS } from '../../src/domain/registers/organisation-row';
import { PERSON_COLUMNS } from '../../src/domain/registers/person-row';
import { buildSurnames, pick, rng, type Surname } from './surnames';

export interface Address {
  id: string;
  street: string;
  number: number;
  letter: string;
  addition: string;
  postcode: string;
  place: string;
}
export interface Person {
  id: string;
  given: string[];
  surname: Surname;
  birth: { y: number; m: number; d: number } | null;
  /** How the register has the date: full, year and month, year, or not at all. */
  birthPrecision: 3 | 2 | 1 | 0;
  address: Address | null;
}
export interface Organisation {
  kvk: string;
  branch: string;
  name: string;
  tradeNames: string[];
  address: Address;
}
// Addresses apart with and without a postcode: the goals differ (issue 8: "with a date of birth or a postcode").
export type Kind = 'person+dob' | 'person name only' | 'address with postcode' | 'address without postcode' | 'organisation';
export const KINDS: Kind[] = ['person+dob', 'person name only', 'address with postcode', 'address without postcode', 'organisation'];
export interface LabelledQuery {
  kind: Kind;
  /** What was changed, for the breakdown. */
  variant: string;
  query: MatchQuery;
  /** `${source}:${id}` of the record the query was made from. */
  target: string;
  /** How many records the query cannot tell from the target (same visible name and date); 1 = unique. */
  twins: number;
}
export interface Dataset {
  persons: Person[];
  addresses: Address[];
  organisations: Organisation[];
  queries: LabelledQuery[];
  distinctSurnames: number;
  generatedSurnames: number;
}

const PLACES = [
  'Leiden', 'Leiderdorp', 'Oegstgeest', 'Katwijk', 'Noordwijk', 'Voorschoten', 'Zoeterwoude', 'Alphen aan den Rijn', "'s-Gravenhage", 'Rotterdam',
  'Amsterdam', 'Utrecht', 'Haarlem', 'Delft', 'Zoetermeer', 'Gouda', 'Dordrecht', 'Schiedam', 'Vlaardingen', 'Rijswijk', 'Wassenaar', 'Lisse',
  'Hillegom', 'Sassenheim', 'Warmond', 'Voorhout', 'Nieuw-Vennep', 'Hoofddorp', 'Amersfoort', 'Zwolle', 'Groningen', 'Leeuwarden', 'Assen', 'Enschede',
  'Arnhem', 'Nijmegen', "'s-Hertogenbosch", 'Eindhoven', 'Tilburg', 'Breda', 'Maastricht', 'Venlo', 'Roermond', 'Heerlen', 'Middelburg', 'Vlissingen',
  'Almere', 'Lelystad', 'Apeldoorn', 'Deventer', 'Hengelo', 'Den Helder', 'Alkmaar', 'Hoorn', 'Purmerend', 'Zaandam', 'Hilversum', 'Bussum',
];
const STREET_WORDS = ['straat', 'laan', 'weg', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'pad', 'hof', 'steeg', 'plantsoen', 'park'];
const CLASSIC_STREETS = ['Kerkstraat', 'Dorpsstraat', 'Schoolstraat', 'Molenweg', 'Stationsweg', 'Julianastraat', 'Wilhelminastraat', 'Beatrixlaan', 'Prins Hendrikkade', 'Breestraat', 'Hoofdstraat', 'Nieuwe Binnenweg', 'Eikenlaan', 'Lindenlaan', 'Parallelweg', 'Marktplein', 'Oranjestraat', 'Burgemeester de Monchyplein', 'Van der Helstlaan', 'Rapenburg', 'Haarlemmerstraat', 'Kortestraat'];
const POSTCODE_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';
const ACTIVITIES = ['Bouwbedrijf', 'Schildersbedrijf', 'Transport', 'Uitzendbureau', 'Schoonmaakbedrijf', 'Installatiebedrijf', 'Autobedrijf', 'Bakkerij', 'Slagerij', 'Kapsalon', 'Nagelstudio', 'Massagesalon', 'Restaurant', 'Cafetaria', 'Administratiekantoor', 'Klussenbedrijf', 'Hoveniersbedrijf', 'Koeriersdienst', 'Beveiliging', 'Detachering', 'Handelsonderneming', 'Import Export', 'Taxibedrijf', 'Loonbedrijf', 'Champignonkwekerij', 'Tuinbouwbedrijf', 'Vleesverwerking', 'Distributiecentrum', 'Logistiek', 'Groothandel'];
const BRAND_A = ['Snel', 'Top', 'Super', 'Euro', 'Holland', 'Delta', 'Noord', 'Zuid', 'Groen', 'Blauw', 'Gouden', 'Rode', 'Royal', 'Prima', 'Flex', 'Multi', 'Pro', 'Star', 'City', 'Rijn', 'Maas', 'Polder', 'Tulp', 'Molen', 'Oranje'];
const BRAND_B = ['service', 'werk', 'bouw', 'clean', 'trans', 'staff', 'logistics', 'draak', 'leeuw', 'ster', 'poort', 'hof', 'markt', 'care', 'jobs', 'food', 'plaza', 'line', 'point', 'groep'];
const LEGAL_FORMS = ['B.V.', 'B.V.', 'B.V.', 'BV', 'V.O.F.', 'Holding B.V.', 'N.V.', 'Stichting', '', '', ''];


/** A typing error: a letter replaced, dropped, doubled or two letters swapped, never the first. */
export function typo(r: () => number, word: string): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(r() * (word.length - 2));
  const kind = Math.floor(r() * 4);
  const letters = 'aeiouenrstlkdm';
  if (kind === 0) return word.slice(0, i) + pick(r, [...letters].filter((l) => l !== word[i])) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 2) return word.slice(0, i) + word[i] + word.slice(i);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

const stripDiacritics = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ş/g, 's').replace(/ğ/g, 'g');
const pad = (n: number) => String(n).padStart(2, '0');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function generate(sizes: { persons: number; addresses: number; organisations: number; queries: number }, seed = 2024): Dataset {
  const r = rng(seed);
  const { surnames, draw } = buildSurnames(seed);
  const first = nl.person!.first_name as { male: string[]; female: string[] };
  // faker's nl list holds "Ömer" as UTF-8 read as Latin-1 ("Ã" + U+0096, a control character the API refuses).
  const repaired = (names: string[]) => names.map((n) => (/[\u0080-\u009f]/.test(n) ? Buffer.from(n, 'latin1').toString('utf8') : n));
  const male = repaired(first.male);
  const female = repaired(first.female);
  const lastNames = (nl.person!.last_name as { generic: string[] }).generic;

  // Addresses: streets of 10 to 200 numbers, a postcode per 15 numbers, letters and additions.
  const addresses: Address[] = [];
  let postcodeIndex = 0;
  let streetIndex = 0;
  while (addresses.length < sizes.addresses) {
    const place = PLACES[Math.floor(r() ** 2 * PLACES.length)]!;
    const base = r() < 0.3 ? pick(r, CLASSIC_STREETS) : `${r() < 0.5 ? pick(r, r() < 0.5 ? male : female) : pick(r, lastNames)}${pick(r, STREET_WORDS)}`;
    const street = base;
    streetIndex += 1;
    const numbers = 10 + Math.floor(r() * 190);
    let postcode = '';
    for (let n = 1; n <= numbers && addresses.length < sizes.addresses; n += 1) {
      if ((n - 1) % 15 === 0) {
        do {
          const area = 1000 + (Math.floor(postcodeIndex / 400) % 9000);
          const pair = postcodeIndex % 400;
          postcode = `${area}${POSTCODE_LETTERS[Math.floor(pair / 20)]}${POSTCODE_LETTERS[pair % 20]}`;
          postcodeIndex += 1;
        } while (['SA', 'SD', 'SS'].includes(postcode.slice(4)));
      }
      const x = r();
      const variants: Array<[string, string]> = x < 0.08 ? [['', ''], ['A', ''], ['B', '']] : x < 0.14 ? [['', ''], ['', 'hs'], ['', '1'], ['', '2']] : x < 0.17 ? [['', 'bis']] : [['', '']];
      for (const [letter, addition] of variants) {
        const id = `0${String(addresses.length + 1).padStart(15, '0')}`.replace(/^0/, '1');
        addresses.push({ id, street, number: n, letter, addition, postcode, place });
      }
    }
  }
  addresses.length = sizes.addresses;

  // Persons of one municipality: one to three given names, a surname of the population, a date of birth.
  const persons: Person[] = [];
  for (let i = 0; i < sizes.persons; i += 1) {
    const names = r() < 0.5 ? male : female;
    const count = r() < 0.45 ? 1 : r() < 0.75 ? 2 : 3;
    const given = Array.from({ length: count }, () => pick(r, names));
    const y = 1935 + Math.floor(r() * 73);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const p = r();
    const birthPrecision = p < 0.9 ? 3 : p < 0.95 ? 2 : p < 0.98 ? 1 : 0;
    persons.push({
      id: `P${String(i + 1).padStart(7, '0')}`,
      given,
      surname: draw(r),
      birth: birthPrecision ? { y, m, d } : null,
      birthPrecision,
      address: r() < 0.7 ? addresses[Math.floor(r() * addresses.length)]! : null,
    });
  }

  // Organisations: an activity and a surname, or a brand, with a legal form and sometimes trade names.
  const organisations: Organisation[] = [];
  const orgName = (): string => {
    const x = r();
    const surname = draw(r);
    const full = [surname.prefix, surname.surname].filter(Boolean).join(' ');
    if (x < 0.4) return `${pick(r, ACTIVITIES)} ${full}`;
    if (x < 0.65) return `${full} ${pick(r, ACTIVITIES)}`;
    if (x < 0.85) return `${pick(r, BRAND_A)}${pick(r, BRAND_B)}${r() < 0.5 ? ` ${pick(r, ACTIVITIES)}` : ` ${pick(r, PLACES)}`}`;
    return `${r() < 0.5 ? 'De ' : ''}${pick(r, BRAND_A)} ${capitalise(pick(r, BRAND_B))} ${full}`;
  };
  for (let i = 0; i < sizes.organisations; i += 1) {
    const base = orgName();
    const form = pick(r, LEGAL_FORMS);
    const name = form === 'Stichting' ? `Stichting ${base}` : form ? `${base} ${form}` : base;
    const tradeNames = r() < 0.35 ? Array.from({ length: r() < 0.7 ? 1 : 2 }, () => orgName()) : [];
    organisations.push({ kvk: String(10_000_000 + i * 43 + Math.floor(r() * 43)).slice(0, 8), branch: `0000${String(10_000_000 + i).padStart(8, '0')}`, name, tradeNames, address: addresses[Math.floor(r() * addresses.length)]! });
  }

  // Twins: how many records a query cannot tell from its target.
  const nameKey = (p: Person, initialsOnly: boolean) => `${initialsOnly ? p.given.map((g) => fold(g)[0]).join('') : fold(p.given.join(' '))}|${fold(p.surname.prefix)}|${fold(p.surname.surname)}`;
  const dateKey = (p: Person, precision: number) => (p.birth && p.birthPrecision >= precision ? [p.birth.y, p.birth.m, p.birth.d].slice(0, precision).join('-') : '?');
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const p of persons) {
    bump(`n:${nameKey(p, false)}`);
    bump(`i:${nameKey(p, true)}`);
    for (const precision of [1, 2, 3]) {
      bump(`n${precision}:${nameKey(p, false)}|${dateKey(p, precision)}`);
      bump(`i${precision}:${nameKey(p, true)}|${dateKey(p, precision)}`);
    }
  }

  const queries: LabelledQuery[] = [];
  const personName = (p: Person, withDate: boolean): { name: string; variant: string; initialsOnly: boolean } => {
    let given = [...p.given];
    let prefix = p.surname.prefix;
    let surname = p.surname.surname;
    let initialsOnly = false;
    const variants: string[] = [];
    const options = ['typo', 'swapped', 'initials', 'diacritics', 'first given name', 'exact'];
    if (prefix) options.push('tussenvoegsel dropped', 'tussenvoegsel merged', 'tussenvoegsel abbreviated', 'tussenvoegsel changed', 'tussenvoegsel dropped', 'tussenvoegsel abbreviated');
    if (/[^\x00-\x7f]/.test(surname + given.join(''))) options.push('diacritics', 'diacritics');
    const chosen = pick(r, options);
    let swapped = false;
    switch (chosen) {
      case 'typo':
        if (r() < 0.7) surname = typo(r, surname);
        else given = [typo(r, given[0]!), ...given.slice(1)];
        break;
      case 'swapped':
        swapped = true;
        break;
      case 'initials':
        initialsOnly = true;
        break;
      case 'diacritics':
        surname = stripDiacritics(surname);
        given = given.map(stripDiacritics);
        break;
      case 'first given name':
        given = given.slice(0, 1);
        break;
      case 'tussenvoegsel dropped':
        prefix = '';
        break;
      case 'tussenvoegsel merged':
        surname = `${capitalise(prefix.replace(/['\s]/g, ''))}${surname.toLowerCase()}`;
        prefix = '';
        break;
      case 'tussenvoegsel abbreviated':
        prefix = ({ 'van der': 'v.d.', 'van den': 'vd', 'van de': 'v.d.', van: 'v.', de: 'de', ter: 'ter', ten: 'ten' } as Record<string, string>)[prefix] ?? prefix;
        break;
      case 'tussenvoegsel changed':
        prefix = ({ 'van der': 'van den', 'van den': 'van der', 'van de': 'van der', van: 'van de', de: 'van de', ter: 'ten', ten: 'ter' } as Record<string, string>)[prefix] ?? 'van';
        break;
    }
    variants.push(chosen);
    // A second, smaller change now and then: the AF types what the signal says.
    if (chosen !== 'typo' && r() < 0.2) {
      surname = typo(r, surname);
      variants.push('typo');
    }
    const givenText = initialsOnly ? given.map((g) => `${g[0]!.toUpperCase()}.`).join('') : given.join(' ');
    const surnameText = [prefix, surname].filter(Boolean).join(' ');
    const name = swapped ? (r() < 0.5 ? `${surname}${prefix ? ` ${prefix}` : ''}, ${givenText}` : `${surnameText.toUpperCase()} ${givenText}`) : `${givenText} ${surnameText}`;
    void withDate;
    return { name, variant: variants.join('+'), initialsOnly: initialsOnly || chosen === 'first given name' };
  };
  const per = sizes.queries;
  const withDate = persons.filter((p) => p.birthPrecision === 3);
  for (let q = 0; q < per; q += 1) {
    const p = pick(r, withDate);
    const { name, variant, initialsOnly } = personName(p, true);
    const precision = r() < 0.7 ? 3 : r() < 0.5 ? 2 : 1;
    const b = p.birth!;
    const dateOfBirth = precision === 3 ? (r() < 0.5 ? `${pad(b.d)}-${pad(b.m)}-${b.y}` : `${b.y}-${pad(b.m)}-${pad(b.d)}`) : precision === 2 ? `${b.y}-${pad(b.m)}` : `${b.y}`;
    const twins = counts.get(`${initialsOnly ? 'i' : 'n'}${precision}:${nameKey(p, initialsOnly)}|${dateKey(p, precision)}`) ?? 1;
    queries.push({ kind: 'person+dob', variant: `${variant}, dob ${['', 'year', 'year-month', 'full'][precision]}`, query: { kind: 'person', name, dateOfBirth }, target: `persons:${p.id}`, twins });
  }
  for (let q = 0; q < per; q += 1) {
    const p = pick(r, persons);
    const { name, variant, initialsOnly } = personName(p, false);
    queries.push({ kind: 'person name only', variant, query: { kind: 'person', name }, target: `persons:${p.id}`, twins: counts.get(`${initialsOnly ? 'i' : 'n'}:${nameKey(p, initialsOnly)}`) ?? 1 });
  }
  for (let q = 0; q < per; q += 1) {
    const a = pick(r, addresses);
    const number = (style: number) => {
      const suffix = a.letter || a.addition;
      if (!suffix) return String(a.number);
      // A numeric addition glued to the number ("1482" for 148-2) cannot be read by anyone: separated.
      const glued = /^\d/.test(suffix) ? `${a.number}-${suffix}` : `${a.number}${suffix}`;
      return [glued.toLowerCase(), `${a.number}-${suffix}`, `${a.number} ${suffix}`, glued.toUpperCase()][style % 4]!;
    };
    const pc = [a.postcode, `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)}`, a.postcode.toLowerCase(), `${a.postcode.slice(0, 4)} ${a.postcode.slice(4).toLowerCase()}`];
    const x = Math.floor(r() * 5);
    const style = Math.floor(r() * 4);
    let query: MatchQuery;
    let variant: string;
    if (x === 0) {
      query = { kind: 'address', postcode: pick(r, pc), houseNumber: number(style) };
      variant = 'postcode + number fields';
    } else if (x === 1) {
      query = { kind: 'address', text: `${pick(r, pc)} ${number(style)}` };
      variant = 'postcode + number as text';
    } else if (x === 2) {
      query = { kind: 'address', text: `${a.street} ${number(style)}, ${pick(r, pc)} ${a.place}` };
      variant = 'full address';
    } else if (x === 3) {
      query = { kind: 'address', text: `${a.street} ${number(style)}, ${a.place.toUpperCase()}` };
      variant = 'street + number + place, no postcode';
    } else {
      query = { kind: 'address', text: `${typo(r, a.street)} ${number(style)}, ${a.place}` };
      variant = 'street with typo + number + place, no postcode';
    }
    queries.push({ kind: x < 3 ? 'address with postcode' : 'address without postcode', variant: `${variant}${a.letter || a.addition ? ', with letter/addition' : ''}`, query, target: `addresses:${a.id}`, twins: 1 });
  }
  for (let q = 0; q < per; q += 1) {
    const o = pick(r, organisations);
    const x = Math.floor(r() * 6);
    const base = o.name.replace(/^Stichting /, '').replace(/ (Holding B\.V\.|B\.V\.|BV|V\.O\.F\.|N\.V\.)$/, '');
    let query: MatchQuery;
    let variant: string;
    if (x === 0 || o.tradeNames.length === 0 && x === 5) {
      query = { kind: 'organisation', name: base };
      variant = 'legal form dropped';
    } else if (x === 1) {
      query = { kind: 'organisation', name: `${base} ${pick(r, ['bv', 'B.V', 'nv', 'vof', 'Holding BV'])}` };
      variant = 'legal form changed';
    } else if (x === 2) {
      query = { kind: 'organisation', kvkNumber: r() < 0.5 ? o.kvk : `${o.kvk.slice(0, 4)} ${o.kvk.slice(4)}` };
      variant = 'KVK number only';
    } else if (x === 3) {
      const words = base.split(' ');
      const w = words.findIndex((word) => word.length >= 5);
      if (w >= 0) words[w] = typo(r, words[w]!);
      query = { kind: 'organisation', name: words.join(' ') };
      variant = 'typo, no legal form';
    } else if (x === 4) {
      query = { kind: 'organisation', name: stripDiacritics(o.name.toLowerCase()) };
      variant = 'lower case, diacritics dropped';
    } else {
      query = { kind: 'organisation', name: pick(r, o.tradeNames) };
      variant = 'trade name';
    }
    queries.push({ kind: 'organisation', variant, query, target: `organisations:${o.branch}`, twins: 1 });
  }
  return { persons, addresses, organisations, queries, distinctSurnames: new Set(persons.map((p) => `${p.surname.prefix} ${p.surname.surname}`)).size, generatedSurnames: surnames.length };
}

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

async function writeLines(file: string, header: string, lines: Iterable<string>): Promise<void> {
  const out = fs.createWriteStream(file);
  out.write(`${header}\n`);
  for (const line of lines) if (!out.write(`${line}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** The three import files, in the formats the operator commands read. */
export async function writeCsvs(data: Dataset, files: { persons: string; addresses: string; organisations: string }): Promise<void> {
  await writeLines(
    files.persons,
    PERSON_COLUMNS.join(','),
    (function* () {
      for (const p of data.persons) {
        const b = p.birth;
        const date = !b ? '' : p.birthPrecision === 3 ? `${b.y}-${pad(b.m)}-${pad(b.d)}` : p.birthPrecision === 2 ? `${b.y}-${pad(b.m)}` : `${b.y}`;
        const a = p.address;
        yield [p.id, p.given.join(' '), p.surname.prefix, p.surname.surname, date, a?.street ?? '', a ? String(a.number) : '', a?.letter ?? '', a?.addition ?? '', a?.postcode ?? '', a?.place ?? '', ''].map(csvField).join(',');
      }
    })(),
  );
  await writeLines(
    files.addresses,
    ADDRESS_COLUMNS.join(';'),
    (function* () {
      for (const a of data.addresses) yield [a.street, a.number, a.letter, a.addition, a.postcode, a.place, a.place, 'Zuid-Holland', a.id].join(';');
    })(),
  );
  await writeLines(
    files.organisations,
    ORGANISATION_COLUMNS.join(','),
    (function* () {
      for (const o of data.organisations) {
        const a = o.address;
        yield [o.kvk, o.branch, o.name, o.tradeNames.join('|'), a.street, String(a.number), a.letter, a.addition, a.postcode, a.place].map(csvField).join(',');
      }
    })(),
  );
}

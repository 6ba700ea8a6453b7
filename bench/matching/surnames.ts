import { nl } from '@faker-js/faker';
import * as L from './surname-lists';

/** A small seeded PRNG (mulberry32): the same seed gives the same data on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** A surname as the BRP keeps it: the tussenvoegsel apart ("van der", "Berg"). */
export interface Surname {
  prefix: string;
  surname: string;
}

/** One name of a group with its weight relative to the others in that group. */
type Entry = readonly [prefix: string, surname: string, weight: number];

/**
 * The share of the persons each group of names makes up. Dutch names about four in five (Indo-Dutch,
 * German and Flemish families mostly carry names of this kind too), the rest after the larger
 * communities in the Netherlands (CBS): Turkish and Moroccan about 2.5 % each, Surinamese, Antillean,
 * Polish, and smaller groups. The shares are normalised, so they need not add up to one.
 */
const SHARES = {
  dutchHead: 0.19,
  compounds: 0.165,
  patronymics: 0.06,
  limburgBrabant: 0.025,
  northern: 0.045,
  frisianPlace: 0.015,
  lowSaxon: 0.015,
  occupations: 0.03,
  places: 0.05,
  landscapeNouns: 0.05,
  verNames: 0.02,
  deNames: 0.025,
  patrician: 0.0003,
  belgian: 0.006,
  german: 0.012,
  jewishHuguenot: 0.003,
  turkishHead: 0.008,
  turkishCompounds: 0.018,
  moroccan: 0.024,
  hindustani: 0.009,
  javanese: 0.003,
  creole: 0.007,
  antillean: 0.008,
  moluccan: 0.002,
  indonesian: 0.0015,
  chinese: 0.003,
  surinameseChinese: 0.001,
  vietnamese: 0.0015,
  polish: 0.01,
  romanian: 0.004,
  bulgarian: 0.004,
  hungarian: 0.002,
  ukrainian: 0.004,
  yugoslav: 0.004,
  eritrean: 0.003,
  somali: 0.002,
  arabic: 0.007,
  persian: 0.005,
  nigerian: 0.001,
  ghanaian: 0.0015,
  southernEuropean: 0.006,
  spanish: 0.004,
  english: 0.004,
  indian: 0.003,
} as const;

/** Share of persons with a double surname joined by a hyphen ("Jansen-de Vries"), made when drawn. */
const DOUBLE_SURNAME_SHARE = 0.015;

/** Tussenvoegsels that may start a written name, longest first ("van den Berg" → "van den" + "Berg"). */
const PREFIXES = [
  'van de', 'van der', 'van den', "van 't", 'van het', "in 't", 'in de', 'in der', 'op den', 'op de', "op 't", 'op het', 'op ten',
  'uit den', 'uit de', 'uit het', 'aan de', 'onder de', 'onder den', 'over de', 'voor de', 'bij de', 'de la',
  'van', 'de', 'den', 'der', "'t", 'ter', 'ten', 'te', 'la', 'le', 'du',
].sort((a, b) => b.length - a.length);

/** "van den Berg" → { prefix: "van den", surname: "Berg" }; "Quarles van Ufford" stays whole. */
export function parseName(full: string): Surname {
  for (const p of PREFIXES) if (full.startsWith(`${p} `)) return { prefix: p, surname: full.slice(p.length + 1) };
  return { prefix: '', surname: full };
}

const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûüıœ]$/i;
const startsWithVowel = (s: string) => VOWEL.test(s.charAt(0));

/** Two parts as one word, or undefined where the join would read badly (Bos + steen, Hooge + es). */
function join(first: string, second: string): string | undefined {
  const a = first.toLowerCase();
  if (a === second || a.startsWith(second) || second.startsWith(a)) return undefined;
  if (VOWEL.test(a) && startsWithVowel(second)) return undefined;
  if (a.at(-1) === second.charAt(0) && !VOWEL.test(a)) return undefined;
  const word = first + second;
  return /(.)\1\1/.test(word) ? undefined : word;
}

/**
 * Old and regional spellings of a Dutch name, one change each: Meijer/Meyer/Meier, Huisman/Huysman/
 * Huijsman, Kramer/Cramer, Claassen/Claessen, Bosch/Bos, Veldhuis/Velthuis, Berg/Bergh, Brand/Brandt.
 */
const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ij/g, 'y'],
  [/eij/g, 'ei'],
  [/eij/g, 'ey'],
  [/ui/g, 'uy'],
  [/ui/g, 'uij'],
  [/u(?:y|ij)/g, 'ui'],
  [/y(?=[^aeiou]|$)/g, 'ij'],
  [/([^c])k$/, '$1ck'],
  [/([^c])k(?=s)/, '$1ck'],
  [/ks$/, 'x'],
  [/x$/, 'ks'],
  [/^K(?=[raoul])/, 'C'],
  [/^C(?=[raoul])/, 'K'],
  [/aa(?=s|r|ts|ls)/, 'ae'],
  [/ae(?=[^aeiou])/, 'aa'],
  [/([aeiou])sch$/, '$1s'],
  [/(an|en|el|id)d$/, '$1dt'],
  [/dt$/, 'd'],
  [/veld(?!e)/, 'velt'],
  [/([^g])g$/, '$1gh'],
  [/gh$/, 'g'],
  [/^Zw/, 'Sw'],
  [/([aeiou])sen$/, '$1ssen'],
  [/([aeiou])ssen$/, '$1sen'],
  [/ouw(?=m)/, 'ou'],
];

/** The spellings a compound takes (Nieuwenhuys, Velthuis, Hoogenbergh), without the archaic ae, C- and -dt. */
const COMPOUND_SPELLINGS = SPELLINGS.filter(([from]) => !/aa|ae|\^K|\^C|d\$|dt/.test(from.source));

export function spellingVariants(surname: string, rules = SPELLINGS): string[] {
  const out = new Set<string>();
  for (const [from, to] of rules) {
    const v = surname.replace(from, to);
    if (v !== surname && !/(.)\1\1/.test(v)) out.add(v);
  }
  return [...out];
}

/** Turkish names as older registrations and many forms write them, without ı, ş, ğ, ç, ö, ü (Yilmaz, Sahin). */
function withoutDiacritics(entries: Entry[], p: number, chance: (p: number) => boolean): Entry[] {
  const ascii = (s: string) => s.replace(/ı/g, 'i').replace(/İ/g, 'I').normalize('NFKD').replace(/\p{M}/gu, '');
  const out = [...entries];
  for (const [prefix, surname, weight] of entries) {
    const plain = ascii(surname);
    if (plain !== surname && chance(p)) out.push([prefix, plain, weight * 0.4]);
  }
  return out;
}

/** Normal deviate (Box–Muller) from the seeded generator. */
const normal = (r: () => number) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());

/**
 * Tens of thousands of distinct surnames as they occur in the Netherlands: the most frequent Dutch
 * names, Dutch names built from real stems (compounds of landscape and habitation words, patronymics,
 * Frisian, Groningen and Twente forms, occupations, "van" with real places, "van der", "ter" and
 * "de" with real nouns) with their old and regional spellings, and Turkish, Moroccan (Arabic and
 * Berber), Surinamese (Hindustani, Creole, Javanese, Chinese), Antillean, Moluccan, Indonesian,
 * Polish, Romanian, Bulgarian, Hungarian, Ukrainian, Yugoslav, Chinese, Vietnamese, Eritrean,
 * Somali, Syrian and Iraqi, Afghan and Iranian, Nigerian, Ghanaian, German, Flemish, southern
 * European, English and Indian names. Weighted like a population: a heavy head (de Jong, Jansen,
 * de Vries: half a percent each) and a long tail; 1.5 % of draws are double names ("Jansen-de Vries").
 */
export function buildSurnames(seed = 8): { surnames: Surname[]; draw: (r: () => number) => Surname } {
  const r = rng(seed);
  const population = new Population();
  /** A random weight for a name of the long tail: log-normal, so some are ten times as common as others. */
  const spread = (scale = 1) => scale * Math.exp(0.8 * Math.min(2, Math.max(-3, normal(r))));
  const chance = (p: number) => r() < p;
  const plain = (list: readonly string[], scale = 1): Entry[] => list.map((s) => ['', s, spread(scale)] as const);
  const ranked = (list: readonly string[], k: number): Entry[] => list.map((s, i) => ['', s, 1 / (i + k)] as const);
  const prefixed = (prefix: string, list: readonly string[], scale = 1): Entry[] => list.map((s) => [prefix, s, spread(scale)] as const);
  /** Whole names as written ("van den Berg", "Quarles van Ufford"), the tussenvoegsel taken apart. */
  const written = (list: readonly string[], scale = 1): Entry[] =>
    list.map((n) => {
      const { prefix, surname } = parseName(n);
      return [prefix, surname, spread(scale)] as const;
    });
  /**
   * Adds old and regional spellings of a share `p` of the names, each rarer than the name it varies
   * (up to `rarity` as common; a frequent name's variants are much rarer: de Jongh beside de Jong).
   */
  const withSpellings = (entries: Entry[], p: number, rules = SPELLINGS, rarity = 0.6): Entry[] => {
    const out = [...entries];
    for (const [prefix, surname, weight] of entries) {
      const once = chance(p);
      const twice = chance(p / 3);
      if (!once && !twice) continue;
      const variants = spellingVariants(surname, rules);
      if (variants.length === 0) continue;
      if (once) out.push([prefix, pick(r, variants), weight * rarity * (0.15 + 0.85 * r())]);
      if (twice) out.push([prefix, pick(r, variants), weight * rarity * (0.1 + 0.3 * r())]);
    }
    return out;
  };

  // The head: the most frequent Dutch names by rank (de Jong ~0.5 %), faker's list after them.
  const fakerNames = (nl.person!.last_name as { generic: string[] }).generic;
  population.group(SHARES.dutchHead, withSpellings(
    [...L.DUTCH_HEAD.map((n, i) => [n, 1 / (i + 10)] as const), ...fakerNames.map((n) => [n, 1 / 400] as const)].map(([n, w]) => {
      const { prefix, surname } = parseName(n);
      return [prefix, surname, w] as const;
    }),
    0.25,
    SPELLINGS,
    0.1,
  ));

  population.group(SHARES.compounds, withSpellings(dutchCompounds(r, spread), 0.6, COMPOUND_SPELLINGS));
  population.group(SHARES.patronymics, withSpellings([...patronymics(r, spread), ...plain(L.LATIN_PATRONYMICS, 0.3)], 0.4));
  population.group(SHARES.limburgBrabant, withSpellings(plain(L.LIMBURG_BRABANT), 0.2));
  population.group(SHARES.northern, withSpellings(northernNames(r, spread), 0.15));
  population.group(SHARES.frisianPlace, withSpellings(frisianPlaceNames(r, spread), 0.3));
  population.group(SHARES.lowSaxon, lowSaxonNames(r, spread));
  population.group(SHARES.occupations, withSpellings(occupationalNames(r, spread), 0.5));
  population.group(SHARES.places, withSpellings(
    L.PLACES.flatMap((p): Entry[] => [['van', p, spread()], ...(chance(0.2) ? [['', p, spread(0.3)] as const] : [])]),
    0.35,
  ));
  population.group(SHARES.landscapeNouns, withSpellings([
    ...prefixed('van der', L.VAN_DER, 1.5),
    ...L.VAN_DER.filter(() => chance(0.15)).map((n) => ['van de', n, spread(0.3)] as const),
    ...prefixed('van den', L.VAN_DEN, 1.5),
    ...prefixed('van de', L.VAN_DE),
    ...prefixed("van 't", L.VAN_T, 0.5),
    ...prefixed('ter', L.TER),
    ...prefixed('ten', L.TEN),
    ...prefixed('te', L.TE, 0.5),
    ...written(L.RARE_PREFIXED, 0.3),
  ], 0.35));
  population.group(SHARES.verNames, withSpellings(verNames(r, spread), 0.35));
  population.group(SHARES.deNames, withSpellings(prefixed('de', L.DE_NAMES), 0.3));
  population.group(SHARES.patrician, written(L.PATRICIAN));
  population.group(SHARES.belgian, written(L.BELGIAN));
  population.group(SHARES.german, [...plain(L.GERMAN, 3), ...compose(L.GERMAN_FIRST, L.GERMAN_SECOND, spread, chance, 0.5)]);
  population.group(SHARES.jewishHuguenot, written(L.JEWISH_HUGUENOT));

  // Turkish: the frequent names by rank, and the long tail of compounds (Kara + kaya, Hacı + oğlu).
  population.group(SHARES.turkishHead, withoutDiacritics(ranked(L.TURKISH_HEAD, 3), 0.5, chance));
  population.group(SHARES.turkishCompounds, withoutDiacritics([
    ...L.TURKISH_FIRST.flatMap((a) => L.TURKISH_SECOND.map((b) => (a.toLocaleLowerCase('tr') === b ? undefined : `${a}${b}`)))
      // Most pairs make a name someone carries; two vowels meeting (Kara + aslan) are rarer.
      .filter((s): s is string => !!s && s.length <= 13 && chance(/[aeıioöuü]{2}/i.test(s) ? 0.25 : 0.75))
      .map((s) => ['', s, spread()] as const),
    ...plain(L.TURKISH_OGLU.map((a) => `${a}oğlu`)),
  ], 0.3, chance));
  population.group(SHARES.moroccan, moroccanNames(r, spread));

  // Surinamese, Antillean, Moluccan and Indonesian names.
  population.group(SHARES.hindustani, [...compose(L.HINDUSTANI_FIRST, L.HINDUSTANI_SECOND, spread, chance), ...plain(L.HINDUSTANI_WHOLE, 3)]);
  population.group(SHARES.javanese, [...compose(L.JAVANESE_FIRST, L.JAVANESE_SECOND, spread, chance), ...plain(L.JAVANESE_WHOLE, 3)]);
  population.group(SHARES.creole, plain(L.CREOLE));
  population.group(SHARES.antillean, plain(L.ANTILLEAN));
  population.group(SHARES.moluccan, [...compose(L.MOLUCCAN_FIRST, L.MOLUCCAN_SECOND, spread, chance), ...plain(L.MOLUCCAN_WHOLE, 4)]);
  population.group(SHARES.indonesian, compose(L.INDONESIAN_FIRST, L.INDONESIAN_SECOND, spread, chance));
  population.group(SHARES.chinese, plain(L.CHINESE));
  population.group(SHARES.surinameseChinese, L.SURINAMESE_CHINESE_FIRST.flatMap((a) =>
    L.SURINAMESE_CHINESE_SECOND.filter((b) => b !== a && chance(0.5)).map((b) => ['', chance(0.6) ? `${a} A ${b}` : `${a}-A-${b}`, spread()] as const),
  ));
  population.group(SHARES.vietnamese, ranked(L.VIETNAMESE, 1));

  // Central and eastern Europe: feminine forms where the language has them (Kowalska, Ivanova).
  population.group(SHARES.polish, L.POLISH.flatMap((m): Entry[] => {
    const f = m.replace(/(sk|ck|dzk)i$/, '$1a');
    const w = spread();
    return f === m ? [['', m, w]] : [['', m, w], ['', f, w * 0.9]];
  }));
  population.group(SHARES.romanian, plain(L.ROMANIAN));
  population.group(SHARES.bulgarian, L.BULGARIAN.flatMap((m): Entry[] => {
    const w = spread();
    return /[oe]v$/.test(m) ? [['', m, w], ['', `${m}a`, w * 0.9]] : [['', m, w]];
  }));
  population.group(SHARES.hungarian, plain(L.HUNGARIAN));
  population.group(SHARES.ukrainian, plain(L.UKRAINIAN));
  population.group(SHARES.yugoslav, plain(L.YUGOSLAV));

  // Africa, the Middle East and Asia.
  population.group(SHARES.eritrean, [
    ...L.ERITREAN_FIRST.flatMap((a) => L.ERITREAN_SECOND.map((b) => (b === 'ab' || !(VOWEL.test(a) && startsWithVowel(b)) ? `${a}${b}` : undefined)))
      .filter((s): s is string => !!s && chance(0.7))
      .map((s) => ['', s, spread()] as const),
    ...plain(L.ERITREAN_WHOLE, 2),
  ]);
  population.group(SHARES.somali, ranked(L.SOMALI, 8));
  population.group(SHARES.arabic, [
    ...L.ARABIC_ROOTS.flatMap((root): Entry[] => {
      const w = spread();
      return [['', root, w], ['', `Al-${root}`, w * 0.6], ['', `Al ${root}`, w * 0.4], ['', `Al${root.toLowerCase()}`, w * 0.4]];
    }),
    ...plain(L.ARABIC_WHOLE),
  ]);
  population.group(SHARES.persian, [
    ...L.PERSIAN_ROOTS.flatMap((root) =>
      L.PERSIAN_SUFFIXES.filter((s) => chance(s === 'i' ? 0.9 : 0.3) && !(VOWEL.test(root) && startsWithVowel(s))).map((s) => ['', `${root}${s}`, spread(s === 'i' ? 2 : 1)] as const),
    ),
    ...plain(L.AFGHAN_WHOLE, 2),
  ]);
  population.group(SHARES.nigerian, [...compose(L.YORUBA_FIRST, L.YORUBA_SECOND, spread, chance, 0.6), ...plain(L.NIGERIAN_WHOLE, 2)]);
  population.group(SHARES.ghanaian, plain(L.GHANAIAN));
  population.group(SHARES.southernEuropean, plain(L.SOUTHERN_EUROPEAN));
  population.group(SHARES.spanish, L.SPANISH.flatMap((a) => L.SPANISH.filter((b) => b !== a && chance(0.3)).map((b) => ['', `${a} ${b}`, spread()] as const)));
  population.group(SHARES.english, plain(L.ENGLISH));
  population.group(SHARES.indian, plain(L.INDIAN));

  const surnames = population.names;
  const cumulative: number[] = [];
  let total = 0;
  for (const w of population.weights) cumulative.push((total += w));
  const drawOne = (rand: () => number): Surname => {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return surnames[lo]!;
  };
  // A double surname keeps the first name's tussenvoegsel apart and the second's in the surname, as the
  // CSV's voorvoegsel and geslachtsnaam columns hold it: voorvoegsel "van", geslachtsnaam "Dijk-de Vries".
  const draw = (rand: () => number): Surname => {
    const first = drawOne(rand);
    if (rand() >= DOUBLE_SURNAME_SHARE) return first;
    const second = drawOne(rand);
    if (second === first || /[- ]/.test(first.surname) || /[- ]/.test(second.surname)) return first;
    return { prefix: first.prefix, surname: `${first.surname}-${[second.prefix, second.surname].filter(Boolean).join(' ')}` };
  };
  return { surnames, draw };
}

/** The names with their weights; a group adds names that together make up its share of the persons. */
class Population {
  readonly names: Surname[] = [];
  readonly weights: number[] = [];
  private readonly index = new Map<string, number>();

  group(share: number, entries: readonly Entry[]): void {
    const valid = entries.filter(([, surname, weight]) => surname.length >= 2 && weight > 0);
    const total = valid.reduce((sum, [, , weight]) => sum + weight, 0);
    for (const [prefix, surname, weight] of valid) {
      const key = `${prefix}|${surname}`;
      const w = (share * weight) / total;
      const at = this.index.get(key);
      if (at !== undefined) {
        this.weights[at]! += w;
      } else {
        this.index.set(key, this.names.length);
        this.names.push({ prefix, surname });
        this.weights.push(w);
      }
    }
  }
}

type Spread = (scale?: number) => number;

/** First part + second part where the join reads well (Ram + lal, Karto + dikromo), a share `p` of them. */
function compose(firsts: readonly string[], seconds: readonly string[], spread: Spread, keep: (p: number) => boolean, p = 1): Entry[] {
  const out: Entry[] = [];
  for (const a of firsts) {
    for (const b of seconds) {
      const name = join(a, b);
      if (name && keep(p)) out.push(['', name, spread()]);
    }
  }
  return out;
}

/**
 * Dutch compounds of a landscape, an adjective or a plant or animal with a landscape or habitation
 * word (Hoogeveen, Nieuwenhuis, Eikenhorst, Rozendaal, Veldkamp, Brinkman), with "van" for some of
 * those that read as a place (van Zonneveld, van Veldhuizen); Lindeboom, Schoenmaker.
 */
function dutchCompounds(r: () => number, spread: Spread): Entry[] {
  const out: Entry[] = [];
  const landscape = new Set(L.LANDSCAPE);
  const waterOrPeople = new Set(L.RIVERS_AND_PEOPLE);
  const add = (first: string, second: string) => {
    if (/(en|er)$/.test(first) && second.startsWith('man')) return;
    if (L.RARE_SECOND.has(second) && !landscape.has(first) && r() >= 0.25) return;
    if (waterOrPeople.has(first) && !L.WATER_SECOND.has(second)) return;
    const name = join(first, second);
    if (!name || name.length > 16) return;
    out.push(['', name, spread()]);
    if (L.PLACE_LIKE_SECOND.has(second) && r() < 0.4) out.push(['van', name, spread(0.5)]);
  };
  for (const first of [...L.MODIFIERS, ...L.NATURE, ...L.LANDSCAPE, ...L.RIVERS_AND_PEOPLE]) for (const second of L.SECOND) add(first, second);
  for (const first of L.LANDSCAPE_MINOR) for (const second of L.HABITATION) add(first, second);
  for (const tree of L.TREES) out.push(['', `${tree}boom`, spread()]);
  for (const thing of L.MAKER_OBJECTS) {
    const maker = join(thing, 'maker');
    if (maker) out.push(['', maker, spread()], ['', `${maker}s`, spread(0.4)]);
  }
  return out;
}

/** Patronymics from old given names: Gerrits, Gerritsen, Gerritse, Gerritsz, Hendrikx, Janssen, Klaassen. */
function patronymics(r: () => number, spread: Spread): Entry[] {
  const out: Entry[] = [];
  const add = (name: string, scale: number) => {
    if (r() < 0.85) out.push(['', name, spread(scale)]);
  };
  for (const g of L.DUTCH_GIVEN) {
    if (g.endsWith('s')) {
      add(`${g}sen`, 1);
      add(`${g}se`, 0.6);
      add(`${g}en`, 0.4);
    } else if (/e$/.test(g)) {
      add(`${g}s`, 0.8);
      add(`${g}n`, 0.5);
      add(`${g}ns`, 0.3);
    } else {
      add(`${g}s`, 1);
      add(`${g}sen`, 1);
      add(`${g}se`, 0.6);
      add(`${g}sz`, 0.15);
      if (g.endsWith('k')) {
        add(`${g}x`, 0.4);
        add(`${g.slice(0, -1)}ckx`, 0.3);
      }
      if (/^[^aeiou]*[aeiou]n$/i.test(g)) add(`${g}ssen`, 1);
      if (g.length <= 6 && r() < 0.5) add(r() < 0.5 ? `${g}man` : `${g}ink`, 0.3);
    }
  }
  return out;
}

/** Frisian and Groningen names from given names: Sietsema, Jellema, Wiebenga, Tamminga, Sjoerdsma, Eppens, Harms. */
function northernNames(r: () => number, spread: Spread): Entry[] {
  const out: Entry[] = [];
  const add = (name: string, scale = 1) => {
    if (r() < 0.75) out.push(['', name, spread(scale)]);
  };
  for (const g of L.NORTHERN_GIVEN) {
    if (g.endsWith('e')) {
      const base = g.slice(0, -1);
      add(`${base}ema`);
      add(`${base}enga`);
      add(`${base}inga`);
      add(`${g}ma`);
      add(`${g}s`, 0.5);
    } else if (g.endsWith('o')) {
      const base = g.slice(0, -1);
      add(`${base}ens`);
      add(`${base}inga`);
      add(`${base}ema`);
    } else if (g.endsWith('ing')) {
      add(`${g}a`);
    } else {
      add(`${g}sma`);
      add(`${g}ema`, 0.5);
      add(`${g}inga`, 0.5);
      add(`${g}s`, 0.5);
      add(`${g}ens`, 0.5);
    }
  }
  return out;
}

/** Frisian names from landscape words: Dijkstra, Hoekstra, Zwierstra, Boersma, Bosma, Postma, Schaafsma. */
function frisianPlaceNames(r: () => number, spread: Spread): Entry[] {
  const out: Entry[] = [];
  for (const stem of L.FRISIAN_PLACE_STEMS) {
    if (!/s$|st$/.test(stem)) out.push(['', `${stem}stra`, spread()]);
    if (/s$|st$/.test(stem)) out.push(['', `${stem}ma`, spread()]);
    else if (!stem.endsWith('t') && r() < 0.5) out.push(['', `${stem}sma`, spread(0.7)]);
  }
  return out;
}

/** Twente and Achterhoek: Wolterink, Hesselink, Hesseling, and the two-word Groot Wassink, Olde Rikkert. */
function lowSaxonNames(r: () => number, spread: Spread): Entry[] {
  const out: Entry[] = [];
  for (const stem of L.LOW_SAXON_STEMS) {
    const ink = `${stem}ink`;
    out.push(['', ink, spread()]);
    if (r() < 0.4) out.push(['', `${stem}ing`, spread(0.3)]);
    if (r() < 0.15) out.push(['', `${pick(r, L.LOW_SAXON_PREFIX_WORDS)} ${ink}`, spread(0.3)]);
  }
  for (const first of L.LANDSCAPE) {
    if (r() < 0.12) {
      const farm = join(first, pick(r, ['huis', 'kamp', 'hof', 'man', 'horst']));
      if (farm) out.push(['', `${pick(r, L.LOW_SAXON_PREFIX_WORDS)} ${farm}`, spread(0.3)]);
    }
  }
  return out;
}

/**
 * "Ver" is the old contraction of "van der" that became part of the name itself (Verbeek, Vermeulen,
 * Versluis, Verhoef): one word, as the register writes it, unlike a merged "Vanderveen".
 */
function verNames(r: () => number, spread: Spread): Entry[] {
  const out: Entry[] = [];
  for (const noun of [...L.VAN_DER, ...L.VAN_DE, ...L.VAN_DEN]) {
    if (r() > 0.6 || noun.length < 3) continue;
    const name = `Ver${noun.toLowerCase()}`;
    if (!/(.)\1\1/.test(name)) out.push(['', name, spread()]);
  }
  return out;
}

/** Occupations, with the genitive -s (Bakkers, Timmermans) and now and then "de" (de Bakker). */
function occupationalNames(r: () => number, spread: Spread): Entry[] {
  const out: Entry[] = [];
  for (const o of L.OCCUPATIONS) {
    out.push(['', o, spread(1.5)]);
    if (/(er|man|ier|aar)$/.test(o)) out.push(['', `${o}s`, spread(0.6)]);
    if (r() < 0.08) out.push(['de', o, spread(0.4)]);
  }
  return out;
}

/** Moroccan names: nisba names with and without "El" (Amrani, El Amrani, Elamrani), Ben-, Ait-, Bou- and Berber names. */
function moroccanNames(r: () => number, spread: Spread): Entry[] {
  const out: Entry[] = [];
  // French-era transliterations vary: Bakkali/Bakali, Haddouchi/Hadouchi, Kasmi/Qasmi, Ouali/Wali.
  const variants = (s: string) =>
    [s.replace(/([bdfklmnrstz])\1/, '$1'), s.replace(/([aeiou])([dkrz])([aeiou])/, '$1$2$2$3'), s.replace(/^Q/, 'K'), s.replace(/^K(?=a)/, 'Q'), s.replace(/^Ou/, 'W'), s.replace(/ch/, 'sh')].filter((v) => v !== s);
  for (const n of L.MOROCCAN_NISBA) {
    const w = spread();
    out.push(['', n, w], ['', `El ${n}`, w * 1.2]);
    if (r() < 0.25) out.push(['', `El${n.toLowerCase()}`, w * 0.3]);
    const vs = variants(n);
    if (vs.length > 0 && r() < 0.5) out.push(['', `El ${pick(r, vs)}`, w * 0.3]);
    if (vs.length > 0 && r() < 0.3) out.push(['', pick(r, vs), w * 0.2]);
  }
  for (const g of L.MOROCCAN_BEN) {
    const w = spread();
    out.push(['', `Ben ${g}`, w], ['', `Ben${g.toLowerCase()}`, w]);
  }
  for (const g of L.MOROCCAN_AIT) {
    const w = spread();
    out.push(['', `Ait ${g}`, w]);
    if (r() < 0.4) out.push(['', `Aït ${g}`, w * 0.4]);
  }
  for (const n of L.MOROCCAN_WHOLE) out.push(['', n, spread(1.5)]);
  for (const n of L.ABDEL) {
    const w = spread(0.5);
    out.push(['', `Abdel${n.toLowerCase()}`, w], ['', `Abdul${n.toLowerCase()}`, w * 0.5]);
  }
  return out;
}

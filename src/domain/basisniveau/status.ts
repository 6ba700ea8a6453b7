import { z } from 'zod';
import type { DerivedKind } from './schema';
import { EVIDENCE_MAX, STATUSES, type Status } from './status-values';

export * from './status-values';
/** Dates before this are typing errors: the basisniveau is younger. */
export const EARLIEST_SINCE = '2000-01-01';

// PostgreSQL refuses NUL in text; other control characters (not tab or new line) are invisible
// in the page and garble an export.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** What the beheerder sends for one point. */
export const itemBody = z
  .object({
    status: z.enum(STATUSES, { error: 'Kies een status: voldaan, deels, niet voldaan of onbekend.' }).describe('voldaan, deels, niet-voldaan of onbekend'),
    since: z
      .string({ error: 'Vul een datum in als JJJJ-MM-DD.' })
      .trim()
      .nullable()
      .default(null)
      .describe('Sinds wanneer (JJJJ-MM-DD); leeg of null: niet vermeld'),
    evidence: z
      .string({ error: 'De toelichting moet tekst zijn.' })
      .trim()
      .max(EVIDENCE_MAX, `De toelichting is te lang (hoogstens ${EVIDENCE_MAX} tekens).`)
      .refine((text) => !CONTROL.test(text), 'De toelichting bevat een onzichtbaar stuurteken (zoals een NUL-teken). Haal het weg of typ de tekst opnieuw.')
      .nullable()
      .default(null)
      .describe(`Waaruit het blijkt (hoogstens ${EVIDENCE_MAX} tekens); leeg of null: geen toelichting`),
  })
  .strict();
export type ItemInput = z.output<typeof itemBody>;

export const ITEM_FIELDS = ['status', 'since', 'evidence'] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

/** What is wrong with a field, as a code: the server says it in Dutch, the page in its language. */
export type ItemProblem =
  | 'missing'
  | 'invalid'
  | 'future'
  | 'too-early'
  | 'not-allowed'
  | 'too-long'
  | 'control'
  | 'af-missing';

export const PROBLEM_MESSAGES: Record<ItemField, Partial<Record<ItemProblem, string>>> = {
  status: {
    missing: 'Kies een status: voldaan, deels, niet voldaan of onbekend.',
    'af-missing': 'Er is nog geen aandachtsfunctionaris vastgelegd. Leg eerst onder "Aandachtsfunctionaris" vast wie het is; kies tot dan "niet voldaan" of "onbekend".',
  },
  since: {
    missing: 'Vul in sinds wanneer dit zo is (JJJJ-MM-DD).',
    invalid: 'Dit is geen geldige datum. Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.',
    future: 'De datum ligt in de toekomst. Vul de datum in waarop het al zo was.',
    'too-early': 'De datum ligt vóór 2000. Controleer het jaartal.',
    'not-allowed': 'Bij "onbekend" hoort geen datum. Maak het veld leeg of kies een andere status.',
  },
  evidence: {
    missing: 'Beschrijf kort waaruit dit blijkt, bijvoorbeeld een besluit, een overleg of een lijst van getrainde medewerkers.',
    'too-long': `De toelichting is te lang (hoogstens ${EVIDENCE_MAX} tekens).`,
    control: 'De toelichting bevat een onzichtbaar stuurteken (zoals een NUL-teken). Haal het weg of typ de tekst opnieuw.',
  },
};

/** What the rules need to know beyond the input. */
export interface RuleFacts {
  /** Today's date in the Netherlands (YYYY-MM-DD). */
  today: string;
  /** The point's figure of its own, when it has one. */
  derived: DerivedKind | undefined;
  /** Whether the AF is recorded (the AF contact); only for the point derived from it. */
  afRecorded: boolean;
}

const isCalendarDate = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/**
 * The rules of a confirmation beyond its shape:
 * - "voldaan" needs a date and evidence; "deels" needs evidence (what is there and what is not);
 * - "onbekend" has no date (nobody knows since when something unknown is so);
 * - a date is a real calendar date, not in the future and not before 2000;
 * - the AF point cannot be (partly) met while no AF is recorded: appointed means recorded.
 * Empty texts count as absent.
 */
export function itemProblems(input: { status: Status; since: string | null; evidence: string | null }, facts: RuleFacts): Partial<Record<ItemField, ItemProblem>> {
  const problems: Partial<Record<ItemField, ItemProblem>> = {};
  const since = input.since?.trim() || null;
  const evidence = input.evidence?.trim() || null;
  if (facts.derived === 'af-contact' && !facts.afRecorded && (input.status === 'voldaan' || input.status === 'deels')) problems.status = 'af-missing';
  if (since !== null) {
    if (input.status === 'onbekend') problems.since = 'not-allowed';
    else if (!isCalendarDate(since)) problems.since = 'invalid';
    else if (since > facts.today) problems.since = 'future';
    else if (since < EARLIEST_SINCE) problems.since = 'too-early';
  } else if (input.status === 'voldaan') problems.since = 'missing';
  if (evidence === null && (input.status === 'voldaan' || input.status === 'deels')) problems.evidence = 'missing';
  return problems;
}

/** Text as typed in the form. */
export type ItemText = { status: string; since: string; evidence: string };

export type ItemCheck = { input: ItemInput; problems: null } | { input: null; problems: Partial<Record<ItemField, ItemProblem>> };

/** The typed form checked by the schema and the rules the server applies, or what is wrong per field. */
export function checkItem(text: ItemText, facts: RuleFacts): ItemCheck {
  const parsed = itemBody.safeParse({
    status: text.status,
    since: text.since.trim() === '' ? null : text.since,
    evidence: text.evidence.trim() === '' ? null : text.evidence,
  });
  const problems: Partial<Record<ItemField, ItemProblem>> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ItemField;
      const problem: ItemProblem =
        field === 'status' ? 'missing' : issue.code === 'too_big' ? 'too-long' : issue.code === 'custom' ? 'control' : 'invalid';
      problems[field] ??= problem;
    }
    return { input: null, problems };
  }
  const ruled = itemProblems(parsed.data, facts);
  if (Object.keys(ruled).length > 0) return { input: null, problems: ruled };
  return { input: normalise(parsed.data), problems: null };
}

/** Empty texts as null: what is stored. */
export function normalise(input: ItemInput): ItemInput {
  return { status: input.status, since: input.since?.trim() || null, evidence: input.evidence?.trim() || null };
}

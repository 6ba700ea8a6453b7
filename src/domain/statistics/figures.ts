import { EXPLOITATION_FORMS } from '../knowledge/schema';
import { dutchDate } from '../time/dutch-calendar';
import { ALL, figureId, suppressTables, withTotals, type CountTable, type PublishedTable } from './count-tables';
import { leadTimes, type LeadTime, type StepMoments } from './lead-times';
import { periodOfDate, periodsBetween, type Granularity } from './periods';
import { SUPPRESSION_THRESHOLD, type Equation } from './suppression';

/**
 * The management information of seed 002 and issue 11, computed from the signals' append-only
 * history (docs/decisions/0021-management-information.md). Pure: the server reads the rows, this
 * counts them.
 */

/** A signal as the figures need it: when it came in, its categories, and its history. */
export interface SignalFacts {
  municipality: string;
  receivedAt: Date;
  forms: readonly string[];
  sector: string | null;
  riskGroups: readonly string[];
  /** The history, oldest first; `data` holds ids and categories, never free text. */
  events: ReadonlyArray<{ at: Date; kind: string; data: Record<string, unknown> }>;
}

/** A signal that retention deleted: only what the deletion log keeps. */
export interface DeletedSignalFacts {
  municipality: string;
  receivedAt: Date;
  handedOver: boolean;
}

export interface FigureRange {
  from: string;
  to: string;
  granularity: Granularity;
}

/** The tables, in the order the dashboard shows them. */
export const TABLES = ['signals', 'forms', 'sector', 'riskGroups', 'routeOutcome', 'partner', 'notPassedOn', 'feedback'] as const;
export type TableId = (typeof TABLES)[number];

/** Row keys with a fixed meaning in every table. */
export const NONE = 'none';
export const DELETED = 'deleted';

export const NOT_PASSED_ON_REASONS = ['decided', 'not-recorded', 'in-progress', DELETED] as const;
export const FEEDBACK_STATUSES = ['on-time', 'late', 'waiting', 'overdue'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export interface Figures {
  tables: PublishedTable[];
  leadTimes: LeadTime[];
}

const FORM_ORDER: readonly string[] = [...EXPLOITATION_FORMS, 'unknown'];

/**
 * The Dutch calendar date of a moment, looked up once per hour: the Netherlands is a whole number
 * of hours from UTC, so every moment of one UTC hour has the same Dutch date. A hundred thousand
 * signals need a few thousand look-ups instead of a hundred thousand.
 */
function dutchDays(): (at: Date) => string {
  const cache = new Map<number, string>();
  return (at) => {
    const hour = Math.floor(at.getTime() / 3_600_000);
    let date = cache.get(hour);
    if (date === undefined) cache.set(hour, (date = dutchDate(at)));
    return date;
  };
}

/** The signals and deleted signals received in the range, each with its period. */
function received(input: CountInput) {
  const day = dutchDays();
  const inRange = (at: Date) => {
    const date = day(at);
    return date >= input.from && date <= input.to;
  };
  return {
    signals: input.signals.filter((s) => inRange(s.receivedAt)),
    deleted: input.deleted.filter((d) => inRange(d.receivedAt)),
    periodOf: (at: Date) => periodOfDate(day(at), input.granularity),
  };
}

const firstOf = (s: SignalFacts, kind: string, after?: Date | null) => s.events.find((e) => e.kind === kind && (!after || e.at >= after))?.at ?? null;
const handoverEvents = (s: SignalFacts) => s.events.filter((e) => e.kind === 'overdracht');

function stepMoments(s: SignalFacts): StepMoments {
  const handedOver = firstOf(s, 'overdracht');
  const feedback = firstOf(s, 'terugkoppeling-ontvangen', handedOver);
  return { received: s.receivedAt, recorded: firstOf(s, 'vastleggen'), handedOver, feedback, reporterInformed: firstOf(s, 'melder-informeren', feedback) };
}

/** The categories a signal counts under in each table (several for forms, risk groups and partners). */
function categories(s: SignalFacts): Record<Exclude<TableId, 'signals' | 'feedback'>, string[]> {
  const route = s.events.filter((e) => e.kind === 'route-gekozen').at(-1);
  const partners = [...new Set(handoverEvents(s).map((e) => String(e.data.partnerId)))];
  const notPassedOn = partners.length
    ? []
    : [s.events.some((e) => e.kind === 'niet-doorzetten') ? 'decided' : s.events.some((e) => e.kind === 'vastleggen') ? 'in-progress' : 'not-recorded'];
  return {
    forms: [...new Set(s.forms)],
    sector: [s.sector ?? NONE],
    riskGroups: s.riskGroups.length ? [...new Set(s.riskGroups)] : [NONE],
    routeOutcome: [route ? `${String(route.data.mapId)}/${String(route.data.outcomeId)}` : NONE],
    partner: partners.length ? partners : [NONE],
    notPassedOn,
  };
}

const deletedCategories = (d: DeletedSignalFacts) => ({
  forms: [DELETED],
  sector: [DELETED],
  riskGroups: [DELETED],
  routeOutcome: [DELETED],
  // A deleted signal that was never handed over was decided not to pass on (it can only have been
  // closed that way); one handed over went to a partner the log does not name.
  partner: [d.handedOver ? DELETED : NONE],
  notPassedOn: d.handedOver ? [] : [DELETED],
});

const MULTI_VALUED: ReadonlySet<TableId> = new Set(['forms', 'riskGroups', 'partner']);

/** Rows in a fixed order where the categories have one (forms, reasons), then by size; none and deleted last. */
function rowOrder(table: TableId, counts: Map<string, number[]>): string[] {
  const fixed: readonly string[] = table === 'forms' ? FORM_ORDER : table === 'notPassedOn' ? NOT_PASSED_ON_REASONS : [];
  const total = (key: string) => counts.get(key)!.reduce((a, b) => a + b, 0);
  const rank = (key: string) => (key === NONE ? 2 : key === DELETED ? 3 : fixed.includes(key) ? 0 : 1);
  return [...counts.keys()].sort((a, b) => rank(a) - rank(b) || fixed.indexOf(a) - fixed.indexOf(b) || total(b) - total(a) || a.localeCompare(b));
}

export interface CountInput extends FigureRange {
  signals: readonly SignalFacts[];
  deleted: readonly DeletedSignalFacts[];
  /** The municipalities counted, in the order shown (one for a municipality's own figures). */
  municipalities: readonly string[];
  /** The dimension tables' columns: the periods (one municipality) or the municipalities (a region). */
  columns: 'period' | 'municipality';
  now: Date;
}

/** Every count table of the figures: signals per municipality and period, then each dimension per column, then feedback per partner. */
export function countTables(input: CountInput): CountTable[] {
  const periods = periodsBetween(input.from, input.to, input.granularity);
  const { signals, deleted, periodOf } = received(input);
  const columns = input.columns === 'period' ? periods : [...input.municipalities];
  const columnOf = (s: { receivedAt: Date; municipality: string }) => (input.columns === 'period' ? periodOf(s.receivedAt) : s.municipality);

  const perPeriod = new Map(input.municipalities.map((m) => [m, periods.map(() => 0)]));
  for (const s of [...signals, ...deleted]) perPeriod.get(s.municipality)![periods.indexOf(periodOf(s.receivedAt))]!++;
  const tables: CountTable[] = [{ id: 'signals', columns: periods, rows: [...perPeriod].map(([key, values]) => ({ key, values })), additiveColumns: true }];

  const dimensions = ['forms', 'sector', 'riskGroups', 'routeOutcome', 'partner', 'notPassedOn'] as const;
  const counts = new Map(dimensions.map((d) => [d, new Map<string, number[]>()]));
  const add = (table: TableId, key: string, column: string) => {
    const rows = counts.get(table as (typeof dimensions)[number])!;
    if (!rows.has(key)) rows.set(key, columns.map(() => 0));
    rows.get(key)![columns.indexOf(column)]!++;
  };
  for (const s of signals) {
    const of = categories(s);
    for (const d of dimensions) for (const key of of[d]) add(d, key, columnOf(s));
  }
  for (const s of deleted) {
    const of = deletedCategories(s);
    for (const d of dimensions) for (const key of of[d]) add(d, key, columnOf(s));
  }
  // Rows that other tables' figures name exist even when empty; so do the reasons (a fixed list:
  // an empty table would publish a zero).
  const ensure = (d: (typeof dimensions)[number], key: string) => counts.get(d)!.has(key) || counts.get(d)!.set(key, columns.map(() => 0));
  for (const reason of NOT_PASSED_ON_REASONS) if (reason !== DELETED || deleted.length) ensure('notPassedOn', reason);
  if (deleted.length) ensure('partner', DELETED);
  ensure('partner', NONE);
  for (const d of dimensions) {
    const rows = counts.get(d)!;
    tables.push({ id: d, columns, rows: rowOrder(d, rows).map((key) => ({ key, values: rows.get(key)! })), additiveColumns: !MULTI_VALUED.has(d) });
  }
  tables.push(feedbackTable(signals, input.now));
  return tables;
}

/** The handovers of these signals per partner: answered in time, late, still within the term, overdue now. */
function feedbackTable(signals: readonly SignalFacts[], now: Date): CountTable {
  const rows = new Map<string, number[]>();
  for (const s of signals) {
    const answers = new Map(s.events.filter((e) => e.kind === 'terugkoppeling-ontvangen').map((e) => [String(e.data.handoverId), e.at]));
    for (const h of handoverEvents(s)) {
      const partner = String(h.data.partnerId);
      const dueAt = new Date(String(h.data.dueAt));
      const answeredAt = answers.get(String(h.data.handoverId));
      const status: FeedbackStatus = answeredAt ? (answeredAt <= dueAt ? 'on-time' : 'late') : dueAt >= now ? 'waiting' : 'overdue';
      if (!rows.has(partner)) rows.set(partner, FEEDBACK_STATUSES.map(() => 0));
      rows.get(partner)![FEEDBACK_STATUSES.indexOf(status)]!++;
    }
  }
  const overdue = (key: string) => rows.get(key)![3]!;
  const keys = [...rows.keys()].sort((a, b) => overdue(b) - overdue(a) || a.localeCompare(b));
  return { id: 'feedback', columns: [...FEEDBACK_STATUSES], rows: keys.map((key) => ({ key, values: rows.get(key)! })), additiveColumns: true };
}

/**
 * Where the same number of signals appears in more than one table, one figure: a dimension whose
 * columns add up counts the same signals per column as the period table; every dimension's row of
 * deleted signals is the same count; the reasons for not passing on add up to the signals no
 * partner received.
 */
function sharedFigures(input: CountInput, tables: readonly CountTable[]) {
  const single = input.municipalities.length === 1 ? input.municipalities[0]! : null;
  const signalsIn = (column: string) => {
    if (input.columns === 'period') return figureId('signals', single ?? ALL, column);
    return figureId('signals', column === ALL ? (single ?? ALL) : column, ALL);
  };
  const alias = (id: string) => {
    const [table, row, column] = id.split('|') as [TableId, string, string];
    if (row === ALL && (table === 'sector' || table === 'routeOutcome')) return signalsIn(column);
    if (row === DELETED && (table === 'forms' || table === 'sector' || table === 'riskGroups' || table === 'routeOutcome')) return `deleted|${column}`;
    if (row === ALL && table === 'notPassedOn') return figureId('partner', NONE, column);
    return id;
  };
  const columns = tables.find((t) => t.id === 'partner')!.columns;
  const hasDeleted = tables.some((t) => t.id === 'partner' && t.rows.some((r) => r.key === DELETED));
  // Deleted signals = those deleted after a handover + those deleted without one.
  const equations: Equation[] = hasDeleted
    ? [...columns, ALL].map((c) => ({ total: `deleted|${c}`, parts: [figureId('partner', DELETED, c), figureId('notPassedOn', DELETED, c)] }))
    : [];
  return { alias, equations };
}

/** The municipality's own figures, as its AF and beheerder see them: nothing hidden. */
export function municipalFigures(input: CountInput): Figures {
  const { signals } = received(input);
  return { tables: countTables(input).map(withTotals), leadTimes: leadTimes(signals.map(stepMoments)) };
}

/**
 * Figures that leave a municipality (the regional view, every export): small numbers hidden with
 * whatever would give them away, across all tables at once; lead times only where at least as many
 * signals took the step as the threshold, and without the count (it would be one more sum).
 */
export function publishedFigures(input: CountInput): Figures {
  const tables = countTables(input);
  const { signals } = received(input);
  return {
    tables: suppressTables(tables, sharedFigures(input, tables)),
    leadTimes: leadTimes(signals.map(stepMoments), SUPPRESSION_THRESHOLD).map((l) => ({ ...l, count: null })),
  };
}

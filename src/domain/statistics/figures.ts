import { EXPLOITATION_FORMS } from '../knowledge/schema';
import { ALL, figureId, suppressTables, withTotals, type CountTable, type PublishedTable } from './count-tables';
import { leadTimes, type LeadTime, type StepDurations } from './lead-times';
import { periodsBetween, type Granularity } from './periods';
import { SUPPRESSION_THRESHOLD, type Equation } from './suppression';

/**
 * The management information of seed 002 and issue 11, counted from the signals' append-only
 * history (docs/decisions/0021-management-information.md, 0025-figures-counted-in-groups.md). Pure:
 * the database extracts each signal's facts from its history and groups the signals that share
 * every category; this decides what each group counts under and counts it.
 */

/** Signals of one municipality and period that agree on every fact the figures count, and how many there are. */
export interface SignalGroup {
  municipality: string;
  /** The period of the Dutch calendar day it was received (periods.ts). */
  period: string;
  forms: readonly string[];
  sector: string | null;
  riskGroups: readonly string[];
  /** The outcome of the last route chosen, `mapId/outcomeId`; null when no route was chosen. */
  route: string | null;
  /** Every partner it was handed over to. */
  partners: readonly string[];
  recorded: boolean;
  /** The AF decided not to pass it on (`niet-doorzetten`). */
  decided: boolean;
  count: number;
}

/** Signals that retention deleted, as the deletion log keeps them: when received, and whether they had been handed over. */
export interface DeletedGroup {
  municipality: string;
  period: string;
  handedOver: boolean;
  count: number;
}

/** Handovers to one partner that share their feedback facts, as of the moment the figures are asked for. */
export interface HandoverGroup {
  partner: string;
  answered: boolean;
  /** Answered on or before the date asked for. */
  answeredInTime: boolean;
  /** The date asked for has not passed yet. */
  dueAhead: boolean;
  count: number;
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

/** The categories a signal counts under in each table (several for forms, risk groups and partners). */
function categories(s: SignalGroup): Record<Exclude<TableId, 'signals' | 'feedback'>, string[]> {
  const notPassedOn = s.partners.length ? [] : [s.decided ? 'decided' : s.recorded ? 'in-progress' : 'not-recorded'];
  return {
    forms: [...new Set(s.forms)],
    sector: [s.sector ?? NONE],
    riskGroups: s.riskGroups.length ? [...new Set(s.riskGroups)] : [NONE],
    routeOutcome: [s.route ?? NONE],
    partner: s.partners.length ? [...new Set(s.partners)] : [NONE],
    notPassedOn,
  };
}

const deletedCategories = (d: DeletedGroup) => ({
  forms: [DELETED],
  sector: [DELETED],
  riskGroups: [DELETED],
  routeOutcome: [DELETED],
  // A deleted signal that was never handed over was decided not to pass on (it can only have been
  // closed that way); one handed over went to a partner the log does not name.
  partner: [d.handedOver ? DELETED : NONE],
  notPassedOn: d.handedOver ? [] : [DELETED],
});

/** What the partner's answer to a handover counts as. */
export function feedbackStatus(h: Pick<HandoverGroup, 'answered' | 'answeredInTime' | 'dueAhead'>): FeedbackStatus {
  if (h.answered) return h.answeredInTime ? 'on-time' : 'late';
  return h.dueAhead ? 'waiting' : 'overdue';
}

const MULTI_VALUED: ReadonlySet<TableId> = new Set(['forms', 'riskGroups', 'partner']);

/** Rows in a fixed order where the categories have one (forms, reasons), then by size; none and deleted last. */
function rowOrder(table: TableId, counts: Map<string, number[]>): string[] {
  const fixed: readonly string[] = table === 'forms' ? FORM_ORDER : table === 'notPassedOn' ? NOT_PASSED_ON_REASONS : [];
  const total = (key: string) => counts.get(key)!.reduce((a, b) => a + b, 0);
  const rank = (key: string) => (key === NONE ? 2 : key === DELETED ? 3 : fixed.includes(key) ? 0 : 1);
  return [...counts.keys()].sort((a, b) => rank(a) - rank(b) || fixed.indexOf(a) - fixed.indexOf(b) || total(b) - total(a) || a.localeCompare(b));
}

export interface CountInput extends FigureRange {
  groups: readonly SignalGroup[];
  deleted: readonly DeletedGroup[];
  handovers: readonly HandoverGroup[];
  /** Per step of seed 004's chain, the days each signal received in the range took over it. */
  durations: StepDurations;
  /** The municipalities counted, in the order shown (one for a municipality's own figures). */
  municipalities: readonly string[];
  /** The dimension tables' columns: the periods (one municipality) or the municipalities (a region). */
  columns: 'period' | 'municipality';
}

/** Every count table of the figures: signals per municipality and period, then each dimension per column, then feedback per partner. */
export function countTables(input: CountInput): CountTable[] {
  const periods = periodsBetween(input.from, input.to, input.granularity);
  const columns = input.columns === 'period' ? periods : [...input.municipalities];
  const columnOf = (g: { period: string; municipality: string }) => columns.indexOf(input.columns === 'period' ? g.period : g.municipality);

  const perPeriod = new Map(input.municipalities.map((m) => [m, periods.map(() => 0)]));
  for (const g of [...input.groups, ...input.deleted]) perPeriod.get(g.municipality)![periods.indexOf(g.period)]! += g.count;
  const tables: CountTable[] = [{ id: 'signals', columns: periods, rows: [...perPeriod].map(([key, values]) => ({ key, values })), additiveColumns: true }];

  const dimensions = ['forms', 'sector', 'riskGroups', 'routeOutcome', 'partner', 'notPassedOn'] as const;
  const counts = new Map(dimensions.map((d) => [d, new Map<string, number[]>()]));
  const add = (table: (typeof dimensions)[number], key: string, column: number, count: number) => {
    const rows = counts.get(table)!;
    if (!rows.has(key)) rows.set(key, columns.map(() => 0));
    rows.get(key)![column]! += count;
  };
  for (const g of input.groups) {
    const of = categories(g);
    for (const d of dimensions) for (const key of of[d]) add(d, key, columnOf(g), g.count);
  }
  for (const g of input.deleted) {
    const of = deletedCategories(g);
    for (const d of dimensions) for (const key of of[d]) add(d, key, columnOf(g), g.count);
  }
  // Rows that other tables' figures name exist even when empty; so do the reasons (a fixed list:
  // an empty table would publish a zero).
  const hasDeleted = input.deleted.some((g) => g.count > 0);
  const ensure = (d: (typeof dimensions)[number], key: string) => counts.get(d)!.has(key) || counts.get(d)!.set(key, columns.map(() => 0));
  for (const reason of NOT_PASSED_ON_REASONS) if (reason !== DELETED || hasDeleted) ensure('notPassedOn', reason);
  if (hasDeleted) ensure('partner', DELETED);
  ensure('partner', NONE);
  for (const d of dimensions) {
    const rows = counts.get(d)!;
    tables.push({ id: d, columns, rows: rowOrder(d, rows).map((key) => ({ key, values: rows.get(key)! })), additiveColumns: !MULTI_VALUED.has(d) });
  }
  tables.push(feedbackTable(input.handovers));
  return tables;
}

/** The handovers of these signals per partner: answered in time, late, still within the term, overdue now. */
function feedbackTable(handovers: readonly HandoverGroup[]): CountTable {
  const rows = new Map<string, number[]>();
  for (const h of handovers) {
    if (!rows.has(h.partner)) rows.set(h.partner, FEEDBACK_STATUSES.map(() => 0));
    rows.get(h.partner)![FEEDBACK_STATUSES.indexOf(feedbackStatus(h))]! += h.count;
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
  return { tables: countTables(input).map(withTotals), leadTimes: leadTimes(input.durations) };
}

/**
 * Figures that leave a municipality (the regional view, every export): small numbers hidden with
 * whatever would give them away, across all tables at once; lead times only where at least as many
 * signals took the step as the threshold, and without the count (it would be one more sum).
 */
export function publishedFigures(input: CountInput): Figures {
  const tables = countTables(input);
  return {
    tables: suppressTables(tables, sharedFigures(input, tables)),
    leadTimes: leadTimes(input.durations, SUPPRESSION_THRESHOLD).map((l) => ({ ...l, count: null })),
  };
}

import { stringify } from 'csv-stringify/sync';
import type { Language } from '../../domain/content/localized';
import type { LeadTimeStep, Statistics } from '../../domain/statistics';

const WORDS = {
  nl: { total: 'Totaal', leadTimes: 'Doorlooptijd in dagen', median: 'mediaan', p90: '90e percentiel', hidden: 'verborgen', yes: 'ja' },
  en: { total: 'Total', leadTimes: 'Lead time in days', median: 'median', p90: '90th percentile', hidden: 'hidden', yes: 'yes' },
} as const;

const TABLE_NAMES: Record<Language, Record<Statistics['tables'][number]['id'], string>> = {
  nl: {
    signals: 'Signalen per periode',
    forms: 'Vorm van uitbuiting',
    sector: 'Sector',
    riskGroups: 'Risicogroep',
    routeOutcome: 'Uitkomst van de route',
    partner: 'Doorgezet naar partner',
    notPassedOn: 'Niet doorgezet, en waarom',
    feedback: 'Terugkoppeling per partner (overdrachten)',
  },
  en: {
    signals: 'Signals per period',
    forms: 'Form of exploitation',
    sector: 'Sector',
    riskGroups: 'Risk group',
    routeOutcome: 'Route outcome',
    partner: 'Passed on to partner',
    notPassedOn: 'Not passed on, and why',
    feedback: 'Feedback per partner (handovers)',
  },
};

const STEP_NAMES: Record<Language, Record<LeadTimeStep, string>> = {
  nl: {
    recorded: 'Ontvangen → vastgelegd',
    'handed-over': 'Vastgelegd → doorgezet',
    feedback: 'Doorgezet → terugkoppeling partner',
    'reporter-informed': 'Terugkoppeling → melder geïnformeerd',
    whole: 'Ontvangen → melder geïnformeerd',
  },
  en: {
    recorded: 'Received → recorded',
    'handed-over': 'Recorded → handed over',
    feedback: 'Handed over → partner feedback',
    'reporter-informed': 'Feedback → reporter informed',
    whole: 'Received → reporter informed',
  },
};

/**
 * The figures as one long CSV (table, row, column, value), the form spreadsheets pivot most easily.
 * A hidden figure has no value and says so in its own column, so nobody reads an empty cell as 0.
 */
export function statisticsCsv(statistics: Statistics, lang: Language): string {
  const words = WORDS[lang];
  const lines: Array<[string, string, string, number | string, string]> = [];
  const cell = (table: string, row: string, column: string, value: number | null) => lines.push([table, row, column, value ?? '', value === null ? words.yes : '']);
  for (const t of statistics.tables) {
    const name = TABLE_NAMES[lang][t.id];
    for (const row of t.rows) {
      row.values.forEach((v, c) => cell(name, row.label, t.columns[c]!.label, v));
      cell(name, row.label, words.total, row.total);
    }
    if (t.totals) {
      t.totals.forEach((v, c) => cell(name, words.total, t.columns[c]!.label, v));
      cell(name, words.total, words.total, t.total);
    }
  }
  for (const l of statistics.leadTimes) {
    cell(words.leadTimes, STEP_NAMES[lang][l.step], words.median, l.medianDays);
    cell(words.leadTimes, STEP_NAMES[lang][l.step], words.p90, l.p90Days);
  }
  const header = lang === 'nl' ? ['tabel', 'rij', 'kolom', 'waarde', words.hidden] : ['table', 'row', 'column', 'value', words.hidden];
  // A cell starting with = + - @ gets a leading ' so a spreadsheet never runs it as a formula (names come from content).
  return stringify(lines, { header: true, columns: header, escape_formulas: true });
}

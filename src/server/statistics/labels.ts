import type { Content } from '../../domain/content/content';
import type { Language } from '../../domain/content/localized';
import { DELETED, NONE, type Granularity, type PublishedTable, type StatisticsTable, type TableId } from '../../domain/statistics';

type Words = Record<string, string>;

/** Names of the rows and columns with a fixed meaning; the rest come from the content. */
const WORDS: Record<Language, Words> = {
  nl: {
    [NONE]: 'Niet opgegeven',
    [DELETED]: 'Verwijderd na de bewaartermijn (categorie onbekend)',
    'partner:none': 'Niet doorgezet',
    'partner:deleted': 'Verwijderd na de bewaartermijn (partner onbekend)',
    'routeOutcome:none': 'Geen route gekozen',
    'notPassedOn:deleted': 'Verwijderd na de bewaartermijn (besloten niet door te zetten)',
    unknown: 'Onbekend',
    decided: 'Besloten niet door te zetten (reden in het dossier)',
    'not-recorded': 'Nog niet vastgelegd',
    'in-progress': 'Vastgelegd, nog geen besluit',
    'on-time': 'Op tijd teruggekoppeld',
    late: 'Te laat teruggekoppeld',
    waiting: 'Wacht, termijn loopt nog',
    overdue: 'Termijn verstreken, geen terugkoppeling',
  },
  en: {
    [NONE]: 'Not given',
    [DELETED]: 'Deleted after the retention term (category unknown)',
    'partner:none': 'Not passed on',
    'partner:deleted': 'Deleted after the retention term (partner unknown)',
    'routeOutcome:none': 'No route chosen',
    'notPassedOn:deleted': 'Deleted after the retention term (decided not to pass on)',
    unknown: 'Unknown',
    decided: 'Decided not to pass on (reason in the case file)',
    'not-recorded': 'Not yet recorded',
    'in-progress': 'Recorded, no decision yet',
    'on-time': 'Feedback in time',
    late: 'Feedback late',
    waiting: 'Waiting, term still running',
    overdue: 'Term passed, no feedback',
  },
};

export function periodLabel(period: string, granularity: Granularity, lang: Language): string {
  const [year, part] = period.split(/-Q?/) as [string, string];
  if (granularity === 'quarter') return `${lang === 'nl' ? 'K' : 'Q'}${part} ${year}`;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`));
}

/** The labels of a table's rows and columns, in the user's language. */
export function labelTables(
  tables: readonly PublishedTable[],
  options: { content: Content; lang: Language; region: string; granularity: Granularity; columns: 'period' | 'municipality' },
): StatisticsTable[] {
  const { content, lang } = options;
  const words = WORDS[lang];
  const knowledge = content.knowledge(lang);
  const municipality = (code: string) => content.municipality(code)?.name ?? code;
  const period = (p: string) => periodLabel(p, options.granularity, lang);
  const names: Partial<Record<TableId, Map<string, string>>> = {
    forms: new Map(knowledge.forms.map((f) => [f.id as string, f.name])),
    sector: new Map(knowledge.sectors.map((s) => [s.id, s.name])),
    riskGroups: new Map(knowledge.riskGroups.map((r) => [r.id, r.name])),
    partner: new Map(content.partners(options.region, lang).map((p) => [p.id, p.name])),
    feedback: new Map(content.partners(options.region, lang).map((p) => [p.id, p.name])),
  };
  const outcome = (key: string) => {
    const [mapId, outcomeId] = key.split('/') as [string, string];
    const map = content.routemap(mapId, lang);
    const node = map?.nodes[outcomeId];
    return map && node?.type === 'outcome' ? `${map.title}: ${node.title}` : key;
  };
  const rowLabel = (table: TableId, key: string) => {
    if (table === 'signals') return municipality(key);
    if (table === 'routeOutcome' && key !== NONE && key !== DELETED) return outcome(key);
    return words[`${table}:${key}`] ?? names[table]?.get(key) ?? words[key] ?? key;
  };
  const columnLabel = (table: TableId, key: string) => {
    if (table === 'signals') return period(key);
    if (table === 'feedback') return words[key] ?? key;
    return options.columns === 'period' ? period(key) : municipality(key);
  };
  return tables.map((t) => {
    const id = t.id as TableId;
    return {
      ...t,
      id,
      columns: t.columns.map((key) => ({ key, label: columnLabel(id, key) })),
      rows: t.rows.map((r) => ({ ...r, label: rowLabel(id, r.key) })),
    };
  });
}


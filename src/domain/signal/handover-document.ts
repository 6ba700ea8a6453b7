import type { KnowledgeView } from '../content/content';
import { DEFAULT_FEEDBACK_DAYS, type HandoverContent } from './handover';
import { formatAddress } from './normalize';
import type { Person } from './schema';

/**
 * The document a partner receives, as a structure: title, facts, sections of labelled rows, and a
 * notice. It is built here once, from the HandoverContent (src/domain/signal/handover.ts), and
 * only rendered elsewhere: the server turns it into the e-mail text and the printable page
 * (src/server/handovers/render-handover.ts), the browser into the AF's preview
 * (src/web/pages/signals/case/handover-preview.tsx). So the preview is exactly what the partner
 * gets. Always Dutch, whatever the UI language. Pure: no clock, no IO; the moments are arguments.
 * Only the parts present in the content appear; the content never holds the reporter.
 */

export interface HandoverRow {
  label: string;
  /** May span several lines (the description). */
  value: string;
}

export interface HandoverSection {
  heading: string;
  rows: HandoverRow[];
}

export interface HandoverDocument {
  title: string;
  facts: HandoverRow[];
  sections: HandoverSection[];
  notice: string;
}

/** Dutch names for the ids in a submission (forms, ticked signals, sectors). */
export interface HandoverLabels {
  form(id: string): string;
  signal(id: string): string;
  sector(id: string): string;
}

/** The Dutch knowledge lists the labels come from: `Content.knowledge('nl')`, or `GET /api/v1/knowledge` in Dutch. */
export type HandoverKnowledge = Pick<KnowledgeView, 'forms' | 'sectors'>;

/** Labels from the Dutch knowledge; an id without a name (or no knowledge yet) stands for itself. */
export function handoverLabels(knowledge: HandoverKnowledge | null | undefined): HandoverLabels {
  const forms = new Map<string, string>(knowledge?.forms.map((f) => [f.id, f.name]));
  const signals = new Map(knowledge?.forms.flatMap((f) => f.signals.map((s) => [s.id, s.text] as const)));
  const sectors = new Map(knowledge?.sectors.map((s) => [s.id, s.name]));
  forms.set('unknown', 'Weet ik niet');
  return {
    form: (id) => forms.get(id) ?? id,
    signal: (id) => signals.get(id) ?? id,
    sector: (id) => sectors.get(id) ?? id,
  };
}

const longDate = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });
const calendarDate = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** An instant as a Dutch date in Dutch time: "28 november 2026". */
export function dutchDate(at: Date): string {
  return longDate.format(at);
}

/** A calendar date (YYYY-MM-DD) in Dutch: "20 november 2026". */
export function dutchCalendarDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return calendarDate.format(new Date(Date.UTC(y, m - 1, d)));
}

const ROLE_LABELS: Record<Person['role'], string> = {
  'possible-victim': 'mogelijk slachtoffer',
  'possible-perpetrator': 'mogelijke dader',
  other: 'anders betrokken',
};
const AWARE_LABELS = { yes: 'ja', no: 'nee', unknown: 'onbekend' } as const;
const NONE = 'niet ingevuld';

/** The due date before the handover is made without a term of its own: the municipality's term applies. */
export const MUNICIPALITY_TERM = `de termijn van uw gemeente (standaard ${DEFAULT_FEEDBACK_DAYS} dagen)`;

function personRows(p: Person): HandoverRow[] {
  const rows: HandoverRow[] = [{ label: 'Rol', value: ROLE_LABELS[p.role] }];
  if (p.name) rows.push({ label: 'Naam', value: p.name });
  if (p.dateOfBirth) rows.push({ label: 'Geboortedatum', value: dutchCalendarDate(p.dateOfBirth) });
  if (p.estimatedAge !== undefined) rows.push({ label: 'Geschatte leeftijd', value: `${p.estimatedAge} jaar` });
  if (p.nationality) rows.push({ label: 'Nationaliteit', value: p.nationality });
  if (p.language) rows.push({ label: 'Taal', value: p.language });
  if (p.description) rows.push({ label: 'Beschrijving', value: p.description });
  return rows;
}

function listSection(heading: string, values: string[], label: (i: number) => string, empty: string): HandoverSection {
  return {
    heading,
    rows: values.length ? values.map((value, i) => ({ label: label(i + 1), value })) : [{ label: heading, value: empty }],
  };
}

function contentSections(content: HandoverContent, labels: HandoverLabels): HandoverSection[] {
  const sections: HandoverSection[] = [];
  if (content.forms) {
    const rows = [{ label: 'Vorm van uitbuiting', value: content.forms.map(labels.form).join(', ') }];
    if (content.observedSignals?.length) rows.push({ label: 'Waargenomen signalen', value: content.observedSignals.map((s) => `- ${labels.signal(s)}`).join('\n') });
    sections.push({ heading: 'Soort signaal', rows });
  }
  if (content.description !== undefined) sections.push({ heading: 'Wat is gezien', rows: [{ label: 'Beschrijving', value: content.description || NONE }] });
  if (content.observedOn !== undefined || content.location !== undefined) {
    sections.push({
      heading: 'Wanneer en waar',
      rows: [
        { label: 'Datum', value: content.observedOn ? dutchCalendarDate(content.observedOn) : NONE },
        { label: 'Plaats', value: content.location || NONE },
      ],
    });
  }
  if (content.persons) {
    if (content.persons.length === 0) sections.push({ heading: 'Personen', rows: [{ label: 'Personen', value: 'geen personen genoemd' }] });
    content.persons.forEach((p, i) => sections.push({ heading: `Persoon ${i + 1}`, rows: personRows(p) }));
  }
  if (content.organisations) {
    const names = content.organisations.map((o) => (o.kvkNumber ? `${o.name} (KVK ${o.kvkNumber})` : o.name));
    sections.push(listSection('Organisaties', names, (n) => `Organisatie ${n}`, 'geen organisaties genoemd'));
  }
  if (content.addresses) sections.push(listSection('Adressen', content.addresses.map(formatAddress), (n) => `Adres ${n}`, 'geen adressen genoemd'));
  const other: HandoverRow[] = [];
  if (content.sector !== undefined) other.push({ label: 'Sector', value: content.sector ? labels.sector(content.sector) : NONE });
  if (content.acuteDanger !== undefined) other.push({ label: 'Acuut gevaar gemeld', value: content.acuteDanger ? 'ja' : 'nee' });
  if (content.personAware !== undefined) other.push({ label: 'Betrokkene weet van het signaal', value: AWARE_LABELS[content.personAware] });
  if (other.length) sections.push({ heading: 'Overig', rows: other });
  return sections;
}

export interface HandoverMeta {
  /** The contact's Dutch name, which includes the partner's (e.g. "SHOP (…) – Zorgcoördinatie"). */
  contactName: string;
  sentAt: Date;
  /** Null only in a preview without a term of its own: the municipality's term will apply. */
  dueAt: Date | null;
}

/** The document a partner receives, from the handover content and where and when it goes. */
export function handoverDocument(content: HandoverContent, meta: HandoverMeta, labels: HandoverLabels): HandoverDocument {
  return {
    title: 'Overdracht van een signaal van mogelijke mensenhandel',
    facts: [
      { label: 'Kenmerk', value: content.reference },
      { label: 'Van', value: `Aandachtsfunctionaris mensenhandel, gemeente ${content.municipality}` },
      { label: 'Aan', value: meta.contactName },
      { label: 'Overgedragen op', value: dutchDate(meta.sentAt) },
      { label: 'Terugkoppeling gevraagd vóór', value: meta.dueAt ? dutchDate(meta.dueAt) : MUNICIPALITY_TERM },
    ],
    sections: contentSections(content, labels),
    notice:
      'Alleen de onderdelen die de aandachtsfunctionaris heeft aangevinkt, zijn meegestuurd. De naam van de melder wordt nooit gedeeld. Deze gegevens zijn vertrouwelijk: gebruik ze alleen voor de aanpak van dit signaal.',
  };
}

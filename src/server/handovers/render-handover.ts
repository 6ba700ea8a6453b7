import crypto from 'node:crypto';
import type { Content } from '../../domain/content/content';
import type { HandoverContent } from '../../domain/signal/handover';
import type { Address, Person } from '../../domain/signal/schema';

/**
 * One renderer for what a partner receives: the e-mail (plain text) and the printable page (HTML)
 * are both made from the same document, which is made from the same HandoverContent as the
 * preview. Only the parts present in the content appear; the content never holds the reporter.
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

/** Dutch names for the ids in a submission (forms, ticked signals, sectors), from the knowledge content. */
export interface HandoverLabels {
  form(id: string): string;
  signal(id: string): string;
  sector(id: string): string;
}

export function handoverLabels(content: Content): HandoverLabels {
  const knowledge = content.knowledge('nl');
  const forms = new Map<string, string>(knowledge.forms.map((f) => [f.id, f.name]));
  const signals = new Map(knowledge.forms.flatMap((f) => f.signals.map((s) => [s.id, s.text] as const)));
  const sectors = new Map(knowledge.sectors.map((s) => [s.id, s.name]));
  forms.set('unknown', 'Weet ik niet');
  return {
    form: (id) => forms.get(id) ?? id,
    signal: (id) => signals.get(id) ?? id,
    sector: (id) => sectors.get(id) ?? id,
  };
}

const ROLE_LABELS: Record<Person['role'], string> = {
  'possible-victim': 'mogelijk slachtoffer',
  'possible-perpetrator': 'mogelijke dader',
  other: 'anders betrokken',
};
const AWARE_LABELS = { yes: 'ja', no: 'nee', unknown: 'onbekend' } as const;

const longDate = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });
const calendarDate = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** An instant as a Dutch date in Dutch time: "28 november 2026". */
export function dutchDate(at: Date): string {
  return longDate.format(at);
}

/** A calendar date (YYYY-MM-DD) in Dutch: "20 november 2026". */
function dutchCalendarDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return calendarDate.format(new Date(Date.UTC(y, m - 1, d)));
}

function addressLine(a: Address): string {
  const street = [a.street, `${a.houseNumber}${a.addition ? ` ${a.addition}` : ''}`].filter(Boolean).join(' ');
  return [street, [a.postcode, a.place].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

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

export interface HandoverMeta {
  partnerName: string;
  /** The contact's name (partner and label). */
  contactName: string;
  sentAt: Date;
  dueAt: Date;
}

/** The document a partner receives, from the handover content and where and when it went. */
export function handoverDocument(content: HandoverContent, meta: HandoverMeta, labels: HandoverLabels): HandoverDocument {
  const sections: HandoverSection[] = [];
  const none = 'niet ingevuld';
  if (content.forms) {
    const rows = [{ label: 'Vorm van uitbuiting', value: content.forms.map(labels.form).join(', ') }];
    if (content.observedSignals?.length) rows.push({ label: 'Waargenomen signalen', value: content.observedSignals.map((s) => `- ${labels.signal(s)}`).join('\n') });
    sections.push({ heading: 'Soort signaal', rows });
  }
  if (content.description !== undefined) sections.push({ heading: 'Wat is gezien', rows: [{ label: 'Beschrijving', value: content.description || none }] });
  if (content.observedOn !== undefined || content.location !== undefined) {
    sections.push({
      heading: 'Wanneer en waar',
      rows: [
        { label: 'Datum', value: content.observedOn ? dutchCalendarDate(content.observedOn) : none },
        { label: 'Plaats', value: content.location || none },
      ],
    });
  }
  if (content.persons) {
    if (content.persons.length === 0) sections.push({ heading: 'Personen', rows: [{ label: 'Personen', value: 'geen personen genoemd' }] });
    content.persons.forEach((p, i) => sections.push({ heading: `Persoon ${i + 1}`, rows: personRows(p) }));
  }
  if (content.organisations) {
    sections.push({
      heading: 'Organisaties',
      rows: content.organisations.length
        ? content.organisations.map((o, i) => ({ label: `Organisatie ${i + 1}`, value: o.kvkNumber ? `${o.name} (KVK ${o.kvkNumber})` : o.name }))
        : [{ label: 'Organisaties', value: 'geen organisaties genoemd' }],
    });
  }
  if (content.addresses) {
    sections.push({
      heading: 'Adressen',
      rows: content.addresses.length
        ? content.addresses.map((a, i) => ({ label: `Adres ${i + 1}`, value: addressLine(a) }))
        : [{ label: 'Adressen', value: 'geen adressen genoemd' }],
    });
  }
  const other: HandoverRow[] = [];
  if (content.sector !== undefined) other.push({ label: 'Sector', value: content.sector ? labels.sector(content.sector) : none });
  if (content.acuteDanger !== undefined) other.push({ label: 'Acuut gevaar gemeld', value: content.acuteDanger ? 'ja' : 'nee' });
  if (content.personAware !== undefined) other.push({ label: 'Betrokkene weet van het signaal', value: AWARE_LABELS[content.personAware] });
  if (other.length) sections.push({ heading: 'Overig', rows: other });

  return {
    title: 'Overdracht van een signaal van mogelijke mensenhandel',
    facts: [
      { label: 'Kenmerk', value: content.reference },
      { label: 'Van', value: `Aandachtsfunctionaris mensenhandel, gemeente ${content.municipality}` },
      // The contact's name includes the partner's (e.g. "SHOP … – Zorgcoördinatie").
      { label: 'Aan', value: meta.contactName },
      { label: 'Overgedragen op', value: dutchDate(meta.sentAt) },
      { label: 'Terugkoppeling gevraagd vóór', value: dutchDate(meta.dueAt) },
    ],
    sections,
    notice:
      'Alleen de onderdelen die de aandachtsfunctionaris heeft aangevinkt, zijn meegestuurd. De naam van de melder wordt nooit gedeeld. Deze gegevens zijn vertrouwelijk: gebruik ze alleen voor de aanpak van dit signaal.',
  };
}

function textRow(row: HandoverRow): string {
  const [first, ...rest] = row.value.split('\n');
  return [`${row.label}: ${first}`, ...rest.map((line) => `  ${line}`)].join('\n');
}

/** Plain, readable Dutch text (the e-mail). */
export function renderHandoverText(doc: HandoverDocument): string {
  const underline = (s: string, c: string) => `${s}\n${c.repeat(s.length)}`;
  return [
    underline(doc.title, '='),
    doc.facts.map(textRow).join('\n'),
    ...doc.sections.map((s) => `${underline(s.heading, '-')}\n${s.rows.map(textRow).join('\n')}`),
    doc.notice,
  ].join('\n\n');
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const PRINT_CSS = `
  body { font-family: "Noto Sans", Arial, sans-serif; color: #000; margin: 2rem auto; max-width: 48rem; line-height: 1.45; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; border-bottom: 1px solid #000; }
  dl { display: grid; grid-template-columns: 16rem 1fr; gap: 0.25rem 1rem; margin: 0; }
  dt { font-weight: bold; }
  dd { margin: 0; white-space: pre-wrap; }
  .notice { margin-top: 2rem; border: 1px solid #000; padding: 0.75rem; }
  @page { size: A4; margin: 2cm; }
  @media print { body { margin: 0; max-width: none; font-size: 11pt; } h2 { break-after: avoid; } dl { break-inside: avoid; } }
`;

/** The inline style's hash, so the page's Content-Security-Policy allows exactly this style and nothing else. */
export const PRINT_STYLE_HASH = `'sha256-${crypto.createHash('sha256').update(PRINT_CSS, 'utf8').digest('base64')}'`;

/** The policy the print page is served with: no scripts, no requests, only its own style. */
export const PRINT_CSP = `default-src 'none'; style-src ${PRINT_STYLE_HASH}; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

function htmlRows(rows: HandoverRow[]): string {
  return `<dl>\n${rows.map((r) => `<dt>${escapeHtml(r.label)}</dt><dd>${escapeHtml(r.value)}</dd>`).join('\n')}\n</dl>`;
}

/** A self-contained printable page (no scripts, no external resources): print it or save it as PDF. */
export function renderHandoverHtml(doc: HandoverDocument): string {
  const reference = doc.facts.find((f) => f.label === 'Kenmerk')?.value ?? '';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${doc.title} ${reference}`)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(doc.title)}</h1>
${htmlRows(doc.facts)}
${doc.sections.map((s) => `<section>\n<h2>${escapeHtml(s.heading)}</h2>\n${htmlRows(s.rows)}\n</section>`).join('\n')}
<p class="notice">${escapeHtml(doc.notice)}</p>
</main>
</body>
</html>
`;
}

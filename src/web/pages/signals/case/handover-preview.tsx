import { Heading4, Paragraph } from '@utrecht/component-library-react';
import type { Address, HandoverContent, Person } from '../../../api/signal-types';
import { useDutchKnowledge } from '../../../components/signals/use-dutch-knowledge';
import { DocumentRows as Rows, type Row } from './document-rows';

interface Props {
  content: HandoverContent;
  partnerName: string;
  contactName: string;
  /** As typed; empty for the municipality's term. */
  dueDays: string;
}

// The preview is in Dutch whatever the UI language: it shows the handover as the partner reads
// it. Its layout follows the server's document (src/server/handovers/render-handover.ts), which
// makes the e-mail and the printable version from the same content; the content itself is the
// server's preview answer, so what is listed here is exactly what is sent.
const ROLE: Record<Person['role'], string> = { 'possible-victim': 'mogelijk slachtoffer', 'possible-perpetrator': 'mogelijke dader', other: 'anders betrokken' };
const AWARE = { yes: 'ja', no: 'nee', unknown: 'onbekend' } as const;
const NONE = 'niet ingevuld';
const longDate = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' });
const calendarDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d)));
};
const addressLine = (a: Address) =>
  [[a.street, `${a.houseNumber}${a.addition ? ` ${a.addition}` : ''}`].filter(Boolean).join(' '), [a.postcode, a.place].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/** Exactly what the partner will get, laid out as the e-mail and the printable version. */
export function HandoverPreview({ content, partnerName, contactName, dueDays }: Props) {
  const knowledge = useDutchKnowledge().data;
  const form = (id: string) => (id === 'unknown' ? 'Weet ik niet' : (knowledge?.forms.find((f) => f.id === id)?.name ?? id));
  const signal = (id: string) => knowledge?.forms.flatMap((f) => f.signals).find((s) => s.id === id)?.text ?? id;
  const sector = (id: string) => knowledge?.sectors.find((s) => s.id === id)?.name ?? id;
  const days = /^\d+$/.test(dueDays.trim()) ? Number(dueDays.trim()) : null;
  const today = new Date();

  const sections: { heading: string; rows: Row[] }[] = [];
  if (content.forms) {
    const rows: Row[] = [['Vorm van uitbuiting', content.forms.map(form).join(', ')]];
    if (content.observedSignals?.length) rows.push(['Waargenomen signalen', content.observedSignals.map((s) => `- ${signal(s)}`).join('\n')]);
    sections.push({ heading: 'Soort signaal', rows });
  }
  if (content.description !== undefined) sections.push({ heading: 'Wat is gezien', rows: [['Beschrijving', content.description || NONE]] });
  if (content.observedOn !== undefined || content.location !== undefined) {
    sections.push({
      heading: 'Wanneer en waar',
      rows: [
        ['Datum', content.observedOn ? calendarDate(content.observedOn) : NONE],
        ['Plaats', content.location || NONE],
      ],
    });
  }
  if (content.persons) {
    if (content.persons.length === 0) sections.push({ heading: 'Personen', rows: [['Personen', 'geen personen genoemd']] });
    content.persons.forEach((p, i) => {
      const rows: Row[] = [['Rol', ROLE[p.role]]];
      if (p.name) rows.push(['Naam', p.name]);
      if (p.dateOfBirth) rows.push(['Geboortedatum', calendarDate(p.dateOfBirth)]);
      if (p.estimatedAge !== undefined) rows.push(['Geschatte leeftijd', `${p.estimatedAge} jaar`]);
      if (p.nationality) rows.push(['Nationaliteit', p.nationality]);
      if (p.language) rows.push(['Taal', p.language]);
      if (p.description) rows.push(['Beschrijving', p.description]);
      sections.push({ heading: `Persoon ${i + 1}`, rows });
    });
  }
  if (content.organisations) {
    sections.push({
      heading: 'Organisaties',
      rows: content.organisations.length
        ? content.organisations.map((o, i): Row => [`Organisatie ${i + 1}`, o.kvkNumber ? `${o.name} (KVK ${o.kvkNumber})` : o.name])
        : [['Organisaties', 'geen organisaties genoemd']],
    });
  }
  if (content.addresses) {
    sections.push({
      heading: 'Adressen',
      rows: content.addresses.length ? content.addresses.map((a, i): Row => [`Adres ${i + 1}`, addressLine(a)]) : [['Adressen', 'geen adressen genoemd']],
    });
  }
  const other: Row[] = [];
  if (content.sector !== undefined) other.push(['Sector', content.sector ? sector(content.sector) : NONE]);
  if (content.acuteDanger !== undefined) other.push(['Acuut gevaar gemeld', content.acuteDanger ? 'ja' : 'nee']);
  if (content.personAware !== undefined) other.push(['Betrokkene weet van het signaal', AWARE[content.personAware]]);
  if (other.length) sections.push({ heading: 'Overig', rows: other });

  const facts: Row[] = [
    ['Kenmerk', content.reference],
    ['Van', `Aandachtsfunctionaris mensenhandel, gemeente ${content.municipality}`],
    ['Aan', contactName && contactName !== partnerName ? `${partnerName} (${contactName})` : partnerName],
    ['Overgedragen op', longDate.format(today)],
    ['Terugkoppeling gevraagd vóór', days ? longDate.format(new Date(today.getTime() + days * 86_400_000)) : 'de termijn van uw gemeente (standaard 14 dagen)'],
  ];

  return (
    <div className="sr-document" lang="nl">
      <Paragraph className="sr-document__title">Overdracht van een signaal van mogelijke mensenhandel</Paragraph>
      <Rows rows={facts} />
      {sections.map((section) => (
        <div key={section.heading} className="sr-document__section">
          <Heading4 className="sr-document__heading">{section.heading}</Heading4>
          <Rows rows={section.rows} />
        </div>
      ))}
      <Paragraph className="sr-document__notice">
        Alleen de onderdelen die de aandachtsfunctionaris heeft aangevinkt, zijn meegestuurd. De naam van de melder wordt nooit gedeeld. Deze gegevens zijn vertrouwelijk: gebruik ze
        alleen voor de aanpak van dit signaal.
      </Paragraph>
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import { HANDOVER_PARTS, handoverContent, type HandoverContent } from './handover';
import { dutchCalendarDate, dutchDate, handoverDocument, handoverLabels, MUNICIPALITY_TERM, type HandoverKnowledge } from './handover-document';
import type { SignalSubmission } from './schema';

const signal: SignalSubmission = {
  forms: ['labour', 'unknown'],
  observedSignals: ['paspoort-ingenomen', 'onbekend-signaal'],
  description: 'Een man aan de balie wist zijn eigen adres niet.\nZijn werkgever hield zijn paspoort.',
  observedOn: '2026-11-20',
  location: 'Stadhuis, balie 3',
  persons: [
    { role: 'possible-victim', name: 'Piotr K.', dateOfBirth: '1990-03-05', nationality: 'Pools', language: 'Pools', description: 'Draagt werkkleding' },
    { role: 'possible-perpetrator', estimatedAge: 45 },
  ],
  organisations: [{ name: 'Schoonmaakbedrijf Glans BV', kvkNumber: '12345678' }, { name: 'Uitzendbureau Snel' }],
  // As stored: normalised on submit (postcode without space, addition in capitals).
  addresses: [{ postcode: '2321AB', houseNumber: 12, addition: 'A', street: 'Waardweg', place: 'Leiden' }],
  sector: 'schoonmaak',
  acuteDanger: false,
  personAware: 'unknown',
  reporterPhone: '06-12345678',
};

const knowledge: HandoverKnowledge = {
  forms: [
    { id: 'labour', name: 'Arbeidsuitbuiting', definition: '', source: '', signals: [{ id: 'paspoort-ingenomen', text: 'Paspoort is ingenomen', source: '' }] },
    { id: 'sexual', name: 'Seksuele uitbuiting', definition: '', source: '', signals: [] },
  ],
  sectors: [{ id: 'schoonmaak', name: 'Schoonmaak', forms: ['labour'], kind: 'sensitive', source: '' }],
};

const labels = handoverLabels(knowledge);
const meta = { contactName: 'SHOP – Zorgcoördinatie', sentAt: new Date('2026-11-28T10:00:00Z'), dueAt: new Date('2026-12-12T10:00:00Z') };
const contentOf = (parts: readonly (typeof HANDOVER_PARTS)[number][]) => handoverContent(signal, { reference: 'SR-0546-2026-0001', municipality: 'Leiden' }, parts);
const rowsOf = (content: HandoverContent) => Object.fromEntries(handoverDocument(content, meta, labels).sections.map((s) => [s.heading, s.rows.map((r) => [r.label, r.value])]));

describe('handover document', () => {
  it('has the facts of the handover: reference, sender, the contact, when sent and when feedback is due', () => {
    const doc = handoverDocument(contentOf(['forms']), meta, labels);
    expect(doc.title).toBe('Overdracht van een signaal van mogelijke mensenhandel');
    expect(doc.facts).toEqual([
      { label: 'Kenmerk', value: 'SR-0546-2026-0001' },
      { label: 'Van', value: 'Aandachtsfunctionaris mensenhandel, gemeente Leiden' },
      { label: 'Aan', value: 'SHOP – Zorgcoördinatie' },
      { label: 'Overgedragen op', value: '28 november 2026' },
      { label: 'Terugkoppeling gevraagd vóór', value: '12 december 2026' },
    ]);
    expect(doc.notice).toContain('De naam van de melder wordt nooit gedeeld.');
  });

  it('names the municipality term when a preview has no due date of its own', () => {
    const doc = handoverDocument(contentOf(['forms']), { ...meta, dueAt: null }, labels);
    expect(doc.facts.at(-1)).toEqual({ label: 'Terugkoppeling gevraagd vóór', value: MUNICIPALITY_TERM });
  });

  it('lays out every part in a fixed order, with Dutch names from the knowledge', () => {
    const doc = handoverDocument(contentOf(HANDOVER_PARTS), meta, labels);
    expect(doc.sections.map((s) => s.heading)).toEqual(['Soort signaal', 'Wat is gezien', 'Wanneer en waar', 'Persoon 1', 'Persoon 2', 'Organisaties', 'Adressen', 'Overig']);
    expect(rowsOf(contentOf(HANDOVER_PARTS))).toEqual({
      'Soort signaal': [
        ['Vorm van uitbuiting', 'Arbeidsuitbuiting, Weet ik niet'],
        ['Waargenomen signalen', '- Paspoort is ingenomen\n- onbekend-signaal'],
      ],
      'Wat is gezien': [['Beschrijving', signal.description]],
      'Wanneer en waar': [
        ['Datum', '20 november 2026'],
        ['Plaats', 'Stadhuis, balie 3'],
      ],
      'Persoon 1': [
        ['Rol', 'mogelijk slachtoffer'],
        ['Naam', 'Piotr K.'],
        ['Geboortedatum', '5 maart 1990'],
        ['Nationaliteit', 'Pools'],
        ['Taal', 'Pools'],
        ['Beschrijving', 'Draagt werkkleding'],
      ],
      'Persoon 2': [
        ['Rol', 'mogelijke dader'],
        ['Geschatte leeftijd', '45 jaar'],
      ],
      Organisaties: [
        ['Organisatie 1', 'Schoonmaakbedrijf Glans BV (KVK 12345678)'],
        ['Organisatie 2', 'Uitzendbureau Snel'],
      ],
      Adressen: [['Adres 1', 'Waardweg 12a, 2321 AB Leiden']],
      Overig: [
        ['Sector', 'Schoonmaak'],
        ['Acuut gevaar gemeld', 'nee'],
        ['Betrokkene weet van het signaal', 'onbekend'],
      ],
    });
  });

  it('shows only the ticked parts', () => {
    expect(Object.keys(rowsOf(contentOf(['description', 'acute-danger'])))).toEqual(['Wat is gezien', 'Overig']);
    expect(rowsOf(contentOf(['acute-danger'])).Overig).toEqual([['Acuut gevaar gemeld', 'nee']]);
    expect(handoverDocument(contentOf([]), meta, labels).sections).toEqual([]);
  });

  it('says so when a ticked part is empty', () => {
    const empty: SignalSubmission = { ...signal, description: '', observedOn: undefined, location: undefined, persons: [], organisations: [], addresses: [], sector: undefined, observedSignals: [] };
    const content = handoverContent(empty, { reference: 'SR-1', municipality: 'Leiden' }, HANDOVER_PARTS);
    expect(rowsOf(content)).toMatchObject({
      'Soort signaal': [['Vorm van uitbuiting', 'Arbeidsuitbuiting, Weet ik niet']],
      'Wat is gezien': [['Beschrijving', 'niet ingevuld']],
      'Wanneer en waar': [
        ['Datum', 'niet ingevuld'],
        ['Plaats', 'niet ingevuld'],
      ],
      Personen: [['Personen', 'geen personen genoemd']],
      Organisaties: [['Organisaties', 'geen organisaties genoemd']],
      Adressen: [['Adressen', 'geen adressen genoemd']],
    });
    expect(rowsOf(content).Overig?.[0]).toEqual(['Sector', 'niet ingevuld']);
  });

  it('never holds the reporter, whatever is ticked', () => {
    const text = JSON.stringify(handoverDocument(contentOf(HANDOVER_PARTS), meta, labels));
    expect(text).not.toContain('06-12345678');
    expect(text).not.toMatch(/reporter/i);
  });
});

describe('handover labels', () => {
  it('falls back to the id while the knowledge is not there (the preview before it loaded)', () => {
    const bare = handoverLabels(undefined);
    expect([bare.form('labour'), bare.form('unknown'), bare.signal('x'), bare.sector('horeca')]).toEqual(['labour', 'Weet ik niet', 'x', 'horeca']);
  });
});

describe('Dutch dates', () => {
  it('writes an instant as its date in Dutch time', () => {
    expect(dutchDate(new Date('2026-11-28T23:30:00Z'))).toBe('29 november 2026');
    expect(dutchDate(new Date('2026-07-01T21:59:00Z'))).toBe('1 juli 2026');
  });

  it('writes a calendar date as that date, whatever the time zone', () => {
    expect(dutchCalendarDate('2026-01-01')).toBe('1 januari 2026');
  });
});

import type { Partner } from '../content/partner-schema';
import type { SourceDocument } from '../content/sources';
import type { RouteMapFile } from './schema';

/**
 * Test data only (no *.test.ts name, so vitest does not run it as a suite): a small valid map in
 * the shape of seed 000's "identificeerbaar slachtoffer" map, and the partners it refers to.
 * Tests take a fresh copy and break one thing.
 */
/** The source document every fixture cites (`source: 'test'`). */
export function fixtureSources(): SourceDocument[] {
  return [{ id: 'test', title: 'Proefkaart mensenhandel', publisher: 'gemeente Proefstad' }];
}

export function validMapFile(): RouteMapFile {
  return {
    id: 'proef-persoon',
    title: { nl: 'Proef: persoon', en: 'Test: person' },
    region: 'proefregio',
    description: 'Een kleine kaart voor de tests',
    source: 'test',
    start: 'acuut',
    nodes: [
      {
        id: 'acuut',
        type: 'question',
        text: { nl: 'Acuut gevaar?', en: 'Acute danger?' },
        options: [
          { id: 'yes', label: { nl: 'Ja', en: 'Yes' }, next: 'bel-112' },
          { id: 'no', label: 'Nee', next: 'aangifte' },
        ],
      },
      { id: 'bel-112', type: 'outcome', title: 'Bel 112', text: 'Nu bellen', contacts: ['alarmnummer-112'] },
      {
        id: 'aangifte',
        type: 'question',
        text: 'Aangifte?',
        options: [
          { id: 'yes', label: 'Ja', next: 'vorm' },
          { id: 'no', label: 'Nee', next: 'zorgen' },
        ],
      },
      {
        id: 'vorm',
        type: 'question',
        text: 'Welke vorm?',
        options: [
          { id: 'labour', label: 'Arbeid', next: 'nla' },
          { id: 'sexual', label: 'Seksueel', next: 'avim' },
        ],
      },
      { id: 'nla', type: 'outcome', title: 'NLA', text: 'Meld bij de NLA', contacts: ['nla-meldpunt'] },
      { id: 'avim', type: 'outcome', title: 'AVIM', text: 'Bel de politie', contacts: ['politie-avim'] },
      {
        id: 'zorgen',
        type: 'question',
        text: 'Zorgen?',
        options: [
          { id: 'yes', label: 'Ja', next: 'zvh' },
          { id: 'no', label: 'Nee', next: 'avim' },
        ],
      },
      { id: 'zvh', type: 'outcome', title: 'ZVH', text: 'Neem contact op', contacts: ['zvh-haaglanden', 'zvh-hollands-midden'] },
    ],
  };
}

export function fixturePartners(): Partner[] {
  return [
    {
      id: 'alarmnummer',
      name: 'Alarmnummer',
      description: 'Bij acuut gevaar',
      regions: [],
      source: 'test',
      contacts: [{ id: 'alarmnummer-112', label: 'Alarmnummer', phone: '112', verifiedOn: '2025-01-01' }],
    },
    {
      id: 'nla',
      name: 'NLA',
      description: { nl: 'Nederlandse Arbeidsinspectie', en: 'Netherlands Labour Authority' },
      regions: [],
      source: 'test',
      contacts: [
        { id: 'nla-meldpunt', label: { nl: 'Meldpunt', en: 'Reporting line' }, phone: '0800-5151', url: 'https://www.nlarbeidsinspectie.nl', verifiedOn: '2025-01-01' },
      ],
    },
    {
      id: 'politie',
      name: 'Politie',
      description: 'AVIM',
      regions: [],
      source: 'test',
      contacts: [{ id: 'politie-avim', label: 'AVIM', phone: '0900-8844', verifiedOn: '2025-01-01' }],
    },
    {
      id: 'zvh',
      name: 'Zorg- en Veiligheidshuis',
      description: 'Complexe casuïstiek',
      regions: ['proefregio'],
      source: 'test',
      contacts: [
        { id: 'zvh-haaglanden', label: 'Haaglanden', phone: '070-7570900', subregion: 'haaglanden', verifiedOn: '2025-01-01' },
        {
          id: 'zvh-hollands-midden',
          label: 'Hollands Midden',
          email: 'infoZVH@zvhhm.nl',
          subregion: 'hollands-midden',
          verifiedOn: '2025-01-01',
          unverified: 'spatie in het e-mailadres verwijderd',
        },
      ],
    },
  ];
}

export const fixtureContactIds: ReadonlySet<string> = new Set(fixturePartners().flatMap((p) => p.contacts.map((c) => c.id)));

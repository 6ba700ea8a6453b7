import { describe, expect, it } from 'vitest';
import { citeSource, citeSources, sharedSource } from './cite-sources';
import type { SourceDocument } from './sources';

const DOCS: SourceDocument[] = [
  { id: 'meldroutekaart-rotterdam', title: 'Meldroutekaart mensenhandel', publisher: 'gemeente Rotterdam' },
  { id: 'signalenkaart', title: 'Signalenkaart voor professionals: criminele uitbuiting', area: 'Hart van Brabant' },
  { id: 'wet', title: 'Wetboek van Strafrecht, artikel 273f' },
];
const byId = new Map(DOCS.map((d) => [d.id, d]));

describe('citing source documents', () => {
  it('names a document by its title, then its publisher, then the area it covers', () => {
    expect(citeSource(DOCS[0]!)).toBe('Meldroutekaart mensenhandel, gemeente Rotterdam');
    expect(citeSource(DOCS[1]!)).toBe('Signalenkaart voor professionals: criminele uitbuiting (Hart van Brabant)');
    expect(citeSource(DOCS[2]!)).toBe('Wetboek van Strafrecht, artikel 273f');
  });

  it('cites one reference, several, or none for an addition', () => {
    expect(citeSources('wet', byId)).toBe('Wetboek van Strafrecht, artikel 273f');
    expect(citeSources(['meldroutekaart-rotterdam', 'wet'], byId)).toBe('Meldroutekaart mensenhandel, gemeente Rotterdam; Wetboek van Strafrecht, artikel 273f');
    expect(citeSources(undefined, byId)).toBeNull();
  });

  it('credits a list to a document only when every item comes from it', () => {
    expect(sharedSource([{ source: 'A' }, { source: 'A' }])).toBe('A');
    expect(sharedSource([{ source: null }, { source: null }])).toBeNull();
    expect(sharedSource([{ source: 'A' }, { source: null }])).toBeNull();
    expect(sharedSource([{ source: 'A' }, { source: 'B' }])).toBeNull();
    expect(sharedSource([])).toBeNull();
  });
});

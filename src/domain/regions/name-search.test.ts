import { describe, expect, it } from 'vitest';
import { normalizeName, searchByName } from './name-search';

const LIST = [
  { code: 'GM0518', name: "'s-Gravenhage", aliases: ['Den Haag', 'The Hague'] },
  { code: 'GM0796', name: "'s-Hertogenbosch", aliases: ['Den Bosch'] },
  { code: 'GM0400', name: 'Den Helder', aliases: [] },
  { code: 'GM0164', name: 'Hengelo (O.)', aliases: [] },
  { code: 'GM1900', name: 'Súdwest-Fryslân', aliases: [] },
  { code: 'GM1883', name: 'Sittard-Geleen', aliases: [] },
  { code: 'GM0546', name: 'Leiden', aliases: [] },
];
const codes = (query: string) => searchByName(LIST, query).map((m) => m.entry.code);

describe('normalizeName', () => {
  it('drops case, diacritics and apostrophes and turns other punctuation into single spaces', () => {
    expect(normalizeName("'s-Gravenhage")).toBe('s gravenhage');
    expect(normalizeName('’s-Hertogenbosch')).toBe('s hertogenbosch');
    expect(normalizeName('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(normalizeName('  Hengelo (O.) ')).toBe('hengelo o');
  });
});

describe('searchByName', () => {
  it('finds a municipality by its common name and says which name matched', () => {
    expect(searchByName(LIST, 'Den Haag')).toEqual([{ entry: LIST[0], alias: 'Den Haag' }]);
    expect(codes('den bosch')).toEqual(['GM0796']);
    expect(codes('the hague')).toEqual(['GM0518']);
  });

  it('finds the official name with or without apostrophe, hyphen or the leading s', () => {
    for (const query of ["'s-Gravenhage", 's-gravenhage', 's gravenhage', 'sgravenhage', 'Gravenhage', '’s-Gravenhage']) {
      expect(codes(query), query).toEqual(['GM0518']);
    }
    expect(codes('hertogenbosch')).toEqual(['GM0796']);
  });

  it('ignores diacritics and punctuation in the query and in the name', () => {
    expect(codes('sudwest fryslan')).toEqual(['GM1900']);
    expect(codes('SÚDWEST-FRYSLÂN')).toEqual(['GM1900']);
    expect(codes('Hengelo (O)')).toEqual(['GM0164']);
    expect(codes('hengelo')).toEqual(['GM0164']);
  });

  it('matches the start of any word, so a part of a double name finds it', () => {
    expect(codes('geleen')).toEqual(['GM1883']);
    expect(codes('den h')).toEqual(['GM0518', 'GM0400']);
    expect(codes('haag')).toEqual(['GM0518']);
    expect(codes('denhaag')).toEqual(['GM0518']);
  });

  it('does not match inside a word', () => {
    expect(codes('den')).not.toContain('GM0546');
    expect(codes('eiden')).toEqual([]);
  });

  it('keeps the given order, matches everything on an empty query and nothing on a stranger', () => {
    expect(codes('  ')).toEqual(LIST.map((m) => m.code));
    expect(codes('den')).toEqual(['GM0518', 'GM0796', 'GM0400']);
    expect(codes('Atlantis')).toEqual([]);
  });
});

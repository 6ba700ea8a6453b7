import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, levenshtein, trigramSimilarity, trigrams } from './string-similarity';

describe('edit distance between typed names', () => {
  it.each([
    ['jansen', 'jansen', 0, 0],
    ['jansen', 'janssen', 1, 1],
    ['bakker', 'backer', 1, 1],
    ['jansen', 'jnasen', 2, 1],
    ['berg', 'burg', 1, 1],
    ['pietersen', 'jansen', 6, 6],
    ['', 'abc', 3, 3],
  ])('%s ↔ %s: Levenshtein %i, Damerau %i', (a, b, lev, dam) => {
    expect(levenshtein(a, b)).toBe(lev);
    expect(damerauLevenshtein(a, b)).toBe(dam);
    expect(damerauLevenshtein(b, a)).toBe(dam);
  });
});

describe('trigram similarity as the database computes it (pg_trgm)', () => {
  it('pads each word with two spaces in front and one behind', () => {
    expect([...trigrams('cat')].sort()).toEqual(['  c', ' ca', 'at ', 'cat']);
    expect(trigrams('Jan Jansen').has('  j')).toBe(true);
  });

  it('gives 1 for the same name in another case, and 6/9 for Jansen ↔ Janssen', () => {
    expect(trigramSimilarity('Jansen', 'JANSEN')).toBe(1);
    expect(trigramSimilarity('jansen', 'janssen')).toBeCloseTo(6 / 9, 10);
  });

  it('gives unrelated names a low similarity', () => {
    expect(trigramSimilarity('bakker', 'visser')).toBeLessThan(0.2);
    expect(trigramSimilarity('jansen', 'pietersen')).toBeLessThan(0.3);
    expect(trigramSimilarity('', '')).toBe(0);
  });
});

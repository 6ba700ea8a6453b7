import fc from 'fast-check';
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

/** The distance by its definition: the whole table, as in the textbooks (optimal string alignment). */
function definitionalDamerau(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[x.length]![y.length]!;
}

describe('Damerau-Levenshtein on names of any alphabet', () => {
  it('agrees with the whole-table definition on arbitrary strings, letters outside the BMP included', () => {
    const letters = fc.constantFrom('a', 'b', 'e', 'i', 'j', 'n', 's', 'y', 'ë', 'ł', '𝔞', 'я');
    const word = fc.array(letters, { maxLength: 12 }).map((l) => l.join(''));
    fc.assert(fc.property(word, word, (a, b) => damerauLevenshtein(a, b) === definitionalDamerau(a, b)), { numRuns: 2000 });
  });

  it('counts a letter outside the BMP as one letter', () => {
    expect(damerauLevenshtein('𝔞bc', 'abc')).toBe(1);
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

import { describe, expect, it } from 'vitest';
import { comparable, fold, lettersOnly } from './fold';

describe('folding names typed with and without accents', () => {
  it.each([
    ['Renée', 'renee'],
    ['Zoë', 'zoe'],
    ['Straße', 'strasse'],
    ['Łukasz', 'lukasz'],
    ['Yılmaz', 'yilmaz'],
    ['Søren', 'soren'],
    ['Cæcilia', 'caecilia'],
    ['Œdipus', 'oedipus'],
    ['Nguyễn', 'nguyen'],
    ['Çelik', 'celik'],
    ['Dĳkstra', 'dijkstra'],
    ['  JAN   de   Vries ', 'jan de vries'],
  ])('%s is found as %s', (typed, folded) => {
    expect(fold(typed)).toBe(folded);
  });

  it('treats ij and y as one letter, as Dijk, Dyk and Dĳk are one name', () => {
    expect(comparable('Dijk')).toBe(comparable('Dyk'));
    expect(comparable('Dĳk')).toBe(comparable('Dyk'));
    expect(comparable('Meijer')).toBe(comparable('Meyer'));
  });

  it('ignores spaces and hyphens when only the letters count', () => {
    expect(lettersOnly('De Vries')).toBe(lettersOnly('Devries'));
    expect(lettersOnly("in 't Veld")).toBe('intveld');
  });
});

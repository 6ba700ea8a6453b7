import { describe, expect, it } from 'vitest';
import { fullNameText, normaliseName } from './normalise-name';

const parts = (typed: string) => {
  const n = normaliseName(typed);
  return { given: n.givenNames, initials: n.initials.join(''), prefix: n.prefix, surname: n.surname };
};

describe('taking a typed name apart as the BRP keeps it', () => {
  it.each([
    ['J. van den Berg', [], 'j', 'van den', 'berg'],
    ['JANSEN Piet', ['piet'], 'p', '', 'jansen'],
    ['VAN DEN BERG Jan Willem', ['jan', 'willem'], 'jw', 'van den', 'berg'],
    ['EL AMRANI Mohamed', ['mohamed'], 'm', 'el', 'amrani'],
    ['AB de Vries', [], 'ab', 'de', 'vries'],
    ['Jan van den Berg', ['jan'], 'j', 'van den', 'berg'],
    ['Berg, Jan van den', ['jan'], 'j', 'van den', 'berg'],
    ['Berg, J. van den', [], 'j', 'van den', 'berg'],
    ['Berg van den, J.', [], 'j', 'van den', 'berg'],
    ['Van den Berg', [], '', 'van den', 'berg'],
    ['VAN DEN BERG', [], '', 'van den', 'berg'],
    ['Johannes Petrus Jansen', ['johannes', 'petrus'], 'jp', '', 'jansen'],
    ['J.P. Jansen', [], 'jp', '', 'jansen'],
    ['JP Jansen', [], 'jp', '', 'jansen'],
    ['AMJ Smit', [], 'amj', '', 'smit'],
    ['J.E.R. Sen', [], 'jer', '', 'sen'],
    ['VOS Noor Joya', ['noor', 'joya'], 'nj', '', 'vos'],
    ['J. P. Jansen', [], 'jp', '', 'jansen'],
    ['J P Jansen', [], 'jp', '', 'jansen'],
    ['Th. de Boer', [], 't', 'de', 'boer'],
    ['Jan-Willem de Vries', ['jan-willem'], 'jw', 'de', 'vries'],
    ['Kees in \'t Veld', ['kees'], 'k', "in 't", 'veld'],
    ['Kees in het Veld', ['kees'], 'k', "in 't", 'veld'],
    ["Marieke 't Hart", ['marieke'], 'm', "'t", 'hart'],
    ['Henk ter Horst', ['henk'], 'h', 'ter', 'horst'],
    ['Anne ten Cate', ['anne'], 'a', 'ten', 'cate'],
    ['Gerrit op de Beek', ['gerrit'], 'g', 'op de', 'beek'],
    ['Jan v.d. Berg', ['jan'], 'j', 'v.d.', 'berg'],
    ['Jan v/d Berg', ['jan'], 'j', 'v.d.', 'berg'],
    ['Jan vd Berg', ['jan'], 'j', 'v.d.', 'berg'],
    ["Sara d'Ancona", ['sara'], 's', "d'", 'ancona'],
    ["Pierre l'Ecluse", ['pierre'], 'p', "l'", 'ecluse'],
    ['Jean du Pont', ['jean'], 'j', 'du', 'pont'],
    ['Maria dos Santos', ['maria'], 'm', 'dos', 'santos'],
    ['Luca da Silva', ['luca'], 'l', 'da', 'silva'],
    ['Mohammed El Amrani', ['mohammed'], 'm', 'el', 'amrani'],
    ['Ahmed al-Sayed', ['ahmed'], 'a', 'al', 'sayed'],
    ['René Dĳkstra', ['rene'], 'r', '', 'dijkstra'],
  ])('%s', (typed, given, initials, prefix, surname) => {
    expect(parts(typed)).toEqual({ given, initials, prefix, surname });
  });

  it('keeps both parts of a double surname, with the tussenvoegsel of each', () => {
    const a = normaliseName('Anna Jansen-de Vries');
    expect(a.surnameParts).toEqual([
      { prefix: '', surname: 'jansen' },
      { prefix: 'de', surname: 'vries' },
    ]);
    expect(a.surname).toBe('jansen-de vries');
    const b = normaliseName('Smit - van Dijk');
    expect(b.surnameParts).toEqual([
      { prefix: '', surname: 'smit' },
      { prefix: 'van', surname: 'dijk' },
    ]);
    expect(b.givenNames).toEqual([]);
  });

  it('indexes a double surname under both its parts', () => {
    const n = normaliseName('Jansen-de Vries');
    expect(n.surnameKeys).toHaveLength(2);
    expect(n.surnameKeys).toContain(normaliseName('Vries').surnameKey);
    expect(n.surnameKey).toBe(normaliseName('Janssen').surnameKey);
  });

  it('gives spellings of one surname one blocking key, whatever the tussenvoegsel', () => {
    expect(normaliseName('J. van den Berg').surnameKey).toBe(normaliseName('Berg, Jan van der').surnameKey);
    expect(normaliseName('Piet Meijer').surnameKey).toBe(normaliseName('P. Meyer').surnameKey);
  });

  it('writes the name back as one folded text for display', () => {
    expect(fullNameText(normaliseName('Berg, Jan van den'))).toBe('jan van den berg');
    expect(fullNameText(normaliseName('J.P. Jansen'))).toBe('j.p. jansen');
  });
});

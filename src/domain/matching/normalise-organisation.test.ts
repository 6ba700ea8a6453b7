import { describe, expect, it } from 'vitest';
import { normaliseOrganisation, parseKvkNumber, parseVestigingsnummer } from './normalise-organisation';

describe('an organisation name without its legal form', () => {
  it.each([
    ['Bakkerij Jansen B.V.', 'bakkerij jansen', ['bv']],
    ['bakkerij jansen bv', 'bakkerij jansen', ['bv']],
    ['Bakkerij Jansen b. v.', 'bakkerij jansen', ['bv']],
    ['Bakkerij Jansen & Zn.', 'bakkerij jansen', ['en zn']],
    ['Bakkerij Jansen en Zonen', 'bakkerij jansen', ['en zonen']],
    ['Uitzendbureau Flex N.V.', 'uitzendbureau flex', ['nv']],
    ['V.O.F. De Gouden Draak', 'de gouden draak', ['vof']],
    ['De Gouden Draak VOF', 'de gouden draak', ['vof']],
    ['Schoonmaak C.V.', 'schoonmaak', ['cv']],
    ['Stichting Het Hoofdpunt', 'het hoofdpunt', ['stichting']],
    ['Vereniging Eigen Huis', 'eigen huis', ['vereniging']],
    ['Eenmanszaak Nagelstudio Beauté', 'nagelstudio beaute', ['eenmanszaak']],
    ['Coöperatie Rabobank U.A.', 'rabobank', ['cooperatie', 'ua']],
    ['Jansen Holding B.V.', 'jansen', ['holding', 'bv']],
  ])('%s is %s', (typed, name, legalForms) => {
    const o = normaliseOrganisation(typed);
    expect(o.name).toBe(name);
    expect(o.legalForms).toEqual(legalForms);
  });

  it('keeps a name that is only a legal form', () => {
    expect(normaliseOrganisation('Stichting').name).toBe('stichting');
  });

  it('gives one key with and without the article and spaces', () => {
    expect(normaliseOrganisation('De Gouden Draak').key).toBe(normaliseOrganisation('Goudendraak B.V.').key);
  });
});

describe('KVK and vestigingsnummer', () => {
  it.each(['12345678', '12 34 56 78', '1234.5678', ' 1234 5678 '])('reads %s as 12345678', (typed) => {
    expect(parseKvkNumber(typed)).toEqual({ ok: true, value: '12345678' });
  });

  it('refuses a KVK number that is not eight digits', () => {
    expect(parseKvkNumber('1234567')).toEqual({ ok: false, error: '"1234567" is geen KVK-nummer: een KVK-nummer heeft acht cijfers.' });
    expect(parseKvkNumber('1234567a').ok).toBe(false);
  });

  it('reads a vestigingsnummer of twelve digits', () => {
    expect(parseVestigingsnummer('0000 1234 5678')).toEqual({ ok: true, value: '000012345678' });
    expect(parseVestigingsnummer('12345678').ok).toBe(false);
  });
});

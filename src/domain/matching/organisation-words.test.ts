import { describe, expect, it } from 'vitest';
import { normaliseOrganisation } from './normalise-organisation';
import { deletionKeys } from './deletion-keys';
import { organisationWords } from './organisation-words';

const wordsOf = (name: string) => organisationWords(normaliseOrganisation(name).name);
const keysOf = (word: string) => new Set(deletionKeys(word).map((k) => k.key));
/** Each word typed shares a key with a word of the registered name. */
const found = (registered: string, typed: string) => {
  const keys = new Set(wordsOf(registered).flatMap((word) => [...keysOf(word)]));
  return wordsOf(typed).every((word) => [...keysOf(word)].some((key) => keys.has(key)));
};

describe('the words of an organisation name', () => {
  it('are its distinctive words, without legal form, articles or short words', () => {
    expect(wordsOf('De Jong Champignonkwekerij B.V.')).toEqual(['jong', 'champignonkwekerij']);
    expect(wordsOf('Stichting Het Anker van de Haven')).toEqual(['anker', 'haven']);
    expect(wordsOf("Bakkerij 't Stoepje & Zn.")).toEqual(['bakkerij', 'stoepje']);
    expect(wordsOf('Garage 2000 V.O.F.')).toEqual(['garage', '2000']);
  });

  it('are all its letters together when it has no word of its own', () => {
    expect(wordsOf('A & B B.V.')).toEqual(['ab']);
  });

  it.each([
    ['De Jong Champignonkwekerij B.V.', 'de jong chamuignonkwekerij', 'a letter wrong'],
    ['De Jong Champignonkwekerij B.V.', 'De Jong Champignonkwekerij', 'the legal form dropped'],
    ['Bakkerij Jansen B.V.', 'Bakkerij Jansen Holding', 'the legal form changed'],
    ['Schildersbedrijf Van der Meer', 'Van der Meer Schildersbedrijf', 'the words swapped'],
    ['Uitzendbureau Snel B.V.', 'Uitzendbureau Snell', 'a letter extra'],
    ['Hoveniersbedrijf Bakker', 'Hoveniersbedrjif Bakker', 'two letters swapped'],
    ['Bakkerij Jansen', 'Bakkerji Jansen', 'the letters of "ij" swapped'],
  ])('find %s from %s (%s)', (registered, typed) => {
    expect(found(registered, typed)).toBe(true);
  });

  it.each([
    ['Bakkerij Jansen B.V.', 'Slagerij Jansen'],
    ['Transport De Vries', 'Transport De Boer'],
  ])('keep %s and %s apart', (a, b) => {
    expect(found(a, b)).toBe(false);
  });
});

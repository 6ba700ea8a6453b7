import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise-name';
import { surnameForms, surnameSearchKeys } from './surname-keys';

const keysOf = (name: string) => new Set(surnameSearchKeys(normaliseName(name).surnameParts).map((k) => k.key));
const shared = (a: string, b: string) => [...keysOf(a)].filter((k) => keysOf(b).has(k));

describe('surname search keys', () => {
  it.each([
    ['Jan Jansen', 'Jan Janssen', 'a letter extra'],
    ['Jan Jansen', 'Jan Jansne', 'two letters swapped'],
    ['Jan Bos', 'Jan Bis', 'a letter wrong in a short name'],
    ['Jan de Vries', 'Jan de Vris', 'a letter missing'],
    ['Jan de Vries', 'Jan Devries', 'the tussenvoegsel typed against it'],
    ['Jan van den Berg', 'Jan Vandenberg', 'a long tussenvoegsel typed against it'],
    ['Jan Meijer', 'Jan Meyer', 'a spelling that sounds the same'],
    ['Alan Sijbrandij', 'Alan Sjibrandij', 'the letters of "ij" swapped'],
    ['Wes Bijl', 'Wes Bilj', 'the "j" of "ij" swapped with the next letter'],
    ['Elodie Vermoesdijck', 'Elodie Vermoesdiock', 'the "j" of "ij" typed wrong'],
    ['Berg, Jan van den', 'J. v.d. Berg', 'register form and an abbreviated tussenvoegsel'],
    ['Anna Jansen-de Vries', 'Anna de Vries', 'one part of a double surname'],
    ['Pastor Vega, Maria', 'Maria Vega', 'one word of a surname of two words'],
  ])('finds %s from %s (%s)', (stored, typed) => {
    expect(shared(stored, typed)).not.toEqual([]);
  });

  it.each([
    ['Jan Jansen', 'Jan Bakker'],
    ['Jan de Vries', 'Jan de Boer'],
    ['Wei Li', 'Wei Lu'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(shared(a, b)).toEqual([]);
  });

  it('says how far a key is from the name: the form itself, or a letter left out or the sound', () => {
    const keys = surnameSearchKeys(normaliseName('Jan Bos').surnameParts);
    expect(keys.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: '#bOs', edits: 1 },
      { key: 'bo', edits: 1 },
      { key: 'bos', edits: 0 },
      { key: 'bs', edits: 1 },
      { key: 'os', edits: 1 },
    ]);
  });

  it('has the forms of a name, not its tussenvoegsels or short words', () => {
    expect(surnameForms(normaliseName('Jan van der Berg-El Amrani').surnameParts).sort()).toEqual(['amrani', 'berg', 'elamrani', 'vanderberg'].sort());
  });
});

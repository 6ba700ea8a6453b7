import { describe, expect, it } from 'vitest';
import { formatAddressParts } from './format-address';

describe('a register address as people write it', () => {
  it('writes letter and addition apart as the BAG has them, and the postcode with a space', () => {
    expect(formatAddressParts({ street: 'Breestraat', houseNumber: 12, houseLetter: 'A', addition: '1', postcode: '2311AB', place: 'Leiden' })).toBe('Breestraat 12a-1, 2311 AB Leiden');
    expect(formatAddressParts({ street: 'Breestraat', houseNumber: 12, addition: 'HS', postcode: null, place: 'Leiden' })).toBe('Breestraat 12 hs, Leiden');
  });

  it('puts postcode and number first without a street, and leaves out what is unknown', () => {
    expect(formatAddressParts({ houseNumber: 7, postcode: '2316AB', place: 'Leiden' })).toBe('2316 AB 7, Leiden');
    expect(formatAddressParts({ street: 'Kanaalweg', houseNumber: 3 })).toBe('Kanaalweg 3');
  });
});

import { describe, expect, it } from 'vitest';
import { formatAddress, formatHouseNumber, formatPostcode, normalizeAddress } from './normalize';

describe('writing an address as people do', () => {
  it('writes the stored form as "Breestraat 12a, 2311 EZ Leiden"', () => {
    const stored = normalizeAddress({ postcode: '2311ez', houseNumber: 12, addition: 'a', street: 'Breestraat', place: 'Leiden' });
    expect(stored.postcode).toBe('2311EZ');
    expect(formatAddress(stored)).toBe('Breestraat 12a, 2311 EZ Leiden');
  });

  it('puts postcode and number first when there is no street, and leaves out what is not there', () => {
    expect(formatAddress({ postcode: '2311EZ', houseNumber: 1 })).toBe('2311 EZ 1');
    expect(formatAddress({ postcode: '2311EZ', houseNumber: 1, place: 'Leiden' })).toBe('2311 EZ 1, Leiden');
    expect(formatAddress({ postcode: '2311 EZ', houseNumber: 1, street: 'Breestraat' })).toBe('Breestraat 1, 2311 EZ');
  });

  it('writes a postcode with its space and capitals', () => {
    expect(formatPostcode('2311ez')).toBe('2311 EZ');
    expect(formatPostcode(' 2311  EZ ')).toBe('2311 EZ');
  });

  it('attaches a letter, hyphens a number and spaces anything else', () => {
    expect(formatHouseNumber(12)).toBe('12');
    expect(formatHouseNumber(12, 'A')).toBe('12a');
    expect(formatHouseNumber(12, 'bis')).toBe('12bis');
    expect(formatHouseNumber(12, '2')).toBe('12-2');
    expect(formatHouseNumber(12, 'II-3')).toBe('12 II-3');
    expect(formatHouseNumber(12, ' ')).toBe('12');
  });
});

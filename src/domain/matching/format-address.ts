import { formatPostcode } from '../signal/normalize';
import { formatHouseNumberParts, type HouseNumber } from './normalise-address';

/** An address from a register, in the BAG's parts (letter and addition apart); nulls as stored. */
export interface AddressParts {
  street?: string | null | undefined;
  houseNumber: number;
  houseLetter?: string | null | undefined;
  addition?: string | null | undefined;
  postcode?: string | null | undefined;
  place?: string | null | undefined;
}

/**
 * A register's address as people write it, by the same rule as a signal's (formatAddress in
 * src/domain/signal/normalize.ts): "Breestraat 12a-1, 2311 AB Leiden"; without a street, postcode
 * and number first.
 */
export function formatAddressParts(a: AddressParts): string {
  const parts: HouseNumber = { houseNumber: a.houseNumber };
  if (a.houseLetter) parts.houseLetter = a.houseLetter;
  if (a.addition) parts.addition = a.addition;
  const number = formatHouseNumberParts(parts);
  const postcode = a.postcode ? formatPostcode(a.postcode) : '';
  if (a.street) return [`${a.street} ${number}`, [postcode, a.place].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [[postcode, number].filter(Boolean).join(' '), a.place].filter(Boolean).join(', ');
}

import type { Address } from './schema';

/**
 * Canonical forms for comparing and storing, so "1234ab", "1234 AB" and " 1234 ab" are the same
 * address, and matching against registers (BAG, KVK) later compares like with like.
 */
export function normalizePostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

export function normalizeAddress(address: Address): Address {
  return {
    ...address,
    postcode: normalizePostcode(address.postcode),
    addition: address.addition ? address.addition.replace(/\s+/g, '').toUpperCase() : undefined,
  };
}

/** "2311 EZ": as Dutch post is addressed, whatever was typed or stored ("2311ez", "2311EZ"). */
export function formatPostcode(postcode: string): string {
  const p = normalizePostcode(postcode);
  return /^\d{4}[A-Z]{2}$/.test(p) ? `${p.slice(0, 4)} ${p.slice(4)}` : postcode.trim();
}

/**
 * "12a", "12bis", "12-2": a letter addition is written against the number in lower case, a number
 * (a floor, an apartment) after a hyphen, anything else after a space.
 */
export function formatHouseNumber(houseNumber: number, addition?: string): string {
  const extra = addition?.trim() ?? '';
  if (extra === '') return String(houseNumber);
  if (/^[A-Za-z]+$/.test(extra)) return `${houseNumber}${extra.toLowerCase()}`;
  if (/^\d/.test(extra)) return `${houseNumber}-${extra}`;
  return `${houseNumber} ${extra}`;
}

/**
 * An address as people write it: "Breestraat 12a, 2311 EZ Leiden". Without a street, postcode
 * and number come first, as they identify the address: "2311 EZ 12a, Leiden". Used wherever an
 * address is shown (the case, the handover e-mail, its print and its preview).
 */
export function formatAddress(a: Address): string {
  const number = formatHouseNumber(a.houseNumber, a.addition);
  const postcode = formatPostcode(a.postcode);
  if (a.street) return `${a.street} ${number}, ${[postcode, a.place].filter(Boolean).join(' ')}`;
  return [`${postcode} ${number}`, a.place].filter(Boolean).join(', ');
}

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

/** "1234 AB 12-A" for display. */
export function formatAddressKey(address: Address): string {
  const postcode = normalizePostcode(address.postcode);
  return `${postcode.slice(0, 4)} ${postcode.slice(4)} ${address.houseNumber}${address.addition ? `-${address.addition}` : ''}`;
}

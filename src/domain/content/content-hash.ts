/**
 * A short, stable hash of plain data, used as the version of a compiled route map.
 *
 * Why not node:crypto: the domain runs in the browser too and has no IO, and a route-map version
 * only has to change whenever the map or one of its contacts changes, so it needs stability, not
 * collision resistance against an attacker (the loaded content as a whole is identified by a
 * SHA-256 computed in the server loader). FNV-1a 64-bit over canonical JSON is pure, synchronous
 * and gives the same value in Node and in every browser.
 */

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * JSON with object keys sorted, so that the same data written in another key order (or parsed
 * from YAML in another order) hashes the same. `undefined` properties are left out, as in JSON.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** FNV-1a 64-bit over the UTF-8 bytes of a string, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** Stable hash of plain data: equal data (in any key order) gives an equal hash. */
export function contentHash(value: unknown): string {
  return fnv1a64(canonicalJson(value));
}

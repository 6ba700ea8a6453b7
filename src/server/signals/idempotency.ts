import crypto from 'node:crypto';

/**
 * JSON with the keys of every object sorted (arrays keep their order), so two requests that mean
 * the same thing give the same text whatever order their fields came in. `undefined` is left out,
 * as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .filter((k) => record[k] !== undefined)
        .map((k) => [k, sortKeys(record[k])]),
    );
  }
  return value;
}

/**
 * What is stored with an idempotency key: the SHA-256 of the key and the canonical (validated)
 * request body. A replay with the same key must carry the same body; a different body is refused
 * (a client bug, or an edited form sent with the key of a signal that already arrived). The key
 * is mixed in so equal bodies of different signals do not get equal hashes; the hash reveals
 * nothing of the body short of guessing all of it.
 */
export function idempotencyBodyHash(key: string, body: unknown): string {
  return crypto.createHash('sha256').update(`${key}\n${canonicalJson(body)}`, 'utf8').digest('hex');
}

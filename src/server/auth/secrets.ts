import crypto from 'node:crypto';

/** A random token for a cookie or a one-time link: 32 bytes, URL-safe. */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/**
 * SHA-256 in hex. Tokens are stored only as their hash, so a copy of the database does not log
 * anyone in; a plain hash suffices because the tokens are random and long (nothing to guess).
 */
export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Compares two secrets in constant time, whatever their lengths (the digests are equally long). */
export function safeEqual(a: string, b: string): boolean {
  const da = crypto.createHash('sha256').update(a, 'utf8').digest();
  const db = crypto.createHash('sha256').update(b, 'utf8').digest();
  return crypto.timingSafeEqual(da, db);
}

/** Login names are compared lower-case and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

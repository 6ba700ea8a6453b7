import crypto from 'node:crypto';
import type { Keyring } from './keyring';

/**
 * AES-256-GCM for single fields. The ciphertext names its key and is bound to where it lives
 * (`context`, e.g. "signal:<id>:reporter") as associated data, so a value copied into another row
 * or field fails to decrypt instead of showing up there.
 *
 * Format: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts).
 */
const VERSION = 'v1';

export function encryptField(ring: Keyring, context: string, plaintext: string): string {
  const key = ring.keys.get(ring.current)!;
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, ring.current, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

export function decryptField(ring: Keyring, context: string, sealed: string): string {
  const [version, keyId, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !keyId || iv === undefined || tag === undefined || body === undefined) throw new DecryptionError('onbekend versleutelingsformaat');
  const key = ring.keys.get(keyId);
  if (!key) throw new DecryptionError(`sleutel ${keyId} ontbreekt in het sleutelbestand`);
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new DecryptionError('de gegevens zijn gewijzigd of horen niet bij deze plaats');
  }
}

/**
 * The exact shape of a value made by encryptField: `v1`, a key id, a 12-byte iv and a 16-byte tag
 * (base64url). Tells a sealed value from plain text written before a column was encrypted; no
 * human text looks like this. Also used in SQL (`!~`), so kept to what PostgreSQL regexes share.
 */
export const SEALED_PATTERN = '^v1\\.[a-z0-9-]+\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]*$';
const sealedPattern = new RegExp(SEALED_PATTERN);

export function isSealed(value: string): boolean {
  return sealedPattern.test(value);
}

/** The key a ciphertext was made with, to find what still needs re-encryption. */
export function keyIdOf(sealed: string): string | null {
  const [version, keyId] = sealed.split('.');
  return version === VERSION && keyId ? keyId : null;
}

/** Re-encrypts with the current key when the value was made with an older one. */
export function reencryptField(ring: Keyring, context: string, sealed: string): string | null {
  return keyIdOf(sealed) === ring.current ? null : encryptField(ring, context, decryptField(ring, context, sealed));
}

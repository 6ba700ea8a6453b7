import { decryptField, encryptField } from '../crypto/field-cipher';
import type { Keyring } from '../crypto/keyring';

/**
 * TOTP secrets are stored encrypted with the field encryption of the case data (AES-256-GCM, the
 * key file outside the database), so a copy of the database alone yields no second factors. Each
 * value is bound to its user and column: a secret copied to another account, or the pending secret
 * copied into the confirmed one, does not decrypt there.
 */
export type TotpColumn = 'secret' | 'pending';

export const totpSealContext: Record<TotpColumn, (userId: string) => string> = {
  secret: (userId) => `user:${userId}:totp-secret`,
  pending: (userId) => `user:${userId}:totp-pending-secret`,
};

export function sealTotpSecret(keyring: Keyring, userId: string, column: TotpColumn, secret: string): string {
  return encryptField(keyring, totpSealContext[column](userId), secret);
}

/** The base32 secret; throws DecryptionError for a value that is not this user's and column's. */
export function openTotpSecret(keyring: Keyring, userId: string, column: TotpColumn, sealed: string): string {
  return decryptField(keyring, totpSealContext[column](userId), sealed);
}

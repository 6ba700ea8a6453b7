import crypto from 'node:crypto';
import { sha256 } from './secrets';

export const RECOVERY_CODE_COUNT = 10;
/** No 0/O, 1/I/L: codes are read off paper and typed in. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Ten codes like `K7QX-M4PA-ZR9D`: 12 characters from 31, about 59 bits each. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 12 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** Typed codes may be lower-case and with or without dashes or spaces. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * Stored as SHA-256: the codes are random with ~59 bits, so a slow hash adds nothing, and the
 * lock-out stops guessing long before.
 */
export function hashRecoveryCode(code: string): string {
  return sha256(normalizeRecoveryCode(code));
}

import { dictionary } from '@zxcvbn-ts/language-common';
import { errors } from '../http/errors';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'contains-email';

export type PasswordCheck = { ok: true } | { ok: false; reason: PasswordProblem; message: string };

/** ~49,000 passwords that appear most often in leaks, lower-cased once. */
let common: Set<string> | null = null;
const commonPasswords = (): Set<string> => (common ??= new Set(dictionary.passwords.map((p) => p.toLowerCase())));

/**
 * The password policy, after the NCSC advice: length over complexity (at least 12 characters, no
 * rules about digits or symbols, which make passwords harder to remember and no stronger), refuse
 * passwords that are known from leaks, and refuse the obvious one built from the user's own
 * e-mail address. The maximum keeps hashing cheap for a server under attack.
 */
export function checkPassword(password: string, email: string): PasswordCheck {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return { ok: false, reason: 'too-short', message: `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens. Een zin van een paar woorden is makkelijk te onthouden en sterk.` };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return { ok: false, reason: 'too-long', message: `Een wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn.` };
  }
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) {
    return { ok: false, reason: 'common', message: 'Dit wachtwoord komt voor in lijsten van veelgebruikte en gelekte wachtwoorden. Kies een ander wachtwoord.' };
  }
  const localPart = email.trim().toLowerCase().split('@')[0] ?? '';
  // Very short local parts ("jo@...") would refuse too many good passwords by accident.
  if (localPart.length >= 3 && lower.includes(localPart)) {
    return { ok: false, reason: 'contains-email', message: 'Uw wachtwoord mag uw e-mailadres (het deel vóór de @) niet bevatten.' };
  }
  return { ok: true };
}

/**
 * The policy as a refusal: a 400 weak-password with the reason's Dutch message, the same wherever
 * a password is chosen (first set-up, activation, changing one's own).
 */
export function requireAcceptablePassword(password: string, email: string): void {
  const check = checkPassword(password, email);
  if (!check.ok) throw errors.weakPassword(check.reason, check.message);
}

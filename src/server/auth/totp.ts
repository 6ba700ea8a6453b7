import { Secret, TOTP } from 'otpauth';

/** What every authenticator app understands: SHA-1, 6 digits, 30 seconds (RFC 6238 defaults). */
const PERIOD = 30;
const DIGITS = 6;
/** One step either way: a phone clock a little off, or a code typed just as it changed. */
const WINDOW = 1;

export const ISSUER = 'Signaalroute';

/** A new secret of 160 bits, the length RFC 4226 recommends, as base32 (what apps accept). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = ''): TOTP {
  return new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: DIGITS, period: PERIOD });
}

/** The otpauth:// address the QR code holds; the label is what the app shows next to the code. */
export function totpUri(secret: string, label: string): string {
  return totp(secret, label).toString();
}

/**
 * The time step of the code if it is valid now (within the window), or null. The caller refuses a
 * step that is not later than the last accepted one, so an observed code cannot be replayed.
 */
export function matchTotp(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret).validate({ token: code, timestamp: now.getTime(), window: WINDOW });
  if (delta === null) return null;
  return TOTP.counter({ period: PERIOD, timestamp: now.getTime() }) + delta;
}

/** The code for a moment; for tests and the demo. */
export function totpCode(secret: string, at: Date): string {
  return totp(secret).generate({ timestamp: at.getTime() });
}

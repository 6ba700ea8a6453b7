import { describe, expect, it } from 'vitest';
import { matchTotp, newTotpSecret, totpCode, totpUri } from './totp';

const at = new Date('2026-03-02T09:00:10Z');

describe('TOTP', () => {
  const secret = newTotpSecret();

  it('accepts the current code and one step either way, and names the step', () => {
    const step = Math.floor(at.getTime() / 30_000);
    expect(matchTotp(secret, totpCode(secret, at), at)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, new Date(at.getTime() - 30_000)), at)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, new Date(at.getTime() + 30_000)), at)).toBe(step + 1);
  });

  it('refuses codes two steps away, of another secret, or not six digits', () => {
    expect(matchTotp(secret, totpCode(secret, new Date(at.getTime() - 60_000)), at)).toBeNull();
    expect(matchTotp(newTotpSecret(), totpCode(secret, at), at)).toBeNull();
    expect(matchTotp(secret, '12345', at)).toBeNull();
    expect(matchTotp(secret, 'abcdef', at)).toBeNull();
  });

  it('builds an otpauth URI that authenticator apps read (SHA1, 6 digits, 30 s)', () => {
    const uri = new URL(totpUri(secret, 'af@leiden.nl'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Signaalroute');
    expect(uri.searchParams.get('algorithm')).toBe('SHA1');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
  });
});

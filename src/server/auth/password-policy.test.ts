import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';

const email = 'j.devries@leiden.nl';

describe('password policy (NCSC: length over complexity)', () => {
  it('accepts a long passphrase without digits or symbols', () => {
    expect(checkPassword('paarse olifant fietst naar huis', email)).toEqual({ ok: true });
    expect(checkPassword('abcdefghijkm', email)).toEqual({ ok: true }); // exactly 12, no composition rules
  });

  it('refuses fewer than 12 characters, counting characters rather than bytes', () => {
    const short = checkPassword('kort-wacht1', email);
    expect(short).toMatchObject({ ok: false, reason: 'too-short' });
    expect(checkPassword('ééééééééééé', email)).toMatchObject({ ok: false, reason: 'too-short' });
    expect(checkPassword('éééééééééééé', email)).toEqual({ ok: true });
  });

  it('refuses more than 128 characters', () => {
    expect(checkPassword('a'.repeat(128) , email).ok).toBe(true);
    expect(checkPassword('a'.repeat(129), email)).toMatchObject({ ok: false, reason: 'too-long' });
  });

  it('refuses passwords from the list of common passwords, whatever their case', () => {
    expect(checkPassword('leavemealone', email)).toMatchObject({ ok: false, reason: 'common' });
    expect(checkPassword('LeaveMeAlone', email)).toMatchObject({ ok: false, reason: 'common' });
    expect(checkPassword('1qaz2wsx3edc', email)).toMatchObject({ ok: false, reason: 'common' });
  });

  it('refuses a password that contains the part of the e-mail address before the @', () => {
    expect(checkPassword('welkom J.DeVries 2026', email)).toMatchObject({ ok: false, reason: 'contains-email' });
  });

  it('gives one clear Dutch message per reason', () => {
    const messages = new Set<string>();
    for (const password of ['kort', 'a'.repeat(200), 'leavemealone', 'xx j.devries xx']) {
      const result = checkPassword(password, email);
      if (result.ok) throw new Error(`accepted ${password}`);
      expect(result.message).toMatch(/wachtwoord/i);
      messages.add(result.message);
    }
    expect(messages.size).toBe(4);
  });
});

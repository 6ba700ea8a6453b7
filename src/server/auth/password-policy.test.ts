import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy';
import { EXAMPLE_PASSPHRASE, PASSWORD_MAX_LENGTH, type PasswordProblem } from './password-rules';

const owner = { email: 'j.devries@leiden.nl', name: 'Jan de Vries', municipality: 'Leiden' };

const reasonOf = (password: string, who: Parameters<typeof checkPassword>[1] = owner): PasswordProblem | 'ok' => {
  const check = checkPassword(password, who);
  return check.ok ? 'ok' : check.reason;
};
const messageOf = (password: string): string => {
  const check = checkPassword(password, owner);
  if (check.ok) throw new Error(`accepted ${password}`);
  return check.message;
};

describe('password policy (length, and strength by zxcvbn)', () => {
  it('accepts a passphrase of a few unusual words, and a random password', () => {
    expect(checkPassword('tandarts wolk paraplu vergeten', owner)).toEqual({ ok: true });
    expect(checkPassword('paarse olifant fietst naar huis', owner)).toEqual({ ok: true });
    expect(checkPassword('ñ7#Kq9!mP2zé', owner)).toEqual({ ok: true }); // exactly 12 characters, no composition rules
  });

  it('refuses the examples from the issue, each for its own reason', () => {
    expect(reasonOf('password123456')).toBe('common');
    expect(reasonOf('Welkom1234567')).toBe('word-with-affixes');
    expect(reasonOf('wachtwoord123')).toBe('word-with-affixes');
    expect(reasonOf('aaaaaaaaaaaa')).toBe('pattern');
    expect(messageOf('password123456')).toContain('lijkt op een veelgebruikt wachtwoord');
    expect(messageOf('Welkom1234567')).toContain('bestaat uit een woord uit het woordenboek met cijfers of tekens ervoor of erachter');
    expect(messageOf('aaaaaaaaaaaa')).toContain('herhaalde of opeenvolgende tekens');
  });

  it('refuses common passwords whatever their case or l33t spelling, and keyboard patterns', () => {
    expect(reasonOf('leavemealone')).toBe('common');
    expect(reasonOf('LeaveMeAlone')).toBe('common');
    expect(reasonOf('1qaz2wsx3edc')).toBe('common');
    expect(reasonOf('P@ssw0rd2024!')).toBe('common');
    expect(reasonOf('abcdefghijkm')).toBe('pattern');
    expect(reasonOf('passwordpassword')).toBe('pattern');
  });

  it('refuses a Dutch or English word with digits or symbols around it, even where zxcvbn alone would pass it', () => {
    for (const password of ['Voorjaar!2026', 'W@chtw00rd!!', '2026!Umbrella', 'Amsterdam123!']) {
      expect(reasonOf(password), password).toBe('word-with-affixes');
    }
  });

  it("refuses the user's name, e-mail address or municipality with little else, also without accents or spaces", () => {
    expect(reasonOf('JanDeVries123')).toBe('personal');
    expect(reasonOf('Leiden2024!!')).toBe('personal');
    expect(reasonOf('Jan de Vries uit Leiden')).toBe('personal');
    // zxcvbn alone scores this 4: the e-mail name counts as a guess among a few, not as nothing.
    expect(reasonOf('welkom J.DeVries 2026')).toBe('personal');
    const frisian = { email: 'a.bakker@sudwestfryslan.nl', name: 'Anna Bakker', municipality: 'Súdwest-Fryslân' };
    expect(reasonOf('Sudwestfryslan2024', frisian)).toBe('personal');
    expect(reasonOf('Sudwestfryslan2024', owner)).toBe('ok'); // not personal to a user from Leiden
    expect(messageOf('Leiden2024!!')).toContain('bevat uw naam, uw e-mailadres of de naam van uw gemeente');
  });

  it('accepts a long passphrase that mentions the municipality: the other words carry it', () => {
    expect(reasonOf('Leiden heeft mooie grachten en molens')).toBe('ok');
  });

  it('explains what works better with an example, and refuses that example when it is copied', () => {
    const message = messageOf('Welkom1234567');
    expect(message).toContain('zin van vier of meer ongewone woorden');
    expect(message).toContain(EXAMPLE_PASSPHRASE);
    expect(message).toContain('bedenk uw eigen woorden');
    expect(reasonOf(EXAMPLE_PASSPHRASE)).toBe('example');
    expect(reasonOf('Lantaarn-Sokken-Walrus-Vijgenjam!')).toBe('example');
    expect(messageOf(EXAMPLE_PASSPHRASE)).toContain('Bedenk een eigen zin');
  });

  it('refuses fewer than 12 characters, counting characters rather than bytes', () => {
    expect(reasonOf('kort-wacht1')).toBe('too-short');
    expect(reasonOf('ééééééééééé')).toBe('too-short');
    expect(messageOf('kort')).toMatch(/^Kies een wachtwoord van minstens 12 tekens\. Beter is een zin/);
  });

  it('refuses more than 128 characters, and judges a long passphrase by its start', () => {
    const long = 'tandarts wolk paraplu vergeten bij zeven bruggen waar een oude molen draait en kikkers zingen over regen in november zonder jas aan';
    expect(reasonOf(long.slice(0, PASSWORD_MAX_LENGTH))).toBe('ok');
    expect(reasonOf(long.slice(0, PASSWORD_MAX_LENGTH + 1))).toBe('too-long');
  });

  it('judges the first 48 characters only (zxcvbn slows down steeply on long input)', () => {
    const strongStart = 'tandarts wolk paraplu vergeten bij zeven bruggen'; // 48 characters
    expect(reasonOf(`${strongStart} ${'1!'.repeat(30)}`)).toBe('ok');
    expect(reasonOf(`${'1!'.repeat(24)} ${strongStart}`)).toBe('pattern');
  });

  it('gives one Dutch message per reason, in its own words rather than zxcvbn English', () => {
    const messages = new Set<string>();
    for (const password of ['kort', 'x'.repeat(200), 'leavemealone', 'Welkom1234567', 'aaaaaaaaaaaa', 'Leiden2024!!', EXAMPLE_PASSPHRASE]) {
      const message = messageOf(password);
      expect(message).toMatch(/wachtwoord|voorbeeld/i);
      expect(message).not.toMatch(/\b(the|add|avoid|similar|password|word)\b/i);
      messages.add(message);
    }
    expect(messages.size).toBe(7);
  });
});

import { personalWords, type PasswordOwner } from './password-owner';
import { EXAMPLE_PASSPHRASE, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem } from './password-rules';
import { passwordWeakness } from './password-strength';

export type { PasswordOwner } from './password-owner';

export type PasswordCheck = { ok: true } | { ok: false; reason: PasswordProblem; message: string };

/** What works better, after every reason but the length limit. */
const BETTER = `Beter is een zin van vier of meer ongewone woorden die niet bij elkaar horen, zoals ‘${EXAMPLE_PASSPHRASE}’ (maar bedenk uw eigen woorden: dit voorbeeld wordt geweigerd).`;

/** Why, in the user's terms; our own words rather than zxcvbn's English feedback. */
const WHY: Record<Exclude<PasswordProblem, 'too-long' | 'example'>, string> = {
  'too-short': `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens.`,
  common: 'Dit wachtwoord lijkt op een veelgebruikt wachtwoord. Zulke wachtwoorden staan in lijsten van gelekte wachtwoorden en worden als eerste geprobeerd.',
  'word-with-affixes': 'Dit wachtwoord bestaat uit een woord uit het woordenboek met cijfers of tekens ervoor of erachter. Dat is het eerste wat een aanvaller probeert.',
  pattern: 'Dit wachtwoord bestaat uit herhaalde of opeenvolgende tekens, zoals ‘aaaa’, ‘1234’, ‘abcd’ of ‘qwerty’.',
  personal: 'Dit wachtwoord bevat uw naam, uw e-mailadres of de naam van uw gemeente. Dat raadt iemand die u kent snel.',
  words: 'Dit wachtwoord bestaat uit één of twee bekende woorden of namen en is daardoor snel te raden.',
  guessable: 'Dit wachtwoord is te makkelijk te raden.',
};

function message(reason: PasswordProblem): string {
  if (reason === 'too-long') return `Een wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn.`;
  if (reason === 'example') return 'Dit is het voorbeeld uit onze uitleg, en dat kent iedereen. Bedenk een eigen zin van vier of meer ongewone woorden die niet bij elkaar horen.';
  return `${WHY[reason]} ${BETTER}`;
}

/**
 * The password policy (docs/decisions/0007-password-strength.md): 12 to 128 characters, no rules
 * about digits or symbols, and strong enough by zxcvbn's estimate (score 3 or more) against leaked
 * passwords, Dutch and English words and names, patterns, and the owner's own name, e-mail address
 * and municipality. The maximum keeps hashing cheap for a server under attack.
 */
export function checkPassword(password: string, owner: PasswordOwner): PasswordCheck {
  const length = [...password].length;
  const reason: PasswordProblem | null =
    length < PASSWORD_MIN_LENGTH ? 'too-short' : length > PASSWORD_MAX_LENGTH ? 'too-long' : passwordWeakness(password, personalWords(owner));
  return reason ? { ok: false, reason, message: message(reason) } : { ok: true };
}

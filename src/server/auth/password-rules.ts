/**
 * The password policy's terms, for the API's schemas and descriptions: what the server's thread
 * needs without loading zxcvbn's dictionaries (those live in the password thread, ADR 36).
 */

/** The passphrase the advice shows as an example: refused when copied, in any spelling. */
export const EXAMPLE_PASSPHRASE = 'lantaarn sokken walrus vijgenjam';

/** Why a password is too easy to guess; the policy turns each into a Dutch explanation. */
export const WEAKNESSES = ['example', 'personal', 'common', 'word-with-affixes', 'pattern', 'words', 'guessable'] as const;
export type Weakness = (typeof WEAKNESSES)[number];

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too-short' | 'too-long' | Weakness;

/** The policy as the API documents it, wherever a password is chosen. */
export const PASSWORD_POLICY_DESCRIPTION =
  `Minstens ${PASSWORD_MIN_LENGTH} en hoogstens ${PASSWORD_MAX_LENGTH} tekens, en moeilijk te raden (zxcvbn-score 3 of hoger): ` +
  'geen (variant van een) veelgebruikt wachtwoord, geen woord uit het woordenboek met cijfers of tekens ervoor of erachter, ' +
  'geen herhaalde of opeenvolgende tekens, en niet de eigen naam, het e-mailadres of de naam van de gemeente. ' +
  'Een zin van vier of meer ongewone woorden werkt goed. Een geweigerd wachtwoord geeft 400 weak-password met een Nederlandse uitleg ' +
  `en de reden in details.reason: ${['too-short', 'too-long', ...WEAKNESSES].join(', ')}.`;

import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { randomToken } from './secrets';

/**
 * argon2id with the library's defaults (19 MiB memory, 2 passes, 1 lane): the OWASP minimum
 * for argon2id, and fast enough (tens of milliseconds) for a login.
 */
const OPTIONS = { algorithm: 2 as Algorithm.Argon2id } as const; // the package's const enum cannot be imported under verbatimModuleSyntax

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | null = null;

/**
 * Checks a password. Without a stored hash (unknown account, or an account that has no password
 * yet) it still verifies against a dummy hash with the same parameters, so the answer takes as
 * long as for a real account and nobody can tell from the timing which e-mail addresses exist.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hashPassword(randomToken());
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { Secret } from 'otpauth';
import type { Role } from '../../../src/domain/access/roles';
import { hashRecoveryCode, newRecoveryCodes } from '../../../src/server/auth/recovery-codes';
import { sealTotpSecret } from '../../../src/server/auth/totp-secret';
import type { Keyring } from '../../../src/server/crypto/keyring';
import type { Db } from '../../../src/server/db/client';
import { recoveryCodes, users } from '../../../src/server/db/schema';
import { inTenant } from '../../../src/server/db/tenant';
import { createTestUser, sessionFor, type TestUser } from '../../../src/server/test-support/login-as';

export interface SeededUser extends TestUser {
  password: string;
}

export const PASSWORD = 'een lange zin als wachtwoord voor de test';

/** A user with a password, as if the activation link had been used (the real createUser command underneath). */
export async function seedUser(db: Db, input: { municipality: string; roles: Role[]; name: string; email: string }): Promise<SeededUser> {
  const user = await createTestUser(db, { ...input, password: PASSWORD });
  return { ...user, password: PASSWORD };
}

/**
 * Gives a user an authenticator app and recovery codes as if enrolment had been confirmed; the
 * test knows the secret, as the user's phone would. Stored encrypted with the server's keyring.
 */
export async function seedSecondFactor(server: { db: Db; keyring: Keyring }, user: TestUser): Promise<{ secret: string; recoveryCodes: string[] }> {
  const { db } = server;
  const secret = new Secret({ size: 20 }).base32;
  const codes = newRecoveryCodes();
  await inTenant(db, user.municipality, async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: sealTotpSecret(server.keyring, user.userId, 'secret', secret), totpEnabledAt: new Date() })
      .where(eq(users.id, user.userId));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: user.userId, codeHash: hashRecoveryCode(c) })));
  });
  return { secret, recoveryCodes: codes };
}

/**
 * A complete session straight in the database, as the cookie a browser context can carry. `now`:
 * the server's own clock, when a test runs it ahead (a session must start on the clock that checks it).
 */
export async function sessionCookie(db: Db, user: TestUser, url: string, now?: Date): Promise<{ name: string; value: string; url: string }> {
  const login = await sessionFor(db, user, now ? { now } : {});
  const [name, value] = login.cookie.split('=') as [string, string];
  return { name, value, url };
}

/**
 * A browser context already logged in as `user` (a session straight in the database) and a page in
 * it. `goHome` opens the home page first, for tests that start from there.
 */
export async function loggedInPage(
  browser: Browser,
  server: { db: Db; url: string },
  user: TestUser,
  options: { width?: number; goHome?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, baseURL: server.url });
  await context.addCookies([await sessionCookie(server.db, user, server.url)]);
  const page = await context.newPage();
  if (options.goHome) await page.goto('/');
  return { context, page };
}

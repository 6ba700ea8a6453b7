import crypto from 'node:crypto';
import type { Content } from '../../domain/content/content';
import { createServices, type Services } from '../context/services';
import type { Db } from '../db/client';
import { createMailer } from '../mail/mailer';
import type { Keyring } from '../crypto/keyring';
import { writeAudit, type AuditEntry } from '../audit/write-audit';
import type { Tx } from '../db/tenant';

/** Fixtures encrypt nothing a test reads back with another key: one key in memory serves them all. */
const FIXTURE_KEYRING: Keyring = { current: 'fixture', keys: new Map([['fixture', crypto.randomBytes(32)]]) };

/** Test fixtures that make users and sessions need no content; touching it says so. */
const NO_CONTENT = new Proxy({} as Content, {
  get: () => {
    throw new Error('test services without content: use createTestApp for commands that need it');
  },
});

/**
 * Services around a bare test database, for fixtures that write users and sessions straight
 * through the real commands (createUser, createSession). `now` fixes the clock.
 */
export function testServices(db: Db, options: { now?: Date | undefined } = {}): Services {
  const now = options.now;
  return createServices({
    database: { db, kind: 'pglite', raw: () => Promise.reject(new Error('no raw SQL in test fixtures')), close: async () => {} },
    content: NO_CONTENT,
    keyring: FIXTURE_KEYRING,
    mailer: createMailer({ smtpUrl: undefined, from: 'test@example.test' }),
    ...(now ? { clock: () => now } : {}),
  });
}

/** An audit record written straight into a transaction, as a test's starting point. */
export function writeTestAudit(tx: Tx, entry: AuditEntry, at: Date = new Date()): Promise<void> {
  return writeAudit(tx, FIXTURE_KEYRING, entry, at);
}

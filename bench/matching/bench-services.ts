import crypto from 'node:crypto';
import { loadContent } from '../../src/server/content/load-content';
import { syncContent } from '../../src/server/content/sync-content';
import { createServices, type Services } from '../../src/server/context/services';
import type { Database } from '../../src/server/db/client';
import { createMailer } from '../../src/server/mail/mailer';
import { CONTENT_DIR } from '../../src/server/test-support/test-app';

/** The services of the matching bench: the real content, a key of its own, no mail server. */
export async function openBenchServices(database: Database): Promise<Services> {
  const { content } = await loadContent(CONTENT_DIR);
  await syncContent(database.db, content);
  const keyring = { current: 'bench', keys: new Map([['bench', crypto.randomBytes(32)]]) };
  return createServices({ database, content, keyring, mailer: createMailer({ smtpUrl: undefined, from: 'bench@example.test' }) });
}

import type { Keyring } from '../../../src/server/crypto/keyring';
import type { Db } from '../../../src/server/db/client';
import { startSmtpCapture, type SmtpCapture } from '../../../src/server/test-support/smtp-capture';
import { createTestApp } from '../../../src/server/test-support/test-app';
import { freePort, WEB_DIR } from './servers';

export interface ChainServer {
  url: string;
  db: Db;
  /** The server's keys, to store encrypted fields (a TOTP secret) as the server would. */
  keyring: Keyring;
  /** The server's clock (a test may run it ahead). */
  now: () => Date;
  /** A real SMTP server in the test: every e-mail the app sends arrives here, over the wire. */
  smtp: SmtpCapture;
  close(): Promise<void>;
}

/**
 * The real app (buildApp, as startServer builds it) over a fresh database of the suite's kind,
 * listening with the built front end, sending its mail to a capturing SMTP server, with the
 * database at hand to create users. The public address is fixed first, so the links in the
 * e-mails point at this server. `now` is the server's clock (due dates, late feedback, sessions).
 */
export async function startChainServer(options: { now?: () => Date; email?: boolean } = {}): Promise<ChainServer> {
  const smtp = await startSmtpCapture();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // `email: false`: an installation without SMTP_URL (the capture then stays empty).
  const t = await createTestApp({ webDir: WEB_DIR, ...(options.email === false ? {} : { smtpUrl: smtp.url }), publicUrl: url, ...(options.now ? { now: options.now } : {}) });
  await t.app.listen({ port, host: '127.0.0.1' });
  return {
    url,
    db: t.database.db,
    keyring: t.keyring,
    now: t.services.clock,
    smtp,
    close: async () => {
      await t.close();
      await smtp.close();
    },
  };
}

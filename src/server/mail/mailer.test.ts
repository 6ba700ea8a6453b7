import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCapture, type SmtpCapture } from '../test-support/smtp-capture';
import { MailNotConfiguredError, createMailer } from './mailer';

let smtp: SmtpCapture;
beforeAll(async () => {
  smtp = await startSmtpCapture();
});
afterAll(() => smtp?.close());

describe('mailer', () => {
  it('delivers over SMTP with sender, subject and body intact', async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Signaalroute <noreply@gemeente.example>' });
    try {
      await mailer.send({ to: 'avim@politie.example', subject: 'Overdracht signaal SR-2026-0001', text: 'Zie de bijlage – één signaal.' });
    } finally {
      mailer.close();
    }
    const mail = await smtp.waitFor((m) => m.subject === 'Overdracht signaal SR-2026-0001');
    expect(mail.from?.text).toContain('noreply@gemeente.example');
    expect(mail.text).toContain('één signaal');
  });

  it('says clearly that no mail server is configured instead of pretending to send', async () => {
    const mailer = createMailer({ smtpUrl: undefined, from: 'x@y.example' });
    expect(mailer.enabled).toBe(false);
    await expect(mailer.send({ to: 'a@b.example', subject: 's', text: 't' })).rejects.toThrow(MailNotConfiguredError);
  });
});

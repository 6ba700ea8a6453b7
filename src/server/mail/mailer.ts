import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

export interface Mailer {
  /** False when no SMTP server is configured: callers say so to the user instead of pretending. */
  readonly enabled: boolean;
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  close(): void;
}

export class MailNotConfiguredError extends Error {
  override name = 'MailNotConfiguredError';
  constructor() {
    super('Er is geen e-mailserver ingesteld (SMTP_URL); verstuur dit op een andere manier.');
  }
}

/** E-mail over SMTP (nodemailer). `smtpUrl` like smtp://user:pass@mail.example.nl:587. */
export function createMailer(options: { smtpUrl: string | undefined; from: string }): Mailer {
  if (!options.smtpUrl) {
    return {
      enabled: false,
      send: () => Promise.reject(new MailNotConfiguredError()),
      close: () => {},
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    enabled: true,
    send: async (mail) => {
      const info = await transport.sendMail({ from: options.from, ...mail });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

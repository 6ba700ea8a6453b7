import type { Context } from '../context/context';
import { inTransaction } from '../context/run';
import type { OutgoingMail } from '../mail/mailer';

/**
 * The e-mail that tells a reporter there is news (step 6). It holds the reference and a link to
 * "Mijn signalen" and nothing of the case: e-mail leaves our hands, and the reporter reads the
 * feedback after logging in.
 */
export function reporterNewsMail(to: string, reference: string, publicUrl: string): OutgoingMail {
  const link = `${publicUrl}/mijn-signalen`;
  return {
    to,
    subject: `Nieuws over uw signaal ${reference}`,
    text: [
      'Beste collega,',
      '',
      `Er is nieuws over het signaal dat u heeft doorgegeven aan de aandachtsfunctionaris mensenhandel (kenmerk ${reference}).`,
      '',
      'U leest het in Signaalroute onder "Mijn signalen":',
      link,
      '',
      'Deze e-mail bevat bewust geen inhoud van het signaal.',
      '',
      'Signaalroute',
    ].join('\n'),
  };
}

export const NOTICES = {
  mailNotConfigured:
    'De terugkoppeling is vastgelegd en staat in "Mijn signalen" van de melder. Er is geen e-mailserver ingesteld, dus de melder krijgt geen bericht dat er nieuws is: laat het op een andere manier weten.',
  mailFailed:
    'De terugkoppeling is vastgelegd en staat in "Mijn signalen" van de melder, maar de e-mail dat er nieuws is kon niet worden verzonden. Laat het de melder op een andere manier weten.',
  reporterInactive:
    'De terugkoppeling is vastgelegd, maar het account van de melder is gedeactiveerd: de melder kan "Mijn signalen" niet lezen en krijgt geen e-mail. Laat het op een andere manier weten.',
} as const;

/**
 * Sends the news e-mail after the feedback was committed (so a mail never announces feedback that
 * is not there) and audits the attempt. Returns a notice for the AF when the reporter could not be
 * told by e-mail; the feedback itself is recorded either way.
 */
export async function notifyReporter(ctx: Context, input: { signalId: string; reference: string; email: string | null }): Promise<string | null> {
  let notice: string | null = null;
  let reason: string | null = null;
  const { mailer } = ctx.services;
  if (input.email === null) [notice, reason] = [NOTICES.reporterInactive, 'reporter-inactive'];
  else if (!mailer.enabled) [notice, reason] = [NOTICES.mailNotConfigured, 'mail-not-configured'];
  else {
    try {
      await mailer.send(reporterNewsMail(input.email, input.reference, ctx.publicUrl));
    } catch {
      // The SMTP error may quote the address: it is not logged, only counted as a failure.
      [notice, reason] = [NOTICES.mailFailed, 'mail-failed'];
    }
  }
  await inTransaction(ctx, (txCtx) =>
    txCtx.audit({ action: 'signal.notify-reporter', objectType: 'signal', objectId: input.signalId, result: reason ? 'failure' : 'success', details: reason ? { reason } : {} }),
  );
  return notice;
}

import type { OutgoingMail } from '../mail/mailer';
import { dutchDate, type HandoverDocument } from '../../domain/signal/handover-document';
import { renderHandoverText } from './render-handover';

/**
 * The e-mail that hands a signal over: the document as plain text, then the request for feedback
 * with the partner's one-time link and the due date.
 */
export function handoverMail(input: {
  to: string;
  document: HandoverDocument;
  reference: string;
  municipality: string;
  partnerName: string;
  link: string;
  dueAt: Date;
  linkExpiresAt: Date;
}): OutgoingMail {
  const text = [
    `Geachte ${input.partnerName},`,
    `De aandachtsfunctionaris mensenhandel van de gemeente ${input.municipality} draagt hierbij een signaal van mogelijke mensenhandel aan u over (kenmerk ${input.reference}).`,
    renderHandoverText(input.document),
    [
      'TERUGKOPPELING GEVRAAGD',
      `Wilt u uiterlijk ${dutchDate(input.dueAt)} laten weten wat u met dit signaal hebt gedaan? Dat kan zonder account, in een minuut, via deze persoonlijke link:`,
      '',
      input.link,
      '',
      `De link werkt één keer en is geldig tot ${dutchDate(input.linkExpiresAt)}. Stuur deze e-mail niet door: wie de link heeft, kan namens u antwoorden.`,
    ].join('\n'),
    `Met vriendelijke groet,\nAandachtsfunctionaris mensenhandel, gemeente ${input.municipality}\n(verstuurd met Signaalroute)`,
  ].join('\n\n');
  return {
    to: input.to,
    subject: `Overdracht signaal mensenhandel ${input.reference} (gemeente ${input.municipality})`,
    text,
  };
}

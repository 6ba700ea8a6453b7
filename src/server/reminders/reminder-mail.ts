import type { OutgoingMail } from '../mail/mailer';
import { dutchDate } from '../handovers/render-handover';

export type ReminderKind = 'before' | 'after';

/**
 * A reminder to a partner: the reference, the due date and a new one-time link. No case content:
 * the partner has that in the handover itself.
 */
export function reminderMail(input: {
  kind: ReminderKind;
  to: string;
  reference: string;
  municipality: string;
  partnerName: string;
  sentAt: Date;
  dueAt: Date;
  link: string;
  linkExpiresAt: Date;
}): OutgoingMail {
  const due = dutchDate(input.dueAt);
  const ask =
    input.kind === 'before'
      ? `Wij vragen u uiterlijk ${due} terug te koppelen wat u met dit signaal hebt gedaan.`
      : `Wij vroegen u uiterlijk ${due} terug te koppelen wat u met dit signaal hebt gedaan, maar hebben nog geen terugkoppeling ontvangen. Wilt u dat alsnog doen?`;
  const text = [
    `Geachte ${input.partnerName},`,
    `Op ${dutchDate(input.sentAt)} heeft de aandachtsfunctionaris mensenhandel van de gemeente ${input.municipality} een signaal aan u overgedragen (kenmerk ${input.reference}). ${ask}`,
    `Dat kan zonder account, via deze nieuwe persoonlijke link:\n\n${input.link}\n\nDe link werkt één keer en is geldig tot ${dutchDate(input.linkExpiresAt)}. Eerdere links voor dit signaal werken niet meer. Stuur deze e-mail niet door.`,
    'Is het signaal bij u niet (meer) bekend? Neem dan contact op met de aandachtsfunctionaris van de gemeente.',
    `Met vriendelijke groet,\nAandachtsfunctionaris mensenhandel, gemeente ${input.municipality}\n(verstuurd met Signaalroute)`,
  ].join('\n\n');
  return {
    to: input.to,
    subject:
      input.kind === 'before'
        ? `Herinnering: terugkoppeling gevraagd vóór ${due} (signaal ${input.reference}, gemeente ${input.municipality})`
        : `Terugkoppeling verlopen op ${due} (signaal ${input.reference}, gemeente ${input.municipality})`,
    text,
  };
}

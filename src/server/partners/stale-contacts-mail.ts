import { dutchCalendarDate } from '../../domain/signal/handover-document';
import type { StaleContact } from '../../domain/content/stale-contacts';
import type { OutgoingMail } from '../mail/mailer';

/**
 * The monthly e-mail to a regiobeheerder (issue 9): which contacts of the region's partners nobody
 * checked for a year, and where to check them. Partner contacts are public work details, so the
 * list itself may go by e-mail.
 */
export function staleContactsMail(input: { to: string; name: string; regionName: string; contacts: readonly StaleContact[]; link: string }): OutgoingMail {
  const count = input.contacts.length;
  const lines = input.contacts.map(
    (c) => `- ${c.contactName} (${c.partnerName}): ${c.verifiedOn ? `laatst gecontroleerd op ${dutchCalendarDate(c.verifiedOn)}` : 'nog nooit gecontroleerd'}`,
  );
  const text = [
    `Beste ${input.name},`,
    `Van de partners van regio ${input.regionName} ${count === 1 ? 'is het contact hieronder' : `zijn de ${count} contacten hieronder`} twaalf maanden of langer niet gecontroleerd. Een telefoonnummer of adres op de routekaart moet kloppen op het moment dat een medewerker het nodig heeft.`,
    lines.join('\n'),
    `Controleer de gegevens bij de partner. Kloppen ze, kies dan bij het contact "Gecontroleerd vandaag"; zo niet, pas ze aan. Sla het concept op en publiceer het:\n\n${input.link}`,
    'U krijgt dit bericht eens per maand zolang er contacten zijn die gecontroleerd moeten worden.',
    'Met vriendelijke groet,\nSignaalroute',
  ].join('\n\n');
  return {
    to: input.to,
    subject: `Contactgegevens controleren: ${count} ${count === 1 ? 'contact' : 'contacten'} van regio ${input.regionName} een jaar niet gecontroleerd`,
    text,
  };
}

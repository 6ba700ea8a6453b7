import type { Content, PartnerView } from '../../domain/content/content';
import type { Contact } from '../../domain/routemap/compiled';
import { handoverPartners } from '../../domain/signal/handover-recipients';
import { errors } from '../http/errors';

export interface Recipient {
  partner: PartnerView;
  contact: Contact;
}

/**
 * The partner and contact a signal of this municipality may go to: one the AF's form offers
 * (handoverPartners: own region, own subregion, national, never 112), so an API caller cannot
 * choose another either.
 */
export function resolveRecipient(content: Content, municipality: string, partnerId: string, contactId: string): Recipient {
  const place = content.municipality(municipality);
  const offered = place ? handoverPartners(content.partners(place.region, 'nl'), place) : [];
  const partner = offered.find((p) => p.id === partnerId);
  if (!partner) throw errors.unknownPartner(partnerId);
  const contact = partner.contacts.find((c) => c.id === contactId);
  if (!contact) throw errors.unknownContact(contactId, partner.name);
  return { partner, contact };
}

export function municipalityName(content: Content, code: string): string {
  return content.municipality(code)?.name ?? code;
}

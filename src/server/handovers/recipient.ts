import type { Content, PartnerView } from '../../domain/content/content';
import type { Contact } from '../../domain/routemap/compiled';
import { errors } from '../http/errors';

export interface Recipient {
  partner: PartnerView;
  contact: Contact;
}

/**
 * The partner and contact a signal of this municipality may go to: a partner of the directory of
 * the municipality's region (national partners included), and a contact of that partner that
 * applies to the municipality's subregion.
 */
export function resolveRecipient(content: Content, municipality: string, partnerId: string, contactId: string): Recipient {
  const place = content.municipality(municipality);
  const partner = place?.region ? content.partners(place.region, 'nl').find((p) => p.id === partnerId) : undefined;
  if (!partner) throw errors.unknownPartner(partnerId);
  const contact = partner.contacts.find((c) => c.id === contactId);
  if (!contact || (contact.subregion !== null && contact.subregion !== (place?.subregion ?? null))) {
    throw errors.unknownContact(contactId, partner.name);
  }
  return { partner, contact };
}

export function municipalityName(content: Content, code: string): string {
  return content.municipality(code)?.name ?? code;
}

import { localize, type Language } from './localized';
import type { ContactEntry, Partner } from './partner-schema';
import type { Contact } from '../routemap/compiled';

/** A contact with the partner it belongs to: the partner's name and description are shown with it. */
export interface ContactRecord {
  partner: Partner;
  contact: ContactEntry;
}

/** Contacts by id over all partners. Ids are unique across partner files (checked by validateContent); the first wins. */
export function indexContacts(partners: readonly Partner[]): Map<string, ContactRecord> {
  const byId = new Map<string, ContactRecord>();
  for (const partner of partners) {
    for (const contact of partner.contacts) if (!byId.has(contact.id)) byId.set(contact.id, { partner, contact });
  }
  return byId;
}

/**
 * "Partner – label", unless the label already says who it is ("NLA" / "NLA", or a label that
 * contains the partner name): repeating the name would only make the route card harder to read.
 */
export function contactName(partnerName: string, label: string): string {
  const p = partnerName.trim().toLocaleLowerCase('nl');
  const l = label.trim().toLocaleLowerCase('nl');
  return l.includes(p) ? label : `${partnerName} – ${label}`;
}

export function compileContact({ partner, contact }: ContactRecord, lang: Language): Contact {
  return {
    id: contact.id,
    name: contactName(partner.name, localize(contact.label, lang)),
    partner: partner.id,
    description: localize(partner.description, lang),
    phone: contact.phone ?? null,
    email: contact.email ?? null,
    url: contact.url ?? null,
    hours: localize(contact.hours, lang) ?? null,
    note: localize(contact.note, lang) ?? null,
    subregion: contact.subregion ?? null,
    verifiedOn: contact.verifiedOn,
    unverified: contact.unverified ?? null,
  };
}

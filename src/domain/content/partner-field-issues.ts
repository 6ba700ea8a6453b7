import { textIn } from '../routemap/edit-map';
import { emailAddress, phoneNumber, webAddress } from './partner-schema';
import type { RegionPack } from './region-pack-schema';
import type { PackIssue } from './validate-region-pack';

/** A problem with the message for beside its field, which need not name the partner and contact again. */
export interface FieldIssue extends PackIssue {
  atField: string;
}

/**
 * What the pack schema would refuse in the partners an editor is filling in: empty names and
 * texts, a malformed phone number, e-mail or web address, a contact with no way to reach it, a
 * missing check date. validateRegionPack assumes a pack that passed the schema and does not check
 * these; the server does on saving, but the editor must say so while typing. The messages for
 * phone, e-mail and web address are the schema's own.
 */
export function partnerFieldIssues(pack: RegionPack): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: PropertyKey[], who: string, atField: string) => issues.push({ path, message: `${who}: ${atField}`, atField });
  pack.partners.forEach((partner, i) => {
    const who = `partner "${partner.name || partner.id}"`;
    const at = (...rest: PropertyKey[]) => ['partners', i, ...rest];
    if (partner.name.trim() === '') add(at('name'), `partner "${partner.id}"`, 'de naam ontbreekt');
    if (textIn(partner.description, 'nl').trim() === '') add(at('description'), who, 'de Nederlandse omschrijving ontbreekt');
    if (partner.contacts.length === 0) add(at('contacts'), who, 'een partner heeft ten minste één contact');
    partner.contacts.forEach((contact, j) => {
      const where = (...rest: PropertyKey[]) => at('contacts', j, ...rest);
      const name = `${who}, contact "${textIn(contact.label, 'nl') || contact.id}"`;
      if (textIn(contact.label, 'nl').trim() === '') add(where('label'), name, 'de Nederlandse naam ontbreekt');
      const fields = [
        ['phone', contact.phone, phoneNumber],
        ['email', contact.email, emailAddress],
        ['url', contact.url, webAddress],
      ] as const;
      for (const [field, value, schema] of fields) {
        if (value === undefined) continue;
        const parsed = schema.safeParse(value);
        if (!parsed.success) add(where(field), name, parsed.error.issues[0]?.message ?? 'ongeldig');
      }
      if (!contact.phone && !contact.email && !contact.url) add(where('phone'), name, 'een contact heeft ten minste een telefoonnummer, e-mailadres of webadres');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(contact.verifiedOn ?? '')) add(where('verifiedOn'), name, 'nog nooit gecontroleerd; controleer de gegevens en kies "Gecontroleerd vandaag"');
    });
  });
  return issues;
}

import { textIn } from '../routemap/edit-map';
import { asProblem, message, type CodedProblem, type Message } from './content-messages';
import { emailAddress, phoneNumber, webAddress } from './partner-schema';
import type { RegionPack } from './region-pack-schema';
import type { PackIssue } from './validate-region-pack';

/** A problem with the message for beside its field, which need not name the partner and contact again. */
export interface FieldIssue extends PackIssue {
  atField: CodedProblem;
}

/**
 * What the pack schema would refuse in the partners an editor is filling in: empty names and
 * texts, a malformed phone number, e-mail or web address, a contact with no way to reach it, a
 * missing check date. validateRegionPack assumes a pack that passed the schema and does not check
 * these; the server does on saving, but the editor must say so while typing. The messages for
 * phone, e-mail and web address are the schema's own (both take them from content-messages.ts).
 */
export function partnerFieldIssues(pack: RegionPack): FieldIssue[] {
  const issues: FieldIssue[] = [];
  /** `whole` names the partner (and contact) around the problem for the list of all problems. */
  const add = (path: PropertyKey[], whole: (problem: Message) => Message, problem: Message) =>
    issues.push({ path, ...asProblem(whole(problem)), atField: asProblem(problem) });
  pack.partners.forEach((partner, i) => {
    const ofPartner = (problem: Message) => message('partner.problem', { partner: partner.name || partner.id, problem });
    const at = (...rest: PropertyKey[]) => ['partners', i, ...rest];
    if (partner.name.trim() === '') add(at('name'), ofPartner, message('partner.nameMissing'));
    if (textIn(partner.description, 'nl').trim() === '') add(at('description'), ofPartner, message('partner.descriptionMissing'));
    if (partner.contacts.length === 0) add(at('contacts'), ofPartner, message('partner.noContacts'));
    partner.contacts.forEach((contact, j) => {
      const where = (...rest: PropertyKey[]) => at('contacts', j, ...rest);
      const ofContact = (problem: Message) =>
        message('contact.problem', { partner: partner.name || partner.id, contact: textIn(contact.label, 'nl') || contact.id, problem });
      if (textIn(contact.label, 'nl').trim() === '') add(where('label'), ofContact, message('contact.labelMissing'));
      const fields = [
        ['phone', contact.phone, phoneNumber, message('contact.phoneInvalid')],
        ['email', contact.email, emailAddress, message('contact.emailInvalid')],
        ['url', contact.url, webAddress, message('contact.urlInvalid')],
      ] as const;
      for (const [field, value, schema, invalid] of fields) {
        if (value !== undefined && !schema.safeParse(value).success) add(where(field), ofContact, invalid);
      }
      if (!contact.phone && !contact.email && !contact.url) add(where('phone'), ofContact, message('contact.unreachable'));
      if (!/^\d{4}-\d{2}-\d{2}$/.test(contact.verifiedOn ?? '')) add(where('verifiedOn'), ofContact, message('contact.neverChecked'));
    });
  });
  return issues;
}

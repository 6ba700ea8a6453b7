import type { Content } from './content';
import { contactName } from './compile-contact';
import { localize, type Language } from './localized';
import type { RegionPack } from './region-pack-schema';

/**
 * Contacts whose details nobody checked for a year (issue 9): the seeds are PDFs that go stale, so
 * a phone number in a route map is only as good as its last check. The regiobeheerder sees them in
 * the partners editor, on the start page and in a monthly e-mail.
 */
export interface StaleContact {
  partnerId: string;
  partnerName: string;
  contactId: string;
  /** The contact as users see it: "partner – label" (compile-contact's contactName). */
  contactName: string;
  /** The date of the last check (YYYY-MM-DD); null when it was never recorded. */
  verifiedOn: string | null;
}

/** What GET /api/v1/regions/:region/stale-contacts answers. */
export interface StaleContactsView {
  region: string;
  /** The Dutch calendar date the list was made on (YYYY-MM-DD). */
  today: string;
  contacts: StaleContact[];
}

const isDate = (s: string | null | undefined): s is string => typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s);

/**
 * The same calendar date 12 months before `today` (both YYYY-MM-DD, Dutch calendar dates): the
 * last date on which a check is already a year old. 29 February goes back to 28 February.
 */
export function verifiedDueBefore(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y - 1;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Whether a contact checked on `verifiedOn` must be checked again on `today`: never checked, or 12 months ago or longer. */
export function isStale(verifiedOn: string | undefined | null, today: string): boolean {
  return !isDate(verifiedOn) || verifiedOn <= verifiedDueBefore(today);
}

interface Checked {
  id: string;
  name: string;
  contacts: readonly { id: string; name: string; verifiedOn?: string | undefined }[];
}

function staleOf(partners: readonly Checked[], today: string): StaleContact[] {
  return partners.flatMap((partner) =>
    partner.contacts
      .filter((contact) => isStale(contact.verifiedOn, today))
      .map((contact) => ({
        partnerId: partner.id,
        partnerName: partner.name,
        contactId: contact.id,
        contactName: contact.name,
        verifiedOn: isDate(contact.verifiedOn) ? contact.verifiedOn : null,
      })),
  );
}

/** The stale contacts of a pack's own partners (the national pack: the national partners). */
export function staleContactsOfPack(pack: RegionPack, today: string, lang: Language = 'nl'): StaleContact[] {
  return staleOf(
    pack.partners.map((p) => ({ ...p, contacts: p.contacts.map((c) => ({ id: c.id, name: contactName(p.name, localize(c.label, lang) ?? ''), verifiedOn: c.verifiedOn })) })),
    today,
  );
}

/**
 * The stale contacts of the partners a region keeps itself, in the content the installation
 * serves: for the fallback region the national partners, for another region its own (national
 * partners are the national regiobeheerder's to check). Empty for an unknown region.
 */
export function staleContactsOfContent(content: Content, regionId: string, today: string, lang: Language = 'nl'): StaleContact[] {
  const region = content.region(regionId, lang);
  if (!region) return [];
  const own = content.partners(regionId, lang).filter((p) => (region.fallback ? p.regions.length === 0 : p.regions.includes(regionId)));
  return staleOf(own, today);
}

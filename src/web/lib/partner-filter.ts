import type { PartnerView } from '../api/types';

/** Case- and accent-insensitive text for matching what a user types ("veiligheidshuis", "Gevangenis"). */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/**
 * Partners whose name, description or any contact label contains every word of the query.
 * Runs in the browser over the region's list, which is small.
 */
export function filterPartners(partners: PartnerView[], query: string): PartnerView[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return partners;
  return partners.filter((partner) => {
    const haystack = normalise([partner.name, partner.description, ...partner.contacts.map((c) => c.name)].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

import type { PartnerView } from '../content/content';

/** The emergency number: it is called in acute danger, never handed a signal. */
export function isEmergencyNumber(phone: string | null): boolean {
  return phone !== null && phone.replace(/[ -]/g, '') === '112';
}

/** Where a signal comes from: its municipality's region and subregion. */
export interface SignalPlace {
  region: string;
  subregion: string | null;
}

/**
 * The partners a signal may be handed over to, each with the contacts that apply: partners of the
 * municipality's own region and the national ones; of their contacts those for the whole region
 * or for the municipality's own subregion (a Leiden signal does not go to the Zorg- en
 * Veiligheidshuis Haaglanden); never the emergency number. A partner left without a contact is
 * not offered. The server checks a handover against this list, and the AF's form offers it.
 */
export function handoverPartners(partners: readonly PartnerView[], place: SignalPlace): PartnerView[] {
  const out: PartnerView[] = [];
  for (const partner of partners) {
    if (partner.regions.length > 0 && !partner.regions.includes(place.region)) continue;
    const contacts = partner.contacts.filter((c) => (c.subregion === null || c.subregion === place.subregion) && !isEmergencyNumber(c.phone));
    if (contacts.length > 0) out.push({ ...partner, contacts });
  }
  return out;
}

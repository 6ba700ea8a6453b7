import type { ContentFiles } from './content-files';
import { indexContacts } from './compile-contact';
import type { ContactEntry, Partner } from './partner-schema';
import type { RegionPack } from './region-pack-schema';

/** A partner whose contacts an outcome of the pack's maps may name. */
export interface ContactChoice {
  partner: Partner;
  /** Whether the partner is national (kept in the national pack) rather than the region's own. */
  national: boolean;
  contacts: ContactEntry[];
}

/** The national partners of the installation: without regions, outside the pack being edited. */
function nationalPartners(pack: RegionPack, context: ContentFiles): Partner[] {
  if (pack.region.fallback) return [];
  const own = new Set(pack.partners.map((p) => p.id));
  return context.partners.flatMap((f) => f.data.partners).filter((p) => p.regions.length === 0 && !own.has(p.id));
}

/** The contacts an outcome may name: the pack's own partners first, then the national ones. */
export function contactChoices(pack: RegionPack, context: ContentFiles): ContactChoice[] {
  return [
    ...pack.partners.map((partner) => ({ partner, national: pack.region.fallback, contacts: partner.contacts })),
    ...nationalPartners(pack, context).map((partner) => ({ partner, national: true, contacts: partner.contacts })),
  ];
}

/**
 * The pack with `nationalPartners` naming every national partner whose contacts its maps use (new
 * ones at the end; none is removed, that would change the pack where the editor did not look). The
 * editor keeps this list itself: a regiobeheerder chooses contacts, and which pack a partner is
 * kept in is the installation's concern.
 */
export function withUsedNationalPartners(pack: RegionPack, context: ContentFiles): RegionPack {
  if (pack.region.fallback) return pack;
  const contacts = indexContacts(nationalPartners(pack, context));
  const used = new Set<string>();
  for (const map of pack.routemaps) {
    for (const node of map.nodes) {
      if (node.type === 'outcome') for (const id of node.contacts) {
        const partner = contacts.get(id)?.partner;
        if (partner) used.add(partner.id);
      }
    }
  }
  const added = [...used].filter((id) => !pack.nationalPartners.includes(id));
  return added.length === 0 ? pack : { ...pack, nationalPartners: [...pack.nationalPartners, ...added] };
}

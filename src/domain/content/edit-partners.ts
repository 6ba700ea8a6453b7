import { textIn, withText } from '../routemap/edit-map';
import type { Language } from './localized';
import type { ContactEntry, Partner } from './partner-schema';
import type { RegionPack } from './region-pack-schema';
import { sourceOfKey, withSource } from './sources';

/**
 * Editing the partners of a region pack in the browser (issue 9). Every operation returns a new
 * pack and leaves its input alone, so the editor keeps the draft in React state. Nothing is
 * repaired behind the editor's back: a contact a route map uses can be deleted, and validation
 * (validateRegionPack) then says which outcome names it.
 */

/** `base-1`, `base-2`, … : the first not in `used`. Contact ids are unique across the installation. */
export function freeId(base: string, used: ReadonlySet<string>): string {
  let n = 1;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

const contactIds = (partners: readonly Partner[]) => new Set(partners.flatMap((p) => p.contacts.map((c) => c.id)));

function emptyContact(id: string): ContactEntry {
  // No check date: a new contact is "never checked" until the editor confirms its details.
  return { id, label: { nl: '' }, verifiedOn: '' };
}

/** A new partner at the end, serving the pack's region (none for the national pack), with one empty contact. */
export function addPartner(pack: RegionPack, taken: ReadonlySet<string> = new Set()): { pack: RegionPack; index: number } {
  const id = freeId('nieuwe-partner', new Set([...taken, ...pack.partners.map((p) => p.id)]));
  const partner: Partner = {
    id,
    name: '',
    description: { nl: '' },
    regions: pack.region.fallback ? [] : [pack.region.id],
    contacts: [emptyContact(freeId(id, new Set([...taken, ...contactIds(pack.partners)])))],
  };
  return { pack: { ...pack, partners: [...pack.partners, partner] }, index: pack.partners.length };
}

export function updatePartner(pack: RegionPack, index: number, change: (p: Partner) => Partner): RegionPack {
  return { ...pack, partners: pack.partners.map((p, i) => (i === index ? change(p) : p)) };
}

/** The document(s) the partner's details come from, by the key the editor's select has for them ('' : none). */
export function setPartnerSource(pack: RegionPack, index: number, key: string): RegionPack {
  return updatePartner(pack, index, (p) => withSource(p, sourceOfKey(key)));
}

export function removePartner(pack: RegionPack, index: number): RegionPack {
  return { ...pack, partners: pack.partners.filter((_, i) => i !== index) };
}

/** A new, empty contact at the end of the partner's contacts. */
export function addContact(pack: RegionPack, index: number, taken: ReadonlySet<string> = new Set()): RegionPack {
  const used = new Set([...taken, ...contactIds(pack.partners)]);
  return updatePartner(pack, index, (p) => ({ ...p, contacts: [...p.contacts, emptyContact(freeId(p.id, used))] }));
}

export function updateContact(pack: RegionPack, index: number, contact: number, change: (c: ContactEntry) => ContactEntry): RegionPack {
  return updatePartner(pack, index, (p) => ({ ...p, contacts: p.contacts.map((c, j) => (j === contact ? change(c) : c)) }));
}

export function removeContact(pack: RegionPack, index: number, contact: number): RegionPack {
  return updatePartner(pack, index, (p) => ({ ...p, contacts: p.contacts.filter((_, j) => j !== contact) }));
}

/**
 * "Gecontroleerd vandaag": the details were checked with the partner on `today` (YYYY-MM-DD). A
 * note that the details were repaired from a damaged source goes too: they have been checked now.
 */
export function markVerified(pack: RegionPack, index: number, contact: number, today: string): RegionPack {
  return updateContact(pack, index, contact, (c) => {
    const checked = { ...c, verifiedOn: today };
    delete checked.unverified;
    return checked;
  });
}

/** An optional text field: empty means absent, so the schema's format checks see no empty string. */
export function optional<K extends 'phone' | 'email' | 'url'>(contact: ContactEntry, key: K, value: string): ContactEntry {
  const next = { ...contact };
  if (value === '') delete next[key];
  else next[key] = value;
  return next;
}

/** One language of an optional text of a contact: emptied in both languages, the text is left out. */
export function optionalText(contact: ContactEntry, key: 'hours' | 'note', lang: Language, value: string): ContactEntry {
  const text = withText(contact[key], lang, value);
  const next: ContactEntry = { ...contact, [key]: text };
  if (textIn(text, 'nl') === '' && textIn(text, 'en') === '') delete next[key];
  return next;
}

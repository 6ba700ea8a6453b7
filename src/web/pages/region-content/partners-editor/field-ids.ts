/** The id of a field of the partners editor, where the problem list leads: `partner-2-naam`, `partner-2-contact-0-phone`. */
export function fieldId(partner: number, contact: number | null, field: string): string {
  return contact === null ? `partner-${partner}-${field}` : `partner-${partner}-contact-${contact}-${field}`;
}

/** The field a problem's path points at, or the partner's heading when it names no field. */
export function fieldOfPath(path: readonly PropertyKey[]): string {
  const [, partner, part, contact, field] = path;
  if (typeof partner !== 'number') return 'partners-title';
  if (part === 'contacts' && typeof contact === 'number') return fieldId(partner, contact, typeof field === 'string' ? field : 'label');
  if (part === 'name' || part === 'description' || part === 'source' || part === 'regions') return fieldId(partner, null, part);
  return `partner-${partner}`;
}

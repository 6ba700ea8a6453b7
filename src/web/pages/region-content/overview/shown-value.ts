/** A value of a changed field as a reader sees it: texts in Dutch (and English), lists joined. */
export function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(shown).join(', ');
  const record = value as Record<string, unknown>;
  if (typeof record.nl === 'string') return typeof record.en === 'string' ? `${record.nl} (EN: ${record.en})` : record.nl;
  return JSON.stringify(value);
}

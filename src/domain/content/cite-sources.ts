/**
 * Citing the source documents. Types only from ./sources, not its zod schemas, so the knowledge
 * pages in the browser use this without loading the schema library.
 */
import type { SourceDocument, SourceRef } from './sources';

/** The ids a reference names, in order. */
export function sourceIds(ref: SourceRef): string[] {
  if (ref === undefined) return [];
  return typeof ref === 'string' ? [ref] : [...ref];
}

/**
 * Calls `visit` for every document id that a `source` field names anywhere in `value`, with the id
 * of the innermost entry around it and the path to the field. Walks the data rather than known
 * fields, so a new kind of entry is covered too.
 */
export function forEachSourceId(
  value: unknown,
  visit: (id: string, entry: string | undefined, path: readonly PropertyKey[]) => void,
  entry?: string,
  path: readonly PropertyKey[] = [],
): void {
  if (Array.isArray(value)) return value.forEach((v, i) => forEachSourceId(v, visit, entry, [...path, i]));
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  const here = typeof record.id === 'string' ? record.id : entry;
  for (const [key, child] of Object.entries(record)) {
    if (key === 'source') for (const id of sourceIds(child as SourceRef)) visit(id, here, [...path, key]);
    else forEachSourceId(child, visit, here, [...path, key]);
  }
}

/** "Title, publisher (area)": how a user sees the document named. */
export function citeSource(doc: SourceDocument): string {
  return `${doc.title}${doc.publisher ? `, ${doc.publisher}` : ''}${doc.area ? ` (${doc.area})` : ''}`;
}

/**
 * The citation of a reference ("A; B" for several), or null when it names no document. Ids are
 * checked by validateContent before this runs; an unknown one is a programming error.
 */
export function citeSources(ref: SourceRef, documents: ReadonlyMap<string, SourceDocument>): string | null {
  const ids = sourceIds(ref);
  if (ids.length === 0) return null;
  return ids
    .map((id) => {
      const doc = documents.get(id);
      if (!doc) throw new Error(`unknown source document ${id}`);
      return citeSource(doc);
    })
    .join('; ');
}

/**
 * The source of a list as a whole: credited only when every item comes from the same document(s).
 * A list of additions, or one that mixes sources and additions, is credited to none.
 */
export function sharedSource(items: readonly { source: string | null }[]): string | null {
  const first = items[0]?.source ?? null;
  return first !== null && items.every((i) => i.source === first) ? first : null;
}

import { z } from 'zod';
import { contentId } from './localized';

/** A document the content is taken from, as it is cited to users. */
export const sourceDocumentSchema = z
  .object({
    id: contentId,
    /** The title as printed on the document. */
    title: z.string().trim().min(1),
    /** Who made it, only where the document says so. */
    publisher: z.string().trim().min(1).optional(),
    /** The region it covers, when the title does not say. */
    area: z.string().trim().min(1).optional(),
  })
  .strict();

/** content/sources.yaml */
export const sourcesFileSchema = z.object({ sources: z.array(sourceDocumentSchema).min(1) }).strict();

export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

/**
 * Where a text comes from: one source document id or several. Absent: an addition that is in no
 * source document, and then no document may be credited for it.
 */
export const sourceRef = z.union([contentId, z.array(contentId).min(1)]).optional();
export type SourceRef = z.infer<typeof sourceRef>;

/** A source reference as one string, as a select offers it: the ids joined by "+", "" for none. */
export const sourceKey = (source: SourceRef): string => (source === undefined ? '' : typeof source === 'string' ? source : source.join('+'));
export const sourceOfKey = (key: string): SourceRef => (key === '' ? undefined : key.includes('+') ? key.split('+') : key);

/** The entry citing `source`; citing none, it has no `source` field at all. */
export function withSource<T extends { source?: SourceRef }>(entry: T, source: SourceRef): T {
  const next = { ...entry };
  if (source === undefined) delete next.source;
  else next.source = source;
  return next;
}

/** The titles of the documents a key names, as users know them; an id not in `sources` as itself. */
export function sourceTitle(sources: readonly SourceDocument[], key: string): string {
  return key
    .split('+')
    .map((id) => sources.find((s) => s.id === id)?.title ?? id)
    .join(' + ');
}

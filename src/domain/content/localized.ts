import { z } from 'zod';

/** UI languages. Dutch is the source language of all content; English is optional per text. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A text in the content files: a plain string (Dutch only) or `{ nl, en }`.
 * Editors who are not programmers may write the short form.
 */
export const localizedText = z.union([
  z.string().trim().min(1),
  z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1).optional() }).strict(),
]);
export type LocalizedText = z.infer<typeof localizedText>;

/** Picks the text in the requested language, falling back to Dutch. */
export function localize(text: LocalizedText, lang: Language): string;
export function localize(text: LocalizedText | undefined, lang: Language): string | undefined;
export function localize(text: LocalizedText | undefined, lang: Language): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : undefined) ?? text.nl;
}

/** Ids in content files are kebab-case so they are stable in URLs and references. */
export const contentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'gebruik kleine letters, cijfers en koppeltekens');

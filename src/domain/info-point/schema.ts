import { z } from 'zod';
import { contentId } from '../content/localized';
import { sourceRef } from '../content/sources';

/**
 * The information point for the risk groups (seed 002: "zorg dat de risicogroep ergens terecht kan
 * in eigen taal"). One file per language under content/info-point/, the Dutch one the source that
 * every translation follows; the contacts it names are in content/info-point/contacts.yaml.
 */

/** A BCP 47 primary language subtag, as in `lang="pl"`: also the file name and the page address. */
export const infoPointLanguage = z.string().regex(/^[a-z]{2,3}$/, 'gebruik een taalcode van twee of drie kleine letters, zoals pl of uk');

/** The language every translation is checked against. */
export const SOURCE_LANGUAGE = 'nl';

const text = z.string().trim().min(1);

const sectionSchema = z
  .object({
    id: contentId,
    title: text,
    /** Paragraphs, in plain language (B1). */
    paragraphs: z.array(text).min(1),
    source: sourceRef,
  })
  .strict();

const contactGroupTextSchema = z.object({ id: contentId, title: text, text }).strict();

/** The page's own words (buttons, labels, notices): in the page's language, not the app's. */
const labelsSchema = z
  .object({
    languages: text,
    region: text,
    chooseRegion: text,
    showRegion: text,
    noRegion: text,
    phone: text,
    website: text,
    poster: text,
    scanToRead: text,
    /** Shown when no one has checked this translation yet (checkedBy is null). */
    unchecked: text,
    /** "Checked by {name} on {date}": both placeholders are required. */
    checked: text.refine((s) => s.includes('{name}') && s.includes('{date}'), { message: 'gebruik {name} en {date} in de tekst' }),
    sources: text,
  })
  .strict();

export const infoPointTranslationSchema = z
  .object({
    lang: infoPointLanguage,
    /** The language's own name ("Polski", "Українська"), as the visitor looks for it. */
    name: text,
    dir: z.enum(['ltr', 'rtl']).default('ltr'),
    /** Who checked this translation (a native speaker), and when; null while no one has. */
    checkedBy: text.nullable(),
    checkedOn: z.iso.date().nullable(),
    title: text,
    intro: text,
    /** Acute danger comes first: the 112 line, shown before anything else. */
    emergency: text,
    sections: z.array(sectionSchema).min(1),
    contactGroups: z.array(contactGroupTextSchema).min(1),
    labels: labelsSchema,
  })
  .strict();

/** content/info-point/contacts.yaml: which partner contacts each group of the page names. */
export const infoPointContactsFileSchema = z
  .object({
    groups: z
      .array(
        z
          .object({
            id: contentId,
            /** Contact ids of content/partners; a regional one is shown only to visitors of its region. */
            contacts: z.array(contentId).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type InfoPointTranslation = z.infer<typeof infoPointTranslationSchema>;
export type InfoPointContactsFile = z.infer<typeof infoPointContactsFileSchema>;

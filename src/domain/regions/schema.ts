import { z } from 'zod';
import { contentId, localizedText } from '../content/localized';

/** CBS municipality code, e.g. GM0518 for 's-Gravenhage. */
export const municipalityCode = z.string().regex(/^GM\d{4}$/, 'een CBS-gemeentecode heeft de vorm GM0000');

export const subregionSchema = z.object({ id: contentId, name: localizedText }).strict();

export const regionSchema = z
  .object({
    id: contentId,
    name: localizedText,
    /** Exactly one region is the national fallback: every municipality not listed under a region uses it. */
    fallback: z.boolean().default(false),
    subregions: z.array(subregionSchema).default([]),
    /** Route maps offered to this region's municipalities, in the order shown. */
    routemaps: z.array(contentId).min(1),
  })
  .strict();

export const regionsFileSchema = z.object({ regions: z.array(regionSchema).min(1) }).strict();

export const municipalitySchema = z
  .object({
    code: municipalityCode,
    name: z.string().trim().min(1),
    /** Other names in common use that a user may search for (e.g. "Den Haag" for 's-Gravenhage). */
    aliases: z.array(z.string().trim().min(1)).optional(),
    /** Omitted: the municipality belongs to the fallback (national) region. */
    region: contentId.optional(),
    subregion: contentId.optional(),
  })
  .strict();

export const municipalitiesFileSchema = z
  .object({
    /** Where the list comes from (e.g. CBS Gemeentelijke indeling op 1 januari 2025). */
    source: z.string().min(1),
    municipalities: z.array(municipalitySchema).min(1),
  })
  .strict();

export type Region = z.infer<typeof regionSchema>;
export type MunicipalityEntry = z.infer<typeof municipalitySchema>;

/** A municipality with its region resolved (the shape of GET /api/v1/municipalities). */
export interface Municipality {
  code: string;
  name: string;
  aliases: string[];
  region: string;
  subregion: string | null;
}

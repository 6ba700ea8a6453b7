import { z } from 'zod';
import { contentId } from './localized';
import { partnerSchema } from './partner-schema';
import { sourceDocumentSchema } from './sources';
import { conversationFileSchema, formsFileSchema, riskGroupsFileSchema, sectorsFileSchema, stepsFileSchema } from '../knowledge/schema';
import { municipalitySchema, regionSchema } from '../regions/schema';
import { routeMapFileSchema } from '../routemap/schema';

/** Raised when the format changes incompatibly; an importer refuses versions it does not know. */
export const REGION_PACK_FORMAT_VERSION = 1;

/**
 * The knowledge lists, flattened from the five knowledge files into one block: in a pack the file
 * boundaries mean nothing, and `knowledge.riskGroups.riskGroups` would only confuse an editor.
 */
export const packKnowledgeSchema = z
  .object({
    ...formsFileSchema.shape,
    ...riskGroupsFileSchema.shape,
    ...sectorsFileSchema.shape,
    conversation: conversationFileSchema,
    ...stepsFileSchema.shape,
  })
  .strict();

/**
 * A region pack: everything one region keeps current, in one file (ADR 23, docs/region-pack.md).
 * Built from the schemas of the content files, so a pack and the files can never disagree on what
 * a route map, partner or knowledge entry is.
 */
export const regionPackSchema = z
  .object({
    formatVersion: z.literal(REGION_PACK_FORMAT_VERSION),
    /** The content version (SHA-256) the pack was exported from: the common base of a later three-way diff. */
    exportedFrom: z.string().min(1).optional(),
    region: regionSchema,
    /** The region's municipalities; `region` is implied by the pack. */
    municipalities: z.array(municipalitySchema.omit({ region: true }).strict()).default([]),
    /** Partners that serve this region (in the national pack: the national partners). */
    partners: z.array(partnerSchema).default([]),
    /** National partners whose contacts this region's route maps use; they are kept in the national pack. */
    nationalPartners: z.array(contentId).default([]),
    routemaps: z.array(routeMapFileSchema).default([]),
    /** Knowledge is national for now: only the pack of the fallback region holds it. */
    knowledge: packKnowledgeSchema.optional(),
    /** The documents that the partners, route maps and knowledge above cite by id. */
    sources: z.array(sourceDocumentSchema).default([]),
  })
  .strict()
  .meta({
    title: 'Signaalroute region pack',
    description: 'One region of Signaalroute: its municipalities, partners, route maps, knowledge and source documents (docs/region-pack.md).',
  });

export type RegionPack = z.infer<typeof regionPackSchema>;
export type PackKnowledge = z.infer<typeof packKnowledgeSchema>;

/**
 * The JSON Schema of a pack as a file holds it (`io: 'input'`: fields with a default may be left
 * out). Rules that are code, not structure (phone numbers, references between entries, the route
 * map's graph), are not in it: `signaalroute content check` applies those.
 */
export function regionPackJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(regionPackSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

import { z } from 'zod';
import { contentId, localizedText } from '../content/localized';
import { sourceRef } from '../content/sources';

/**
 * The route-map file format (content/routemaps/*.yaml). A map is a decision tree: questions with
 * options that lead to other nodes, ending at outcomes that list contacts. Nodes are kept in the
 * seed's order so the file reads like the printed map.
 */
export const optionSchema = z
  .object({
    /** Yes/no questions use the ids `yes` and `no`. */
    id: contentId,
    label: localizedText,
    next: contentId,
  })
  .strict();

export const questionNodeSchema = z
  .object({
    id: contentId,
    type: z.literal('question'),
    text: localizedText,
    help: localizedText.optional(),
    options: z.array(optionSchema).min(2),
  })
  .strict();

export const outcomeNodeSchema = z
  .object({
    id: contentId,
    type: z.literal('outcome'),
    title: localizedText,
    text: localizedText,
    /** Contact ids from content/partners; a contact with a subregion is shown only there. */
    contacts: z.array(contentId).default([]),
  })
  .strict();

export const nodeSchema = z.discriminatedUnion('type', [questionNodeSchema, outcomeNodeSchema]);

export const routeMapFileSchema = z
  .object({
    id: contentId,
    title: localizedText,
    /** The region that owns the map (content/regions/regions.yaml). */
    region: contentId,
    description: localizedText,
    /** The printed document(s) the map follows (content/sources.yaml). */
    source: sourceRef,
    /** The node where a walk starts: always the acute-danger question (112 first). */
    start: contentId,
    nodes: z.array(nodeSchema).min(2),
  })
  .strict();

export type RouteMapFile = z.infer<typeof routeMapFileSchema>;
export type QuestionNode = z.infer<typeof questionNodeSchema>;
export type OutcomeNode = z.infer<typeof outcomeNodeSchema>;
export type RouteMapNode = z.infer<typeof nodeSchema>;

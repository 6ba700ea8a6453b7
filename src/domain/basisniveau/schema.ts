import { z } from 'zod';
import { contentId, localizedText } from '../content/localized';

/**
 * Where an item has a figure of Signaalroute's own beside what the beheerder confirms: whether the
 * AF is recorded (the AF contact), and how many employees finished the staff training.
 */
export const DERIVED_KINDS = ['af-contact', 'training'] as const;
export type DerivedKind = (typeof DERIVED_KINDS)[number];

/** One point of the checklist, as content/basisniveau.yaml defines it. */
export const checklistItemSchema = z
  .object({
    id: contentId,
    title: localizedText,
    /** A word or two for the column of the regional matrix, where the title does not fit. */
    short: localizedText,
    explanation: localizedText,
    /** The document(s) the point is taken from: every point has one. */
    source: z.union([contentId, z.array(contentId).min(1)], { error: 'noem het brondocument (source): een id uit sources.yaml of een lijst ervan' }),
    derived: z.enum(DERIVED_KINDS).optional(),
  })
  .strict();
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** content/basisniveau.yaml: the points in the order the checklist shows them. */
export const checklistFileSchema = z
  .object({ items: z.array(checklistItemSchema).min(1) })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `het punt "${item.id}" staat er twee keer in` });
      seen.add(item.id);
    });
    for (const kind of DERIVED_KINDS) {
      const count = file.items.filter((item) => item.derived === kind).length;
      if (count > 1) ctx.addIssue({ code: 'custom', path: ['items'], message: `"derived: ${kind}" mag bij hoogstens één punt staan` });
    }
  });
export type ChecklistFile = z.infer<typeof checklistFileSchema>;

import { z } from 'zod';
import { contentId, localizedText } from '../content/localized';
import { sourceRef } from '../content/sources';

/** The forms of exploitation; these ids are used by route maps, signals and statistics alike. */
export const EXPLOITATION_FORMS = ['sexual', 'labour', 'criminal', 'organ'] as const;
export const exploitationForm = z.enum(EXPLOITATION_FORMS);
export type ExploitationForm = z.infer<typeof exploitationForm>;

const item = z
  .object({
    id: contentId,
    text: localizedText,
    /** The document(s) the item comes from (content/sources.yaml); absent for an addition. */
    source: sourceRef,
  })
  .strict();

/** content/knowledge/forms.yaml: what trafficking is, and per form its definition and signals. */
export const formsFileSchema = z
  .object({
    trafficking: z.object({ definition: localizedText, source: sourceRef }).strict(),
    forms: z
      .array(
        z
          .object({
            id: exploitationForm,
            name: localizedText,
            definition: localizedText,
            source: sourceRef,
            signals: z.array(item).min(1),
          })
          .strict(),
      )
      .length(EXPLOITATION_FORMS.length),
  })
  .strict();

const taggedItem = z
  .object({
    id: contentId,
    name: localizedText,
    /** The forms of exploitation this group or sector is linked to in the source documents. */
    forms: z.array(exploitationForm).min(1),
    source: sourceRef,
  })
  .strict();

/** content/knowledge/risk-groups.yaml */
export const riskGroupsFileSchema = z.object({ riskGroups: z.array(taggedItem).min(1) }).strict();

/** content/knowledge/sectors.yaml: sensitive sectors, and branches that may facilitate. */
export const sectorsFileSchema = z
  .object({
    sectors: z.array(taggedItem.extend({ kind: z.enum(['sensitive', 'facilitating']) }).strict()).min(1),
  })
  .strict();

/** content/knowledge/conversation.yaml: what helps and what hinders in a conversation. */
export const conversationFileSchema = z
  .object({
    intro: localizedText,
    source: sourceRef,
    promoting: z.array(item).min(1),
    hindering: z.array(item).min(1),
  })
  .strict();

const step = z.object({ number: z.number().int().positive(), title: localizedText, text: localizedText.optional() }).strict();

/** content/knowledge/steps.yaml: the meldcode and the AF step plan. */
export const stepsFileSchema = z
  .object({
    meldcode: z.object({ intro: localizedText, source: sourceRef, steps: z.array(step).length(5) }).strict(),
    stepPlan: z.object({ intro: localizedText, source: sourceRef, steps: z.array(step).length(6) }).strict(),
  })
  .strict();

export type FormsFile = z.infer<typeof formsFileSchema>;
export type RiskGroupsFile = z.infer<typeof riskGroupsFileSchema>;
export type SectorsFile = z.infer<typeof sectorsFileSchema>;
export type ConversationFile = z.infer<typeof conversationFileSchema>;
export type StepsFile = z.infer<typeof stepsFileSchema>;

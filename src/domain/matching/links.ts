import { z } from 'zod';
import { CANDIDATE_SOURCES, candidateBody, registerLookupBody } from './candidates';

export const LINK_DECISIONS = ['confirmed', 'rejected'] as const;
export type LinkDecision = (typeof LINK_DECISIONS)[number];

/** The AF's decision on one candidate for one subject of a signal. */
export const linkRequestSchema = z
  .object({
    subject: z.string().regex(/^(persons|organisations|addresses)\.\d{1,2}$/, 'onbekend onderdeel van het signaal'),
    source: z.enum(CANDIDATE_SOURCES),
    id: z.string().trim().min(1, 'mag niet leeg zijn').max(100, 'maximaal 100 tekens'),
    decision: z.enum(LINK_DECISIONS, 'kies confirmed (dezelfde) of rejected (niet dezelfde)'),
    note: z.string().trim().max(1000, 'maximaal 1000 tekens').optional(),
  })
  .strict();
export type LinkRequest = z.infer<typeof linkRequestSchema>;

const matchedCandidate = candidateBody.extend({
  decision: z.enum(LINK_DECISIONS).nullable().describe('confirmed: de aandachtsfunctionaris bevestigde dat het dezelfde is'),
  note: z.string().nullable(),
});

/** Per person, organisation and address of a signal: the candidates, and what the AF decided. */
export const signalMatchesBody = z
  .object({
    subjects: z.array(
      z.object({
        subject: z.string(),
        kind: z.enum(['person', 'address', 'organisation']),
        label: z.string(),
        candidates: z.array(matchedCandidate),
        lookups: z.array(registerLookupBody).describe('De live registers (BAG, KVK) die bij dit onderdeel horen, en hoe zij antwoordden'),
      }),
    ),
    /** Other signals of the municipality whose AF confirmed that something in them is in this one. */
    linkedFrom: z.array(z.object({ reference: z.string(), signalId: z.string(), subject: z.string(), label: z.string() })),
  })
  .meta({ id: 'SignalMatches' });
export type SignalMatches = z.infer<typeof signalMatchesBody>;

import { z } from 'zod';
import { FEEDBACK_DAYS_RANGE, FEEDBACK_OUTCOMES, HANDOVER_CHANNELS, HANDOVER_PARTS } from '../../domain/signal/handover';

// The partner's view of the request is an API shape shared with the web.
export { feedbackLookupBody } from '../../domain/signal/views';

const id = z.string().trim().min(1, 'kies een waarde').max(100, 'maximaal 100 tekens');

/** The parts of the signal the AF ticks; the reporter is not among them and never can be. */
export const handoverParts = z
  .array(
    z.enum(HANDOVER_PARTS, {
      error: `onbekend onderdeel; kies uit ${HANDOVER_PARTS.join(', ')} (de gegevens van de melder kunnen nooit worden meegestuurd)`,
    }),
  )
  .min(1, 'kies ten minste één onderdeel van het signaal om mee te sturen')
  .max(HANDOVER_PARTS.length * 2, 'te veel onderdelen');

export const previewRequest = z
  .object({ partnerId: id.describe('Partner uit de partnerlijst van de regio'), contactId: id.describe('Contact van die partner'), parts: handoverParts })
  .strict()
  .meta({ id: 'HandoverPreviewRequest' });

export const handoverRequest = previewRequest
  .extend({
    channel: z.enum(HANDOVER_CHANNELS, { error: 'kies e-mail (email), telefoon (phone) of beveiligde mail (secure-mail)' }),
    dueDays: z
      .number()
      .int('een heel aantal dagen')
      .min(FEEDBACK_DAYS_RANGE.min, `ten minste ${FEEDBACK_DAYS_RANGE.min} dag`)
      .max(FEEDBACK_DAYS_RANGE.max, `hoogstens ${FEEDBACK_DAYS_RANGE.max} dagen`)
      .optional()
      .describe('Termijn voor terugkoppeling in dagen; zonder: de termijn van de gemeente (standaard 14)'),
  })
  .strict()
  .meta({ id: 'HandoverRequest' });

export const FEEDBACK_NOTE_MAX = 2000;

/** The partner's (or, by phone, the AF's record of the partner's) answer. */
export const feedbackAnswer = z
  .object({
    outcome: z.enum(FEEDBACK_OUTCOMES, { error: 'kies opgepakt (taken-up), niet opgepakt (not-taken-up), doorgestuurd (forwarded) of anders (other)' }),
    forwardedTo: z.string().trim().max(200, 'maximaal 200 tekens').optional().describe('Naar wie doorgestuurd; verplicht bij forwarded'),
    note: z.string().trim().max(FEEDBACK_NOTE_MAX, `maximaal ${FEEDBACK_NOTE_MAX} tekens`).optional(),
  })
  .strict();

const withForwardedTo = <T extends z.ZodType<{ outcome: string; forwardedTo?: string | undefined }>>(schema: T) =>
  schema.refine((a) => a.outcome !== 'forwarded' || Boolean(a.forwardedTo), {
    message: 'vul in naar welke organisatie het signaal is doorgestuurd',
    path: ['forwardedTo'],
  });

export const afFeedbackRequest = withForwardedTo(feedbackAnswer).meta({ id: 'HandoverFeedbackRequest' });

/**
 * The token from the link's fragment (32 random bytes, base64url). Not checked for its form: a
 * cut-off or garbled link is simply not found, and the partner reads the same Dutch sentence as
 * for any link that does not work, instead of a message about a field called "token".
 */
export const feedbackToken = z.string().trim().max(200).describe('Het token uit de link (na #token=)');

export const feedbackLookupRequest = z.object({ token: feedbackToken }).strict().meta({ id: 'FeedbackLookupRequest' });
export const partnerFeedbackRequest = withForwardedTo(feedbackAnswer.extend({ token: feedbackToken })).meta({ id: 'PartnerFeedbackRequest' });

export const signalIdParams = z.object({ id: z.uuid('onbekend signaal') });
export const handoverIdParams = z.object({ id: z.uuid('onbekend signaal'), handoverId: z.uuid('onbekende overdracht') });

import { z } from 'zod';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { feedbackLookupBody, feedbackLookupRequest, partnerFeedbackRequest } from '../handovers/schema';
import { giveFeedback, lookUpFeedbackLink } from './commands/partner-feedback';

/** Stricter than the API's general limit: these endpoints take a secret from an unauthenticated caller. */
export const FEEDBACK_RATE_LIMIT = { max: 30, timeWindow: '1 minute' } as const;

const tags = ['terugkoppeling'];

/** Feedback by a partner through the one-time link in the handover e-mail: no account, the token is the proof. */
export function registerFeedbackRoutes(app: App): void {
  app.post(
    '/api/v1/feedback/lookup',
    {
      config: { policy: 'feedback.partner', rateLimit: FEEDBACK_RATE_LIMIT },
      schema: {
        summary: 'Partner: over welk signaal gaat deze terugkoppelingslink?',
        description: 'Geeft alleen het kenmerk, de gemeente, de partner en de data; geen inhoud van het signaal.',
        tags,
        body: feedbackLookupRequest,
        response: { 200: feedbackLookupBody, 400: errorBody, 404: errorBody, 410: errorBody, 429: errorBody },
      },
    },
    async (request) => run(contextOf(request), lookUpFeedbackLink, request.body),
  );

  app.post(
    '/api/v1/feedback',
    {
      config: { policy: 'feedback.partner', rateLimit: FEEDBACK_RATE_LIMIT },
      schema: {
        summary: 'Partner: terugkoppeling geven met de eenmalige link',
        description: 'Eén keer per link. Een gebruikte of verlopen link geeft 410, een onbekende 404.',
        tags,
        body: partnerFeedbackRequest,
        response: { 201: z.object({ status: z.literal('ok') }), 400: errorBody, 404: errorBody, 410: errorBody, 429: errorBody },
      },
    },
    async (request, reply) => {
      await run(contextOf(request), giveFeedback, request.body);
      return reply.code(201).send({ status: 'ok' as const });
    },
  );
}

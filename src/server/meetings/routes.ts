import { z } from 'zod';
import { agendaBody, meetingSummaryBody } from '../../domain/signal/views';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { agendaBodyOf } from './agenda';
import { addToAgenda, removeFromAgenda } from './commands/change-agenda';
import { createMeeting } from './commands/create-meeting';
import { listMeetings } from './commands/list-meetings';
import { readAgenda } from './commands/read-agenda';
import { recordDecision } from './commands/record-decision';
import { addSignalRequest, createMeetingRequest, decisionRequest, meetingIdParams, meetingSignalParams } from './schema';

const tags = ['signalenoverleg'];
const denied = { 401: errorBody, 403: errorBody };

/**
 * The signal meeting (signalenoverleg) that the AF prepares: the agenda shows signals pseudonymised
 * (no names, no reporter, no free text); the decision per signal goes back onto the signal.
 */
export function registerMeetingRoutes(app: App): void {
  app.get(
    '/api/v1/meetings',
    {
      config: { policy: 'meeting.manage' },
      schema: { summary: 'De signalenoverleggen van de eigen gemeente, de laatste eerst', tags, response: { 200: z.array(meetingSummaryBody), ...denied } },
    },
    async (request) => (await run(contextOf(request), listMeetings, undefined)).map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
  );

  app.post(
    '/api/v1/meetings',
    {
      config: { policy: 'meeting.manage' },
      schema: { summary: 'Een signalenoverleg plannen', tags, body: createMeetingRequest, response: { 201: agendaBody, 400: errorBody, ...denied } },
    },
    async (request, reply) => reply.code(201).send(agendaBodyOf(await run(contextOf(request), createMeeting, request.body))),
  );

  app.get(
    '/api/v1/meetings/:id',
    {
      config: { policy: 'meeting.manage' },
      schema: {
        summary: 'De agenda van een overleg: de signalen gepseudonimiseerd (geen namen, geen melder, geen vrije tekst)',
        tags,
        params: meetingIdParams,
        response: { 200: agendaBody, 400: errorBody, ...denied, 404: errorBody },
      },
    },
    async (request) => agendaBodyOf(await run(contextOf(request), readAgenda, { meetingId: request.params.id })),
  );

  app.post(
    '/api/v1/meetings/:id/signals',
    {
      config: { policy: 'meeting.manage' },
      schema: {
        summary: 'Een signaal op de agenda zetten (nog eens: geen verschil)',
        tags,
        params: meetingIdParams,
        body: addSignalRequest,
        response: { 200: agendaBody, 201: agendaBody, 400: errorBody, ...denied, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { agenda, added } = await run(contextOf(request), addToAgenda, { meetingId: request.params.id, signalId: request.body.signalId });
      return reply.code(added ? 201 : 200).send(agendaBodyOf(agenda));
    },
  );

  app.delete(
    '/api/v1/meetings/:id/signals/:signalId',
    {
      config: { policy: 'meeting.manage' },
      schema: {
        summary: 'Een signaal van de agenda halen; een al vastgelegd besluit blijft in de geschiedenis van het signaal',
        tags,
        params: meetingSignalParams,
        response: { 204: z.null().describe('Geen inhoud'), 400: errorBody, ...denied, 404: errorBody },
      },
    },
    async (request, reply) => {
      await run(contextOf(request), removeFromAgenda, { meetingId: request.params.id, signalId: request.params.signalId });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/v1/meetings/:id/signals/:signalId',
    {
      config: { policy: 'meeting.manage' },
      schema: {
        summary: 'Het besluit van het overleg over een signaal vastleggen; het komt ook in de geschiedenis van het signaal',
        tags,
        params: meetingSignalParams,
        body: decisionRequest,
        response: { 200: agendaBody, 400: errorBody, ...denied, 404: errorBody, 409: errorBody },
      },
    },
    async (request) =>
      agendaBodyOf(
        await run(contextOf(request), recordDecision, { meetingId: request.params.id, signalId: request.params.signalId, decision: request.body.decision }),
      ),
  );
}

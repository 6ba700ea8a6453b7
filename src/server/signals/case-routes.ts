import { inboxPageBody, signalCaseBody, type InboxSignal } from '../../domain/signal/views';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { caseBodyOf } from './case-body';
import { addNote } from './commands/add-note';
import { chooseRoute } from './commands/choose-route';
import { listInbox } from './commands/list-inbox';
import { readCase } from './commands/read-case';
import { recordCaseEvent } from './commands/record-case-event';
import { recordMeldcodeStep } from './commands/record-meldcode-step';
import { eventRequest, inboxQuery, meldcodeParams, meldcodeRequest, noteRequest, routeRequest, signalIdParams } from './schema';

const tags = ['signalen (aandachtsfunctionaris)'];
const denied = { 401: errorBody, 403: errorBody };
const notFound = { 404: errorBody };

/**
 * Steps 2 to 6 of seed 004 for the aandachtsfunctionaris of the municipality: the inbox, the case,
 * the workflow, notes, the route and the meldcode checklist. Every route works inside the AF's own
 * municipality (row-level security): another municipality's signal is not found (404).
 */
export function registerCaseRoutes(app: App): void {
  app.get(
    '/api/v1/signals',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'De inbox: de signalen van de eigen gemeente, urgent eerst, dan de oudste eerst, per pagina',
        description:
          'Een pagina van hoogstens limit signalen; next is de cursor van de volgende pagina. Een nieuw signaal verschuift geen pagina die al geladen is: het komt achteraan (of bij de urgente). De eerste pagina telt ook hoeveel signalen aan de filters voldoen (tot 1000). Elke pagina komt in de audittrail.',
        tags,
        querystring: inboxQuery,
        response: { 200: inboxPageBody, 400: errorBody, ...denied },
      },
    },
    async (request) => {
      const page = await run(contextOf(request), listInbox, request.query);
      return {
        ...page,
        items: page.items.map((s) => ({
          ...s,
          state: s.state as InboxSignal['state'],
          forms: s.forms as InboxSignal['forms'],
          receivedAt: s.receivedAt.toISOString(),
          nextDueAt: s.nextDueAt?.toISOString() ?? null,
        })),
      };
    },
  );

  const caseResponse = { 200: signalCaseBody, ...denied, ...notFound };

  app.get(
    '/api/v1/signals/:id',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Het hele signaal met de geschiedenis, de overdrachten en de melder',
        description: 'Bevat de naam en contactgegevens van de melder: VERTROUWELIJK, alleen voor de aandachtsfunctionaris. Elke keer lezen wordt vastgelegd in de audittrail.',
        tags,
        params: signalIdParams,
        response: { ...caseResponse, 400: errorBody },
      },
    },
    async (request) => caseBodyOf(await run(contextOf(request), readCase, { signalId: request.params.id })),
  );

  app.post(
    '/api/v1/signals/:id/events',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Een stap in de workflow: vastleggen, verrijking afgerond, niet doorzetten (met reden), melder informeren (met bericht), afsluiten, heropenen',
        description:
          'Een stap die in de huidige status niet kan, wordt geweigerd (409) met de reden. Bij melder-informeren krijgt de melder een e-mail dat er nieuws is, zonder inhoud van de zaak; lukt dat niet, dan staat dat in notice.',
        tags,
        params: signalIdParams,
        body: eventRequest,
        response: { ...caseResponse, 400: errorBody, 409: errorBody },
      },
    },
    async (request) => caseBodyOf(await run(contextOf(request), recordCaseEvent, { signalId: request.params.id, ...request.body })),
  );

  app.post(
    '/api/v1/signals/:id/notes',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Een notitie toevoegen, of een correctie op een eerdere gebeurtenis (de geschiedenis wordt nooit gewijzigd)',
        tags,
        params: signalIdParams,
        body: noteRequest,
        response: { ...caseResponse, 400: errorBody },
      },
    },
    async (request) => caseBodyOf(await run(contextOf(request), addNote, { signalId: request.params.id, ...request.body })),
  );

  app.post(
    '/api/v1/signals/:id/route',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'De gekozen route vastleggen (stap 4): routekaart, antwoorden, uitkomst en de versie van de kaart',
        description: 'De antwoorden worden met dezelfde motor als in de browser nagelopen en moeten bij een uitkomst eindigen (anders 400).',
        tags,
        params: signalIdParams,
        body: routeRequest,
        response: { ...caseResponse, 400: errorBody, 409: errorBody },
      },
    },
    async (request) => caseBodyOf(await run(contextOf(request), chooseRoute, { signalId: request.params.id, ...request.body })),
  );

  app.put(
    '/api/v1/signals/:id/meldcode/:step',
    {
      config: { policy: 'signal.handle' },
      schema: {
        summary: 'Een stap (1-5) van de meldcode-checklist vastleggen met datum en notitie; alleen bij criminele uitbuiting',
        tags,
        params: meldcodeParams,
        body: meldcodeRequest,
        response: { ...caseResponse, 400: errorBody, 409: errorBody },
      },
    },
    async (request) =>
      caseBodyOf(await run(contextOf(request), recordMeldcodeStep, { signalId: request.params.id, step: request.params.step, ...request.body })),
  );
}

import { z } from 'zod';
import { SIGNAL_FORMS } from '../../domain/signal/schema';
import { CASE_EVENTS, OPEN_FILTER, SIGNAL_STATES } from '../../domain/signal/workflow';
import { inboxCursorParam } from './inbox-cursor';

// Requests of the signal chain (docs/decisions/0006-signal-chain.md), strict: unknown fields are
// refused with a message per field. The answers, shared with the web, are in
// src/domain/signal/views.ts.

/** Longest free text the AF writes into a case (notes, reasons, feedback to the reporter). */
export const CASE_TEXT_MAX = 5000;
/** Largest draft the server keeps: a generous multiple of the largest valid submission. */
export const DRAFT_MAX_BYTES = 100_000;

const caseText = (what: string) =>
  z
    .string({ error: `${what} moet tekst zijn` })
    .trim()
    .min(1, `${what} mag niet leeg zijn`)
    .max(CASE_TEXT_MAX, `maximaal ${CASE_TEXT_MAX} tekens`);

export const signalIdParams = z.object({ id: z.uuid('dit is geen geldig signaal-id') });

export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string({ error: 'de header Idempotency-Key ontbreekt; stuur een UUID mee' })
    .pipe(z.uuid('de header Idempotency-Key moet een UUID zijn'))
    .describe('Een UUID die het formulier één keer per signaal kiest: hetzelfde verzoek nog eens levert hetzelfde signaal op, geen tweede.'),
});

// Drafts

export const draftRequest = z
  .object({
    payload: z
      .record(z.string(), z.unknown(), { error: 'payload moet een JSON-object zijn' })
      .refine((p) => Buffer.byteLength(JSON.stringify(p), 'utf8') <= DRAFT_MAX_BYTES, `het concept is te groot (maximaal ${DRAFT_MAX_BYTES / 1000} kB)`)
      .describe('De inhoud van het formulier zoals de browser hem bewaart'),
  })
  .strict()
  .meta({ id: 'SignalDraftRequest' });

// Inbox

/** A page of the inbox: enough to scan by eye, small enough to answer in a few milliseconds. */
export const INBOX_PAGE_DEFAULT = 50;
export const INBOX_PAGE_MAX = 200;

const booleanQuery = z.enum(['true', 'false'], 'gebruik true of false').transform((v) => v === 'true');

export const inboxQuery = z
  .object({
    state: z
      .enum([...SIGNAL_STATES, OPEN_FILTER])
      .optional()
      .describe('Alleen signalen met deze status; "open": alle die nog werk vragen (alles behalve afgesloten)'),
    form: z.enum(SIGNAL_FORMS).optional().describe('Alleen signalen met deze vorm van uitbuiting'),
    urgent: booleanQuery.optional().describe('true: alleen signalen met acuut gevaar'),
    overdue: booleanQuery.optional().describe('true: alleen signalen met een overdracht waarvan de terugkoppeling te laat is'),
    cursor: inboxCursorParam.optional().describe('Volgende pagina: de waarde van next uit het vorige antwoord (met dezelfde filters)'),
    limit: z.coerce
      .number('het aantal moet een getal zijn')
      .int('het aantal moet een heel getal zijn')
      .min(1, 'vraag ten minste 1 signaal')
      .max(INBOX_PAGE_MAX, `vraag hoogstens ${INBOX_PAGE_MAX} signalen per pagina`)
      .default(INBOX_PAGE_DEFAULT)
      .describe(`Signalen per pagina (standaard ${INBOX_PAGE_DEFAULT}, hoogstens ${INBOX_PAGE_MAX})`),
  })
  .strict();

// The case

export const eventRequest = z
  .object({
    event: z.enum(CASE_EVENTS, `kies een van: ${CASE_EVENTS.join(', ')}`),
    reason: caseText('de reden').optional().describe('Waarom; verplicht bij niet-doorzetten'),
    message: caseText('het bericht').optional().describe('Wat de melder te zien krijgt in Mijn signalen; verplicht bij melder-informeren'),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.event === 'niet-doorzetten' && !b.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'geef de reden waarom het signaal niet wordt doorgezet' });
    if (b.event === 'melder-informeren' && !b.message) ctx.addIssue({ code: 'custom', path: ['message'], message: 'schrijf wat de melder mag weten' });
    if (b.event !== 'melder-informeren' && b.message) ctx.addIssue({ code: 'custom', path: ['message'], message: 'een bericht aan de melder hoort alleen bij melder-informeren' });
  })
  .meta({ id: 'SignalEventRequest' });

export const noteRequest = z
  .object({
    text: caseText('de notitie'),
    correctsEventId: z.number().int().positive('ongeldig id').optional().describe('Gezet bij een correctie: de gebeurtenis die gecorrigeerd wordt'),
  })
  .strict()
  .meta({ id: 'SignalNoteRequest' });

export const routeRequest = z
  .object({
    mapId: z.string().min(1, 'kies een routekaart').max(100),
    answers: z.array(z.string().max(64)).max(100).describe('De gekozen optie-id per vraag, vanaf de eerste vraag; moet bij een uitkomst eindigen'),
  })
  .strict()
  .meta({ id: 'SignalRouteRequest' });

export const meldcodeParams = signalIdParams.extend({
  step: z.coerce.number().int('een stap is een heel getal').min(1, 'de meldcode heeft stap 1 tot en met 5').max(5, 'de meldcode heeft stap 1 tot en met 5'),
});

export const meldcodeRequest = z
  .object({
    doneOn: z.iso.date('gebruik de vorm JJJJ-MM-DD'),
    note: z.string().trim().max(2000, 'maximaal 2000 tekens').optional(),
  })
  .strict()
  .meta({ id: 'MeldcodeStepRequest' });

import { z } from 'zod';
import { SIGNAL_FORMS } from '../../domain/signal/schema';
import { addressBody, handoverViewBody, organisationBody, personBody } from '../../domain/signal/views';
import { SIGNAL_STATES } from '../../domain/signal/workflow';
import { CASE_EVENTS } from './case-view';

// API shapes of the signal chain (docs/decisions/0006-signal-chain.md). Requests are strict:
// unknown fields are refused with a message per field. Answers are plain data (dates as ISO strings).

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

export const submittedBody = z
  .object({ id: z.uuid(), reference: z.string().describe('Kenmerk, bijvoorbeeld SR-0546-2026-0001'), state: z.enum(SIGNAL_STATES) })
  .meta({ id: 'SubmittedSignal' });

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

export const draftBody = z
  .object({
    payload: z.record(z.string(), z.unknown()).nullable().describe('null als er geen concept is'),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'SignalDraft' });

// Mijn signalen

export const mySignalBody = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    receivedAt: z.iso.datetime(),
    state: z.enum(SIGNAL_STATES),
    forms: z.array(z.enum(SIGNAL_FORMS)),
    feedback: z.array(z.object({ at: z.iso.datetime(), text: z.string() })).describe('Wat de aandachtsfunctionaris de melder laat weten, oudste eerst'),
  })
  .meta({ id: 'MySignal' });

// Inbox

const booleanQuery = z.enum(['true', 'false'], 'gebruik true of false').transform((v) => v === 'true');

export const inboxQuery = z
  .object({
    state: z.enum(SIGNAL_STATES).optional().describe('Alleen signalen met deze status'),
    form: z.enum(SIGNAL_FORMS).optional().describe('Alleen signalen met deze vorm van uitbuiting'),
    urgent: booleanQuery.optional().describe('true: alleen signalen met acuut gevaar'),
    overdue: booleanQuery.optional().describe('true: alleen signalen met een overdracht waarvan de terugkoppeling te laat is'),
  })
  .strict();

export const inboxItemBody = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    receivedAt: z.iso.datetime(),
    state: z.enum(SIGNAL_STATES),
    urgent: z.boolean(),
    forms: z.array(z.enum(SIGNAL_FORMS)),
    sector: z.string().nullable(),
    handovers: z.number().int().describe('Aantal overdrachten aan ketenpartners'),
    overdueHandovers: z.number().int().describe('Overdrachten waarvan de terugkoppeling te laat is'),
    nextDueAt: z.iso.datetime().nullable().describe('Eerstvolgende uiterste datum voor terugkoppeling'),
  })
  .meta({ id: 'InboxSignal' });

// The case

/**
 * The stored submission, as answered. Deliberately looser than the submission schema: a stricter
 * rule in a later release must not make older signals unreadable.
 */
const submissionBody = z.object({
  forms: z.array(z.string()),
  observedSignals: z.array(z.string()),
  description: z.string(),
  observedOn: z.string().optional(),
  location: z.string().optional(),
  persons: z.array(personBody),
  organisations: z.array(organisationBody),
  addresses: z.array(addressBody),
  sector: z.string().optional(),
  acuteDanger: z.boolean(),
  personAware: z.enum(['yes', 'no', 'unknown']),
});


export const caseBody = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    municipality: z.string(),
    state: z.enum(SIGNAL_STATES),
    urgent: z.boolean(),
    receivedAt: z.iso.datetime(),
    submission: submissionBody.describe('Wat de melder doorgaf'),
    reporter: z
      .object({ name: z.string(), email: z.string(), phone: z.string().nullable() })
      .describe('VERTROUWELIJK: de melder. Alleen de aandachtsfunctionaris van de gemeente ziet dit; het gaat nooit naar een partner, export of overzicht.'),
    events: z
      .array(
        z.object({
          id: z.number().int(),
          at: z.iso.datetime(),
          actor: z.string().describe('Rol van wie handelde, of "partner"'),
          actorName: z.string().nullable(),
          kind: z.string().describe('ingediend, een workflowgebeurtenis, notitie, correctie, route-gekozen, meldcode-stap, overleg-besluit, ...'),
          fromState: z.string().nullable(),
          toState: z.string().nullable(),
          data: z.record(z.string(), z.unknown()),
          text: z.string().nullable(),
          correctsEventId: z.number().int().nullable().describe('De gebeurtenis die deze correctie corrigeert'),
        }),
      )
      .describe('De geschiedenis, oudste eerst; er wordt nooit iets in gewijzigd'),
    handovers: z.array(handoverViewBody),
    route: z.object({ mapId: z.string(), mapVersion: z.string(), answers: z.array(z.string()), outcomeId: z.string() }).nullable(),
    meldcode: z.array(z.object({ step: z.number().int(), title: z.string(), doneOn: z.string(), note: z.string().nullable() })),
    meldcodeApplicable: z.boolean().describe('De meldcode-checklist geldt: criminele uitbuiting is aangevinkt'),
    allowedEvents: z.array(z.enum(CASE_EVENTS)).describe('De stappen die nu kunnen via POST /signals/{id}/events'),
    canHandOver: z.boolean().describe('Overdragen aan een ketenpartner kan nu'),
    routeSuggestion: z
      .object({ mapId: z.string(), answers: z.array(z.string()) })
      .nullable()
      .describe('Een voorstel voor de routekaart en de antwoorden die uit het signaal volgen'),
    notice: z.string().nullable().optional().describe('Een mededeling bij deze wijziging, bijvoorbeeld dat de melder geen e-mail kreeg'),
  })
  .meta({ id: 'SignalCase' });

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

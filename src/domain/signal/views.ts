import { z } from 'zod';
import { DEFAULT_FEEDBACK_DAYS, FEEDBACK_DAYS_RANGE, FEEDBACK_OUTCOMES, HANDOVER_CHANNELS, HANDOVER_PARTS, type HandoverContent } from './handover';
import { PERSON_ROLES, SIGNAL_FORMS } from './schema';
import { CASE_EVENTS, SIGNAL_STATES } from './workflow';

/*
 * The answers of the signal-chain API (docs/decisions/0006-signal-chain.md) that the server and
 * the web share: the server validates and documents its responses with these schemas (OpenAPI),
 * the web takes their types. The web imports this module with `import type` only, so zod stays out
 * of its bundle. Output shapes are lenient (no input limits or refinements): what was stored and
 * sent must always be shown, also after the submission rules change.
 */

// The parts of a submission as answers show them (the case, a handover)

export const personBody = z.object({
  role: z.enum(PERSON_ROLES),
  name: z.string().optional(),
  dateOfBirth: z.string().optional(),
  estimatedAge: z.number().optional(),
  nationality: z.string().optional(),
  language: z.string().optional(),
  description: z.string().optional(),
});
export const organisationBody = z.object({ name: z.string(), kvkNumber: z.string().optional() });
export const addressBody = z.object({
  postcode: z.string(),
  houseNumber: z.number(),
  addition: z.string().optional(),
  street: z.string().optional(),
  place: z.string().optional(),
});

// The reporter's side: submitting, the draft, "Mijn signalen"

export const submittedSignalBody = z
  .object({ id: z.uuid(), reference: z.string().describe('Kenmerk, bijvoorbeeld SR-0546-2026-0001'), state: z.enum(SIGNAL_STATES) })
  .meta({ id: 'SubmittedSignal' });
export type SubmittedSignal = z.infer<typeof submittedSignalBody>;

export const signalDraftBody = z
  .object({
    payload: z.record(z.string(), z.unknown()).nullable().describe('null als er geen concept is'),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'SignalDraft' });
export type SignalDraft = z.infer<typeof signalDraftBody>;

/** A signal in a list ("Mijn signalen", the inbox): which one, since when, how far, what kind. */
const signalListItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  receivedAt: z.iso.datetime(),
  state: z.enum(SIGNAL_STATES),
  forms: z.array(z.enum(SIGNAL_FORMS)),
});

export const mySignalBody = signalListItem
  .extend({
    feedback: z.array(z.object({ at: z.iso.datetime(), text: z.string() })).describe('Wat de aandachtsfunctionaris de melder laat weten, oudste eerst'),
  })
  .meta({ id: 'MySignal' });
export type MySignal = z.infer<typeof mySignalBody>;

// Handovers

/** The API shape of HandoverContent (src/domain/signal/handover.ts): only the ticked parts are present. */
export const handoverContentBody: z.ZodType<HandoverContent> = z
  .object({
    reference: z.string(),
    municipality: z.string().describe('Naam van de gemeente'),
    forms: z.array(z.enum(SIGNAL_FORMS)).optional(),
    observedSignals: z.array(z.string()).optional(),
    description: z.string().optional(),
    observedOn: z.string().nullable().optional(),
    location: z.string().nullable().optional(),
    persons: z.array(personBody).optional(),
    organisations: z.array(organisationBody).optional(),
    addresses: z.array(addressBody).optional(),
    sector: z.string().nullable().optional(),
    acuteDanger: z.boolean().optional(),
    personAware: z.enum(['yes', 'no', 'unknown']).optional(),
  })
  .meta({ id: 'HandoverContent', description: 'Precies wat de partner krijgt: alleen de aangevinkte onderdelen, nooit de melder' });

/** A handover as the AF sees it in the case view: what went where, and whether the partner answered. */
export const handoverViewBody = z
  .object({
    id: z.string(),
    partnerId: z.string(),
    /** From the partner directory; the partner id when the partner has since left the directory. */
    partnerName: z.string(),
    contactId: z.string(),
    channel: z.enum(HANDOVER_CHANNELS),
    /**
     * The partner's (functional) address: where the handover e-mail went (channel `email`), and
     * where reminders go for every channel. Null when the contact has no e-mail address.
     */
    recipientEmail: z.string().nullable(),
    parts: z.array(z.enum(HANDOVER_PARTS)),
    /** Exactly what the partner received (the preview, the e-mail and the print are made from it). */
    content: handoverContentBody,
    sentAt: z.string(),
    dueAt: z.string(),
    /** Due date passed without feedback: the inbox counts these (`due_at < now and feedback_at is null`). */
    overdue: z.boolean(),
    feedback: z
      .object({ outcome: z.enum(FEEDBACK_OUTCOMES), forwardedTo: z.string().nullable(), note: z.string().nullable(), at: z.string() })
      .nullable(),
  })
  .meta({ id: 'Handover' });

export type HandoverView = z.infer<typeof handoverViewBody>;
export type PartnerFeedback = NonNullable<HandoverView['feedback']>;

/** The answer to a handover: the handover, and the partner's feedback link (for phone and secure mail the AF passes it on). */
export const sentHandoverBody = z.object({ handover: handoverViewBody, feedbackLink: z.string() });
export type SentHandover = z.infer<typeof sentHandoverBody>;

/** What the partner sees before answering through the link. */
export const feedbackLookupBody = z
  .object({
    reference: z.string(),
    municipality: z.string().describe('Naam van de gemeente'),
    partnerName: z.string(),
    sentAt: z.string(),
    dueAt: z.string(),
    answered: z.boolean(),
  })
  .meta({ id: 'FeedbackLookup' });
export type FeedbackLookup = z.infer<typeof feedbackLookupBody>;

// The AF's side: the inbox and the case

export const inboxSignalBody = signalListItem
  .extend({
    urgent: z.boolean(),
    sector: z.string().nullable(),
    handovers: z.number().int().describe('Aantal overdrachten aan ketenpartners'),
    overdueHandovers: z.number().int().describe('Overdrachten waarvan de terugkoppeling te laat is'),
    nextDueAt: z.iso.datetime().nullable().describe('Eerstvolgende uiterste datum voor terugkoppeling'),
  })
  .meta({ id: 'InboxSignal' });
export type InboxSignal = z.infer<typeof inboxSignalBody>;

export const inboxPageBody = z
  .object({
    items: z.array(inboxSignalBody),
    next: z.string().nullable().describe('De cursor van de volgende pagina (als parameter cursor), of null op de laatste'),
    total: z
      .object({
        count: z.number().int().describe('Aantal signalen dat aan de filters voldoet, tot en met de grens'),
        capped: z.boolean().describe('true: het zijn er meer dan count'),
      })
      .nullable()
      .describe('Alleen op de eerste pagina (zonder cursor); anders null'),
  })
  .meta({ id: 'InboxPage' });
export type InboxPage = z.infer<typeof inboxPageBody>;

/**
 * The stored submission, as answered. Deliberately looser than the submission schema: a stricter
 * rule in a later release must not make older signals unreadable. The forms are the exception:
 * the inbox and the handover content answer them as the known forms too.
 */
const storedSubmissionBody = z.object({
  forms: z.array(z.enum(SIGNAL_FORMS)),
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

/** One entry of the case history; state changes name the states of the workflow. */
const historyEventBody = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  actor: z.string().describe('Rol van wie handelde, of "partner"'),
  actorName: z.string().nullable(),
  kind: z.string().describe('ingediend, een workflowgebeurtenis, notitie, correctie, route-gekozen, meldcode-stap, overleg-besluit, ...'),
  fromState: z.enum(SIGNAL_STATES).nullable(),
  toState: z.enum(SIGNAL_STATES).nullable(),
  data: z.record(z.string(), z.unknown()),
  text: z.string().nullable(),
  correctsEventId: z.number().int().nullable().describe('De gebeurtenis die deze correctie corrigeert'),
});
export type SignalHistoryEvent = z.infer<typeof historyEventBody>;

/** The route the AF walked (step 4): the map, its version, the answers and where they ended. */
const signalRouteBody = z.object({
  mapId: z.string(),
  mapVersion: z.string(),
  answers: z.array(z.string()),
  outcomeId: z.string(),
  walked: z
    .object({
      title: z.string(),
      path: z.array(z.object({ questionId: z.string(), question: z.string(), answerId: z.string(), answer: z.string() })),
      outcome: z.object({ title: z.string(), contacts: z.array(z.string()) }),
    })
    .nullable()
    .optional()
    .describe('De route zoals hij was op de versie van de routekaart waarop hij werd gelopen (in het Nederlands): vragen, antwoorden, uitkomst en partners van toen'),
});
export type SignalRoute = z.infer<typeof signalRouteBody>;

/** A meldcode step that was done (seed 003); steps not done yet are absent. */
const meldcodeStepBody = z.object({ step: z.number().int(), title: z.string(), doneOn: z.string(), note: z.string().nullable() });
export type MeldcodeStep = z.infer<typeof meldcodeStepBody>;

/** Everything of one signal for the AF of its municipality: the case page. */
export const signalCaseBody = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    municipality: z.string(),
    state: z.enum(SIGNAL_STATES),
    urgent: z.boolean(),
    receivedAt: z.iso.datetime(),
    submission: storedSubmissionBody.describe('Wat de melder doorgaf'),
    reporter: z
      .object({ name: z.string(), email: z.string(), phone: z.string().nullable() })
      .describe('VERTROUWELIJK: de melder. Alleen de aandachtsfunctionaris van de gemeente ziet dit; het gaat nooit naar een partner, export of overzicht.'),
    events: z.array(historyEventBody).describe('De geschiedenis, oudste eerst; er wordt nooit iets in gewijzigd'),
    handovers: z.array(handoverViewBody),
    route: signalRouteBody.nullable(),
    meldcode: z.array(meldcodeStepBody),
    meldcodeApplicable: z.boolean().describe('De meldcode-checklist geldt: criminele uitbuiting is aangevinkt'),
    allowedEvents: z.array(z.enum(CASE_EVENTS)).describe('De stappen die nu kunnen via POST /signals/{id}/events'),
    canHandOver: z.boolean().describe('Overdragen aan een ketenpartner kan nu'),
    legalHoldSince: z.iso.datetime().nullable().describe('Sinds wanneer het signaal op bewaring (legal hold) staat: het wordt niet verwijderd, ook niet na de bewaartermijn'),
    routeSuggestion: z
      .object({ mapId: z.string(), answers: z.array(z.string()) })
      .nullable()
      .describe('Een voorstel voor de routekaart en de antwoorden die uit het signaal volgen'),
    notice: z.string().nullable().optional().describe('Een mededeling bij deze wijziging, bijvoorbeeld dat de melder geen e-mail kreeg'),
  })
  .meta({ id: 'SignalCase' });
export type SignalCase = z.infer<typeof signalCaseBody>;

// Signal meetings

const meetingBody = z.object({ id: z.uuid(), heldOn: z.string(), title: z.string(), createdAt: z.iso.datetime() });

export const meetingSummaryBody = meetingBody
  .extend({
    signals: z.number().int().describe('Aantal signalen op de agenda'),
    decided: z.number().int().describe('Aantal signalen waarover al besloten is'),
  })
  .meta({ id: 'MeetingSummary' });
export type MeetingSummary = z.infer<typeof meetingSummaryBody>;

/** One signal on the agenda, pseudonymised (src/domain/signal/handover.ts): no names, no reporter, no free text. */
export const agendaItemBody = z.object({
  signalId: z.uuid(),
  state: z.enum(SIGNAL_STATES),
  summary: z.object({
    reference: z.string(),
    forms: z.array(z.enum(SIGNAL_FORMS)),
    observedSignals: z.array(z.string()),
    sector: z.string().nullable(),
    acuteDanger: z.boolean(),
    persons: z.array(z.object({ label: z.string().describe('Persoon A, B, ...'), role: z.enum(PERSON_ROLES), estimatedAge: z.number().nullable() })),
    organisations: z.number().int().describe('Aantal organisaties (zonder namen)'),
    addresses: z.array(z.string()).describe('Alleen de plaatsnamen'),
  }),
  decided: z.boolean(),
  decidedAt: z.iso.datetime().nullable().describe('Het besluit zelf staat in de geschiedenis van het signaal'),
});
export type AgendaItem = z.infer<typeof agendaItemBody>;

/** A meeting and its agenda; the decisions' texts are on each signal's history, not here. */
export const agendaBody = meetingBody.extend({ items: z.array(agendaItemBody) })
  .meta({ id: 'MeetingAgenda' });
export type MeetingAgenda = z.infer<typeof agendaBody>;

// Municipality settings

/** The settings of a municipality, as the beheerder sends them and the server answers them. */
export const settingsBody = z
  .object({
    feedbackDays: z
      .number({ error: 'geef een aantal dagen' })
      .int('geef een heel aantal dagen')
      .min(FEEDBACK_DAYS_RANGE.min, `minstens ${FEEDBACK_DAYS_RANGE.min} dag`)
      .max(FEEDBACK_DAYS_RANGE.max, `hoogstens ${FEEDBACK_DAYS_RANGE.max} dagen`)
      .describe(`Termijn in dagen voor de terugkoppeling van een ketenpartner op een overdracht (standaard ${DEFAULT_FEEDBACK_DAYS})`),
  })
  .strict()
  .meta({ id: 'MunicipalitySettings' });
export type MunicipalitySettings = z.infer<typeof settingsBody>;

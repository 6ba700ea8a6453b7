import { z } from 'zod';
import { PERSON_ROLES, SIGNAL_FORMS } from '../../domain/signal/schema';
import { SIGNAL_STATES } from '../../domain/signal/workflow';
import { CASE_TEXT_MAX } from '../signals/schema';

export const meetingIdParams = z.object({ id: z.uuid('dit is geen geldig overleg-id') });
export const meetingSignalParams = meetingIdParams.extend({ signalId: z.uuid('dit is geen geldig signaal-id') });

export const createMeetingRequest = z
  .object({
    heldOn: z.iso.date('gebruik de vorm JJJJ-MM-DD').describe('Datum van het overleg'),
    title: z.string().trim().min(1, 'geef het overleg een titel').max(200, 'maximaal 200 tekens').describe('Bijvoorbeeld "Signalenoverleg maart"; zet er geen namen in'),
  })
  .strict()
  .meta({ id: 'CreateMeetingRequest' });

export const addSignalRequest = z.object({ signalId: z.uuid('dit is geen geldig signaal-id') }).strict().meta({ id: 'MeetingAddSignalRequest' });

export const decisionRequest = z
  .object({
    decision: z.string().trim().min(1, 'schrijf het besluit op').max(CASE_TEXT_MAX, `maximaal ${CASE_TEXT_MAX} tekens`),
  })
  .strict()
  .meta({ id: 'MeetingDecisionRequest' });

export const meetingSummaryBody = z
  .object({
    id: z.uuid(),
    heldOn: z.string(),
    title: z.string(),
    createdAt: z.iso.datetime(),
    signals: z.number().int().describe('Aantal signalen op de agenda'),
    decided: z.number().int().describe('Aantal signalen waarover al besloten is'),
  })
  .meta({ id: 'MeetingSummary' });

/** One signal on the agenda, pseudonymised (src/domain/signal/handover.ts): no names, no reporter, no free text. */
const agendaItemBody = z.object({
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

export const agendaBody = z
  .object({
    id: z.uuid(),
    heldOn: z.string(),
    title: z.string(),
    createdAt: z.iso.datetime(),
    items: z.array(agendaItemBody),
  })
  .meta({ id: 'MeetingAgenda' });

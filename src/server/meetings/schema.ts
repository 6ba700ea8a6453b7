import { z } from 'zod';
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

// The shapes of the signal-chain API (docs/decisions/0006-signal-chain.md). Domain types are
// imported as types only, so the pages that use them never pull zod into their bundle. The answers
// take their types from the response schemas of src/domain/signal/views.ts.
import type { HandoverPart } from '../../domain/signal/handover';
import type { SignalSubmission } from '../../domain/signal/schema';

export type { FeedbackOutcome, HandoverChannel, HandoverContent, HandoverPart } from '../../domain/signal/handover';
export type {
  AgendaItem,
  FeedbackLookup,
  HandoverView as Handover,
  InboxPage,
  InboxSignal,
  MeetingAgenda as Meeting,
  MeetingSummary,
  MeldcodeStep,
  MunicipalitySettings,
  MySignal,
  PartnerFeedback,
  SentHandover,
  SignalCase,
  SignalDraft,
  SignalHistoryEvent,
  SignalRoute,
  SubmittedSignal as CreatedSignal,
} from '../../domain/signal/views';
export type { SignalSubmission, Person, Organisation, Address } from '../../domain/signal/schema';
export type { CaseEvent, SignalEvent, SignalState } from '../../domain/signal/workflow';

export type SignalForm = SignalSubmission['forms'][number];
export type PersonAware = SignalSubmission['personAware'];

export interface InboxFilters {
  state?: string;
  form?: string;
  urgent?: string;
  overdue?: string;
}

export interface HandoverRequest {
  partnerId: string;
  contactId: string;
  parts: HandoverPart[];
}


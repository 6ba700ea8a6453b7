// The shapes of the signal-chain API (docs/decisions/0006-signal-chain.md). Domain types are
// imported as types only, so the pages that use them never pull zod into their bundle. The answers
// the server describes with the schemas of src/domain/signal/views.ts take their types from there.
import type { HandoverPart } from '../../domain/signal/handover';
import type { SignalSubmission } from '../../domain/signal/schema';
import type { HandoverView } from '../../domain/signal/views';
import type { SignalEvent, SignalState } from '../../domain/signal/workflow';

export type { FeedbackOutcome, HandoverChannel, HandoverContent, HandoverPart } from '../../domain/signal/handover';
export type {
  AgendaItem,
  FeedbackLookup,
  HandoverView as Handover,
  MeetingAgenda as Meeting,
  MeetingSummary,
  MunicipalitySettings,
  PartnerFeedback,
  SentHandover,
} from '../../domain/signal/views';
export type { SignalSubmission, Person, Organisation, Address } from '../../domain/signal/schema';
export type { SignalEvent, SignalState } from '../../domain/signal/workflow';

export type SignalForm = SignalSubmission['forms'][number];
export type PersonAware = SignalSubmission['personAware'];

export interface CreatedSignal {
  id: string;
  reference: string;
  state: SignalState;
}

export interface SignalDraft {
  payload: Record<string, unknown> | null;
  updatedAt: string | null;
}

export interface MySignal {
  id: string;
  reference: string;
  receivedAt: string;
  state: SignalState;
  forms: SignalForm[];
  feedback: { at: string; text: string }[];
}

export interface InboxSignal {
  id: string;
  reference: string;
  receivedAt: string;
  state: SignalState;
  urgent: boolean;
  forms: SignalForm[];
  sector: string | null;
  handovers: number;
  overdueHandovers: number;
  nextDueAt: string | null;
}

export interface InboxFilters {
  state?: string;
  form?: string;
  urgent?: string;
  overdue?: string;
}

export interface SignalHistoryEvent {
  id: number;
  at: string;
  actor: string;
  actorName: string | null;
  kind: string;
  fromState: SignalState | null;
  toState: SignalState | null;
  data: Record<string, unknown>;
  text: string | null;
  correctsEventId: number | null;
}

export interface SignalRoute {
  mapId: string;
  mapVersion: string;
  answers: string[];
  outcomeId: string;
}

/** A meldcode step that was done (seed 003); steps not done yet are absent. */
export interface MeldcodeStep {
  step: number;
  title: string;
  doneOn: string;
  note: string | null;
}

/** The workflow steps the AF takes through POST /signals/{id}/events. */
export type CaseEvent = Extract<SignalEvent, 'vastleggen' | 'niet-doorzetten' | 'melder-informeren' | 'afsluiten' | 'heropenen'>;

export interface SignalCase {
  id: string;
  reference: string;
  municipality: string;
  state: SignalState;
  urgent: boolean;
  receivedAt: string;
  submission: SignalSubmission;
  reporter: { name: string; email: string; phone: string | null };
  events: SignalHistoryEvent[];
  handovers: HandoverView[];
  route: SignalRoute | null;
  meldcode: MeldcodeStep[];
  /** The meldcode checklist applies: criminal exploitation is ticked. */
  meldcodeApplicable: boolean;
  allowedEvents: CaseEvent[];
  /** Handing over to a partner is possible in this state. */
  canHandOver: boolean;
  routeSuggestion: { mapId: string; answers: string[] } | null;
  /** A message about the change just made (e.g. the reporter got no e-mail). */
  notice?: string | null;
}

export interface HandoverRequest {
  partnerId: string;
  contactId: string;
  parts: HandoverPart[];
}


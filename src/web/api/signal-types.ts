// The shapes of the signal-chain API (docs/decisions/0006-signal-chain.md). Domain types are
// imported as types only, so the pages that use them never pull zod into their bundle.
import type { HandoverContent, HandoverPart } from '../../domain/signal/handover';
import type { Person, SignalSubmission } from '../../domain/signal/schema';
import type { SignalEvent, SignalState } from '../../domain/signal/workflow';

export type { HandoverContent, HandoverPart } from '../../domain/signal/handover';
export type { SignalSubmission, Person, Organisation, Address } from '../../domain/signal/schema';
export type { SignalEvent, SignalState } from '../../domain/signal/workflow';

export type SignalForm = SignalSubmission['forms'][number];
export type PersonAware = SignalSubmission['personAware'];
export type HandoverChannel = 'email' | 'phone' | 'secure-mail';
export type FeedbackOutcome = 'taken-up' | 'not-taken-up' | 'forwarded' | 'other';

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

export interface PartnerFeedback {
  outcome: FeedbackOutcome;
  forwardedTo: string | null;
  note: string | null;
  at: string;
}

export interface Handover {
  id: string;
  partnerId: string;
  partnerName: string;
  contactId: string;
  channel: HandoverChannel;
  recipientEmail: string | null;
  parts: HandoverPart[];
  content: HandoverContent;
  sentAt: string;
  dueAt: string;
  overdue: boolean;
  feedback: PartnerFeedback | null;
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
  handovers: Handover[];
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

export interface SentHandover {
  handover: Handover;
  feedbackLink: string;
}

export interface FeedbackLookup {
  reference: string;
  municipality: string;
  partnerName: string;
  sentAt: string;
  dueAt: string;
  answered: boolean;
}

export interface MeetingSummary {
  id: string;
  heldOn: string;
  title: string;
  signals: number;
  decided: number;
}

/** A signal on a meeting's agenda: pseudonymised (src/domain/signal/handover.ts), never a name. */
export interface AgendaItem {
  signalId: string;
  state: SignalState;
  summary: {
    reference: string;
    forms: SignalForm[];
    observedSignals: string[];
    sector: string | null;
    acuteDanger: boolean;
    persons: { label: string; role: Person['role']; estimatedAge: number | null }[];
    organisations: number;
    addresses: string[];
  };
  decided: boolean;
  decidedAt: string | null;
}

/** A meeting and its agenda; the decisions' texts are on each signal's history, not here. */
export interface Meeting {
  id: string;
  heldOn: string;
  title: string;
  items: AgendaItem[];
}

export interface MunicipalitySettings {
  feedbackDays: number;
}

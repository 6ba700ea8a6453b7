import { asc, eq } from 'drizzle-orm';
import { suggestRoute, type RouteSuggestion } from '../../domain/signal/route-suggestion';
import { eventsFrom, type SignalEvent, type SignalState } from '../../domain/signal/workflow';
import { meldcodeSteps, signalEvents, signals, users } from '../db/schema';
import type { Tx } from '../db/tenant';
import { errors } from '../http/errors';
import { listHandovers, type HandoverView } from '../handovers/handover-view';
import { sealContext, unseal } from './signal-store';
import type { Reporter, SignalServices, StoredSubmission } from './signal-services';

/** The workflow events the AF triggers through POST /signals/:id/events; handing over and feedback have their own endpoints. */
export const CASE_EVENTS = ['vastleggen', 'niet-doorzetten', 'melder-informeren', 'afsluiten', 'heropenen'] as const satisfies readonly SignalEvent[];
export type CaseEvent = (typeof CASE_EVENTS)[number];

export interface CaseHistoryEntry {
  id: number;
  at: Date;
  actor: string;
  actorName: string | null;
  kind: string;
  fromState: string | null;
  toState: string | null;
  data: Record<string, unknown>;
  text: string | null;
  correctsEventId: number | null;
}

export interface CaseView {
  id: string;
  reference: string;
  municipality: string;
  state: SignalState;
  urgent: boolean;
  receivedAt: Date;
  submission: StoredSubmission;
  reporter: Reporter;
  events: CaseHistoryEntry[];
  handovers: HandoverView[];
  route: { mapId: string; mapVersion: string; answers: string[]; outcomeId: string } | null;
  meldcode: { step: number; title: string; doneOn: string; note: string | null }[];
  /** True when the signal names criminal exploitation: the meldcode checklist applies (seed 003). */
  meldcodeApplicable: boolean;
  allowedEvents: CaseEvent[];
  /** The workflow allows a (further) handover to a partner now. */
  canHandOver: boolean;
  routeSuggestion: RouteSuggestion | null;
}

/**
 * Everything of one signal for its AF, decrypted: the case page. Read inside the caller's tenant
 * transaction, so another municipality's signal is simply not found.
 */
export async function loadCase(tx: Tx, services: SignalServices, signalId: string): Promise<CaseView> {
  const [row] = await tx.select().from(signals).where(eq(signals.id, signalId));
  if (!row) throw errors.signalNotFound();
  const { keyring, content } = services;
  const submission = unseal<StoredSubmission>(keyring, sealContext.submission(row.id), row.submissionSealed);
  const reporter = unseal<Reporter>(keyring, sealContext.reporter(row.id), row.reporterSealed);
  const history = await tx
    .select({ event: signalEvents, actorName: users.name })
    .from(signalEvents)
    .leftJoin(users, eq(users.id, signalEvents.actorUserId))
    .where(eq(signalEvents.signalId, row.id))
    .orderBy(asc(signalEvents.id));
  const steps = await tx.select().from(meldcodeSteps).where(eq(meldcodeSteps.signalId, row.id)).orderBy(asc(meldcodeSteps.step));
  const stepTitles = new Map(content.knowledge('nl').meldcode.steps.map((s) => [s.number, s.title]));
  const municipality = content.municipality(row.municipality);
  const regionMaps = municipality ? (content.region(municipality.region, 'nl')?.routemaps ?? []) : [];
  const possible = eventsFrom(row.state as SignalState);
  return {
    id: row.id,
    reference: row.reference,
    municipality: row.municipality,
    state: row.state as SignalState,
    urgent: row.urgent,
    receivedAt: row.receivedAt,
    submission,
    reporter,
    events: history.map(({ event: e, actorName }) => ({
      id: e.id,
      at: e.at,
      actor: e.actor,
      actorName,
      kind: e.kind,
      fromState: e.fromState,
      toState: e.toState,
      data: e.data,
      text: e.textSealed ? unseal<string>(keyring, sealContext.eventText(row.id), e.textSealed) : null,
      correctsEventId: e.correctsEventId,
    })),
    handovers: await listHandovers(tx, keyring, content, row.id, services.now()),
    route:
      row.routeMapId && row.routeMapVersion && row.routeOutcomeId
        ? { mapId: row.routeMapId, mapVersion: row.routeMapVersion, answers: row.routeAnswers ?? [], outcomeId: row.routeOutcomeId }
        : null,
    meldcode: steps.map((s) => ({
      step: s.step,
      title: stepTitles.get(s.step) ?? `Stap ${s.step}`,
      doneOn: s.doneOn,
      note: s.noteSealed ? unseal<string>(keyring, sealContext.meldcodeNote(row.id, s.step), s.noteSealed) : null,
    })),
    meldcodeApplicable: row.forms.includes('criminal'),
    allowedEvents: CASE_EVENTS.filter((e) => possible.includes(e)),
    canHandOver: possible.includes('doorzetten'),
    routeSuggestion: suggestRoute(submission, regionMaps),
  };
}

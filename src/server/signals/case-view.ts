import { and, asc, eq } from 'drizzle-orm';
import type { CompiledRouteMap } from '../../domain/routemap/compiled';
import { walk } from '../../domain/routemap/walk';
import { suggestRoute } from '../../domain/signal/route-suggestion';
import type { SignalCase, SignalHistoryEvent } from '../../domain/signal/views';
import { CASE_EVENTS, eventsFrom, type SignalState } from '../../domain/signal/workflow';
import type { TxContext } from '../context/context';
import { sealContext, unseal } from '../crypto/sealed-fields';
import { meldcodeSteps, routeMapVersions, signalEvents, signals, users } from '../db/schema';
import { errors } from '../http/errors';
import { listHandovers } from '../handovers/handover-view';
import type { Reporter, StoredSubmission } from './signal-repository';

/** An entry of the case history, with its moment as a date (the API answers an ISO string). */
export type CaseHistoryEntry = Omit<SignalHistoryEvent, 'at'> & { at: Date };

/**
 * The case as the commands return it: the API's SignalCase (src/domain/signal/views.ts), with
 * dates as dates and the submission as stored. The notice belongs to a change, not to the case.
 */
export type CaseView = Omit<SignalCase, 'receivedAt' | 'submission' | 'events' | 'notice' | 'legalHoldSince'> & {
  receivedAt: Date;
  legalHoldSince: Date | null;
  submission: StoredSubmission;
  events: CaseHistoryEntry[];
};

/**
 * The route on the map as it was when it was walked (ADR 28): the questions, answers, outcome and
 * partners of that version, never today's by accident. Null for a version from before maps were
 * kept (the page then reads the route against the map as it is now).
 */
async function walkedRoute(ctx: TxContext, mapId: string, mapVersion: string, answers: string[], subregion: string | null): Promise<WalkedRoute | null> {
  const [kept] = await ctx.tx
    .select({ map: routeMapVersions.map })
    .from(routeMapVersions)
    .where(and(eq(routeMapVersions.mapId, mapId), eq(routeMapVersions.mapVersion, mapVersion)));
  if (!kept) return null;
  const map = kept.map as CompiledRouteMap;
  const result = walk(map, answers, { subregion });
  if (result.status !== 'outcome') return null;
  return { title: map.title, path: result.path, outcome: { title: result.outcome.title, contacts: result.outcome.contacts.map((c) => c.name) } };
}

type WalkedRoute = NonNullable<NonNullable<SignalCase['route']>['walked']>;

/**
 * Everything of one signal for its AF, decrypted: the case page. Read inside the caller's tenant
 * transaction, so another municipality's signal is simply not found.
 */
export async function loadCase(ctx: TxContext, signalId: string): Promise<CaseView> {
  const { tx } = ctx;
  const [row] = await tx.select().from(signals).where(eq(signals.id, signalId));
  if (!row) throw errors.signalNotFound(signalId);
  const { keyring, content } = ctx.services;
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
      fromState: e.fromState as SignalState | null,
      toState: e.toState as SignalState | null,
      data: e.data,
      text: e.textSealed ? unseal<string>(keyring, sealContext.eventText(row.id), e.textSealed) : null,
      correctsEventId: e.correctsEventId,
    })),
    handovers: await listHandovers(ctx, row.id),
    route:
      row.routeMapId && row.routeMapVersion && row.routeOutcomeId
        ? {
            mapId: row.routeMapId,
            mapVersion: row.routeMapVersion,
            answers: row.routeAnswers ?? [],
            outcomeId: row.routeOutcomeId,
            walked: await walkedRoute(ctx, row.routeMapId, row.routeMapVersion, row.routeAnswers ?? [], municipality?.subregion ?? null),
          }
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
    legalHoldSince: row.legalHoldAt,
    routeSuggestion: suggestRoute(submission, regionMaps),
  };
}

import { eq } from 'drizzle-orm';
import { walk } from '../../../domain/routemap/walk';
import { signals } from '../../db/schema';
import { inTenant } from '../../db/tenant';
import { errors } from '../../http/errors';
import type { ActingUser } from '../acting-user';
import { auditSignal } from '../audit-signal';
import { loadCase, type CaseView } from '../case-view';
import { signalErrors } from '../signal-errors';
import { appendEvent, findSignalForUpdate } from '../signal-store';
import type { SignalServices } from '../signal-services';

/**
 * Step 4: the AF walked a route map for the signal. The walk is repeated here with the same engine
 * as in the browser and must end at an outcome; the map's version is stored with the answers, so
 * the decision can be read later against the map as it was, whatever changed since.
 */
export async function chooseRoute(
  services: SignalServices,
  input: { municipality: string; user: ActingUser; signalId: string; mapId: string; answers: string[] },
): Promise<CaseView> {
  const map = services.content.routemap(input.mapId, 'nl');
  if (!map) throw signalErrors.unknownRoutemap(input.mapId);
  const now = services.now();
  return inTenant(services.db, input.municipality, async (tx) => {
    const signal = await findSignalForUpdate(tx, input.signalId);
    if (signal.state === 'afgesloten') throw signalErrors.signalClosed();
    // Contacts of an outcome depend on the subregion of the signal's municipality (seed 000).
    const subregion = services.content.municipality(signal.municipality)?.subregion ?? null;
    const result = walk(map, input.answers, { subregion });
    if (result.status === 'error') {
      if (result.code === 'past-outcome') throw errors.pastOutcome(result.step);
      throw errors.invalidAnswer(result.step, result.questionId ?? '', result.answer, result.allowed);
    }
    if (result.status === 'question') throw signalErrors.routeIncomplete(result.step, result.question.text);
    const route = { mapId: map.id, mapVersion: map.version, answers: input.answers, outcomeId: result.outcome.id };
    await tx
      .update(signals)
      .set({ routeMapId: route.mapId, routeMapVersion: route.mapVersion, routeAnswers: route.answers, routeOutcomeId: route.outcomeId, updatedAt: now })
      .where(eq(signals.id, signal.id));
    await appendEvent(tx, services.keyring, signal, input.user, { kind: 'route-gekozen', data: { ...route, outcomeTitle: result.outcome.title } }, now);
    await auditSignal(tx, input.user, input.municipality, 'signal.route', signal.id, { mapId: route.mapId, mapVersion: route.mapVersion, outcomeId: route.outcomeId });
    return loadCase(tx, services, signal.id);
  });
}

import { eq } from 'drizzle-orm';
import { walk } from '../../../domain/routemap/walk';
import { defineCommand } from '../../context/run';
import { signals } from '../../db/schema';
import { errors } from '../../http/errors';
import { loadCase, type CaseView } from '../case-view';
import { appendEvent, findSignalForUpdate } from '../signal-repository';

/**
 * Step 4: the AF walked a route map for the signal. The walk is repeated here with the same engine
 * as in the browser and must end at an outcome; the map's version is stored with the answers, so
 * the decision can be read later against the map as it was, whatever changed since.
 */
export const chooseRoute = defineCommand('signal.route', async (ctx, input: { signalId: string; mapId: string; answers: string[] }): Promise<CaseView> => {
  const { content } = ctx.services;
  const map = content.routemap(input.mapId, 'nl');
  if (!map) throw errors.unknownRoutemap(input.mapId);
  const signal = await findSignalForUpdate(ctx.tx, input.signalId);
  if (signal.state === 'afgesloten') throw errors.signalClosed();
  // Contacts of an outcome depend on the subregion of the signal's municipality (seed 000).
  const subregion = content.municipality(signal.municipality)?.subregion ?? null;
  const result = walk(map, input.answers, { subregion });
  if (result.status === 'error') {
    if (result.code === 'past-outcome') throw errors.pastOutcome(result.step);
    throw errors.invalidAnswer(result.step, result.questionId ?? '', result.answer, result.allowed);
  }
  if (result.status === 'question') throw errors.routeIncomplete(result.step, result.question.text);
  const route = { mapId: map.id, mapVersion: map.version, answers: input.answers, outcomeId: result.outcome.id };
  await ctx.tx
    .update(signals)
    .set({ routeMapId: route.mapId, routeMapVersion: route.mapVersion, routeAnswers: route.answers, routeOutcomeId: route.outcomeId, updatedAt: ctx.now })
    .where(eq(signals.id, signal.id));
  await appendEvent(ctx, signal, { kind: 'route-gekozen', data: { ...route, outcomeTitle: result.outcome.title } });
  await ctx.audit({ action: 'signal.route', objectType: 'signal', objectId: signal.id, details: { mapId: route.mapId, mapVersion: route.mapVersion, outcomeId: route.outcomeId } });
  return loadCase(ctx, signal.id);
});

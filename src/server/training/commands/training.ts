import { asc, eq } from 'drizzle-orm';
import type { Language } from '../../../domain/content/localized';
import { SUPPRESSION_THRESHOLD } from '../../../domain/statistics/suppression';
import type { CompleteBody, ProgressBody, TrainingBody, TrainingRegionStatistics, TrainingStatistics } from '../../../domain/training/api';
import { TRAINING_MODULES } from '../../../domain/training/tracks';
import { userOf } from '../../context/actor';
import type { TxContext } from '../../context/context';
import { defineCommand, defineProcedure, inTransaction } from '../../context/run';
import { trainingCompletions } from '../../db/schema';
import { errors } from '../../http/errors';
import { trainingCompletionRate } from '../completion-rate';

/** The user's own completions: modules of the course only (a module the course dropped is not shown). */
async function progressOf(ctx: TxContext): Promise<ProgressBody> {
  const rows = await ctx.tx
    .select({ module: trainingCompletions.module, track: trainingCompletions.track, completedAt: trainingCompletions.completedAt })
    .from(trainingCompletions)
    .where(eq(trainingCompletions.userId, userOf(ctx.actor).userId))
    .orderBy(asc(trainingCompletions.completedAt));
  const known = new Set<string>(TRAINING_MODULES);
  return {
    modules: TRAINING_MODULES.length,
    completions: rows
      .filter((r) => known.has(r.module))
      .map((r) => ({ module: r.module as ProgressBody['completions'][number]['module'], track: r.track as ProgressBody['completions'][number]['track'], completedAt: r.completedAt.toISOString() })),
  };
}

/**
 * The course for the user's region (a municipality without one gets the national course, as on
 * the route map pages), with their own progress. Not audited: the course is public content, and
 * the progress is the user's own.
 */
export const readTraining = defineCommand('training.read', async (ctx, input: { lang: Language }): Promise<TrainingBody> => {
  const { content } = ctx.services;
  const region = content.municipality(ctx.municipality!)?.region;
  const course = region ? content.training(region, input.lang) : undefined;
  if (!course) throw errors.notFound('De cursus voor uw regio');
  return { course, progress: await progressOf(ctx) };
});

export const readTrainingProgress = defineCommand('training.progress', (ctx, _input: void): Promise<ProgressBody> => progressOf(ctx));

/**
 * Records that the user finished a module (went through its signals and its cases) on a track.
 * One row per module: finishing it again, on another track too, keeps the first completion (the
 * table is insert-only for the application role) and writes no second audit record. The walk
 * happens in the browser, so the server takes the browser's word that the module was gone
 * through: the course is for learning, not an exam, and the page only offers "finish" at the end.
 */
export const completeTrainingModule = defineCommand('training.complete', async (ctx, input: CompleteBody): Promise<ProgressBody> => {
  const { userId } = userOf(ctx.actor);
  const inserted = await ctx.tx
    .insert(trainingCompletions)
    .values({ userId, municipality: ctx.municipality!, module: input.module, track: input.track, completedAt: ctx.now })
    .onConflictDoNothing()
    .returning({ module: trainingCompletions.module });
  if (inserted.length > 0) {
    await ctx.audit({ action: 'training.complete', objectType: 'training-module', objectId: input.module, details: { track: input.track } });
  }
  return progressOf(ctx);
});

/** The municipality's completion rate per department, for the dashboard: counts only. */
export const readTrainingStatistics = defineCommand('training.statistics', async (ctx, _input: void): Promise<TrainingStatistics> => {
  const rate = await trainingCompletionRate(ctx.tx);
  await ctx.audit({ action: 'training.statistics', objectType: 'municipality', objectId: ctx.municipality! });
  return rate;
});

/**
 * The regiobeheerder's view: per municipality of the region how many active users finished the
 * course. Each municipality is read in its own tenant transaction, as the regional figures are;
 * only the counts leave it. A municipality with fewer active users than the suppression threshold
 * shows no numbers: there, "not finished" would point at a person.
 */
export const readRegionTrainingStatistics = defineProcedure('training.statistics-region', async (ctx, _input: void): Promise<TrainingRegionStatistics> => {
  const { content } = ctx.services;
  const region = ctx.actor.kind === 'user' ? ctx.actor.region : null;
  if (!region || !content.region(region, 'nl')) throw errors.forbidden();
  const result: TrainingRegionStatistics['municipalities'] = [];
  for (const m of content.municipalities.filter((x) => x.region === region)) {
    const rate = await inTransaction(ctx, (tx) => trainingCompletionRate(tx.tx), { municipality: m.code, readOnly: true });
    if (rate.users === 0) continue; // not using Signaalroute (yet): nothing to compare
    const hidden = rate.users < SUPPRESSION_THRESHOLD;
    result.push({ code: m.code, name: m.name, users: hidden ? null : rate.users, completed: hidden ? null : rate.completed });
  }
  await inTransaction(ctx, (tx) => tx.audit({ action: 'training.statistics-region', objectType: 'region', objectId: region, details: { municipalities: result.length } }));
  return { threshold: SUPPRESSION_THRESHOLD, municipalities: result };
});

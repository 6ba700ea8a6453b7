import { mergeDurations, publishedFigures, SUPPRESSION_THRESHOLD, type Statistics, type StatisticsQuery } from '../../../domain/statistics';
import { defineProcedure, inTransaction } from '../../context/run';
import { errors } from '../../http/errors';
import { labelTables } from '../labels';
import { statisticsFacts, type StatisticsFacts } from '../statistics-facts';
import { statisticsRange } from '../statistics-range';

/**
 * The regiobeheerder's view: the figures of the region's municipalities side by side, never a
 * signal, small numbers always hidden (docs/decisions/0021-management-information.md). Each
 * municipality's facts are read in a transaction of its own tenant, under row-level security as
 * always; only the counts leave it.
 */
export const readRegionStatistics = defineProcedure('statistics.region', async (ctx, input: StatisticsQuery & { export: boolean }): Promise<Statistics> => {
  const { content } = ctx.services;
  const region = ctx.actor.kind === 'user' ? ctx.actor.region : null;
  const regionView = region ? content.region(region, input.lang) : undefined;
  if (!region || !regionView) throw errors.forbidden();
  const now = ctx.services.clock();
  const range = statisticsRange(now, input);
  const municipalities = content.municipalities.filter((m) => m.region === region).map((m) => m.code);
  const each: StatisticsFacts[] = [];
  for (const municipality of municipalities) each.push(await inTransaction(ctx, (tx) => statisticsFacts(tx.tx, range, now), { municipality, readOnly: true }));
  const facts = {
    groups: each.flatMap((f) => f.groups),
    deleted: each.flatMap((f) => f.deleted),
    handovers: each.flatMap((f) => f.handovers),
    durations: mergeDurations(each.map((f) => f.durations)),
  };
  // A municipality without a single signal in the range is left out: its zero identifies nobody,
  // and a column of zeros only makes the hiding slower.
  const counted = municipalities.filter((m) => facts.groups.some((g) => g.municipality === m) || facts.deleted.some((d) => d.municipality === m));
  const figures = publishedFigures({ ...range, ...facts, municipalities: counted, columns: 'municipality' });
  await inTransaction(ctx, (tx) =>
    tx.audit({
      action: input.export ? 'statistics.region-export' : 'statistics.region',
      objectType: 'region',
      objectId: region,
      details: { from: range.from, to: range.to, granularity: range.granularity, municipalities: counted.length },
    }),
  );
  return {
    scope: 'region',
    name: regionView.name,
    from: range.from,
    to: range.to,
    granularity: range.granularity,
    suppressed: true,
    threshold: SUPPRESSION_THRESHOLD,
    tables: labelTables(figures.tables, { content, lang: input.lang, region, granularity: range.granularity, columns: 'municipality' }),
    leadTimes: figures.leadTimes,
  };
});

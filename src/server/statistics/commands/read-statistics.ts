import { municipalFigures, publishedFigures, SUPPRESSION_THRESHOLD, type Statistics, type StatisticsQuery } from '../../../domain/statistics';
import { defineCommand } from '../../context/run';
import { labelTables } from '../labels';
import { countOf, statisticsFacts } from '../statistics-facts';
import { statisticsRange } from '../statistics-range';

export interface ReadStatisticsInput extends StatisticsQuery {
  /** For a file that leaves the municipality: small numbers hidden (docs/decisions/0021-management-information.md). */
  suppressed: boolean;
}

/**
 * The management information of the own municipality for the AF and the beheerder: counts per
 * period and category, lead times, feedback per partner, signals not passed on. On screen as
 * counted; as an export with small numbers hidden. Aggregates only, but audited like any list.
 */
export const readStatistics = defineCommand('statistics.read', async (ctx, input: ReadStatisticsInput): Promise<Statistics> => {
  const municipality = ctx.municipality!;
  const { content } = ctx.services;
  const range = statisticsRange(ctx.now, input);
  const facts = await statisticsFacts(ctx.tx, range, ctx.now);
  const countInput = { ...range, ...facts, municipalities: [municipality], columns: 'period' as const };
  const figures = input.suppressed ? publishedFigures(countInput) : municipalFigures(countInput);
  await ctx.audit({
    action: input.suppressed ? 'statistics.export' : 'statistics.read',
    objectType: 'statistics',
    details: { from: range.from, to: range.to, granularity: range.granularity, signals: countOf(facts.groups), deleted: countOf(facts.deleted) },
  });
  const region = content.municipality(municipality)?.region ?? '';
  return {
    scope: 'municipality',
    name: content.municipality(municipality)?.name ?? municipality,
    from: range.from,
    to: range.to,
    granularity: range.granularity,
    suppressed: input.suppressed,
    threshold: SUPPRESSION_THRESHOLD,
    tables: labelTables(figures.tables, { content, lang: input.lang, region, granularity: range.granularity, columns: 'period' }),
    leadTimes: figures.leadTimes,
  };
});

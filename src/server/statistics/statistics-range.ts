import { defaultRange, MAX_RANGE_MONTHS, monthsTouched, type FigureRange, type StatisticsQuery } from '../../domain/statistics';
import { errors } from '../http/errors';

const refuse = (message: string) => errors.validation(`Ongeldige invoer: from: ${message}.`, { fields: [{ field: 'from', message }] });

/** The range asked for, the last twelve months where a bound is missing; refused when backwards or longer than ten years. */
export function statisticsRange(now: Date, query: StatisticsQuery): FigureRange {
  const range = { ...defaultRange(now), ...(query.from && { from: query.from }), ...(query.to && { to: query.to }), granularity: query.granularity };
  if (range.from > range.to) throw refuse('de begindatum ligt na de einddatum');
  if (monthsTouched(range.from, range.to) > MAX_RANGE_MONTHS) throw refuse(`kies een periode van hoogstens ${MAX_RANGE_MONTHS / 12} jaar`);
  return range;
}

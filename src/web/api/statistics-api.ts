import type { Statistics } from '../../domain/statistics';
import { getJson } from './client';

// The calls of the management information pages (ADR 21). Only those lazy pages import this module.

export type StatisticsScope = 'municipality' | 'region';

export interface StatisticsFilters {
  from: string;
  to: string;
  granularity: 'month' | 'quarter';
}

const base = (scope: StatisticsScope) => (scope === 'region' ? '/api/v1/statistics/region' : '/api/v1/statistics');

function params(filters: StatisticsFilters): Record<string, string> {
  const p: Record<string, string> = { granularity: filters.granularity };
  if (filters.from) p.from = filters.from;
  if (filters.to) p.to = filters.to;
  return p;
}

export function getStatistics(scope: StatisticsScope, filters: StatisticsFilters, lang: 'nl' | 'en'): Promise<Statistics> {
  return getJson<Statistics>(base(scope), lang, params(filters));
}

/** The CSV with the same filters; small numbers are hidden in it, whoever downloads it. */
export function statisticsExportUrl(scope: StatisticsScope, filters: StatisticsFilters, lang: 'nl' | 'en'): string {
  return `${base(scope)}/export?${new URLSearchParams({ ...params(filters), lang }).toString()}`;
}

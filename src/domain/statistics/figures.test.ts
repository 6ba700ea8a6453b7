import { describe, expect, it } from 'vitest';
import { municipalFigures, publishedFigures, type CountInput, type SignalFacts } from './figures';

const at = (date: string) => new Date(`${date}T11:00:00Z`);
const event = (date: string, kind: string, data: Record<string, unknown> = {}) => ({ at: at(date), kind, data });
const signal = (received: string, facts: Partial<SignalFacts>, events: SignalFacts['events'] = []): SignalFacts => ({
  municipality: 'GM0546',
  receivedAt: at(received),
  forms: ['unknown'],
  sector: null,
  riskGroups: [],
  events: [event(received, 'ingediend'), ...events],
  ...facts,
});

const signals: SignalFacts[] = [
  signal('2026-01-10', { forms: ['labour'], sector: 'horeca', riskGroups: ['arbeidsmigranten'] }, [
    event('2026-01-11', 'vastleggen'),
    event('2026-01-12', 'route-gekozen', { mapId: 'den-haag-persoon', outcomeId: 'nla' }),
    event('2026-01-13', 'overdracht', { handoverId: 'h1', partnerId: 'nla', dueAt: at('2026-01-27').toISOString() }),
    event('2026-01-20', 'terugkoppeling-ontvangen', { handoverId: 'h1', partnerId: 'nla' }),
    event('2026-01-22', 'melder-informeren'),
  ]),
  signal('2026-02-05', { forms: ['sexual', 'criminal'] }, [event('2026-02-07', 'vastleggen'), event('2026-02-08', 'niet-doorzetten')]),
  signal('2026-02-20', {}),
  signal('2026-03-01', { forms: ['labour'], sector: 'horeca' }, [
    event('2026-03-02', 'vastleggen'),
    event('2026-03-03', 'overdracht', { handoverId: 'h2', partnerId: 'nla', dueAt: at('2026-03-17').toISOString() }),
  ]),
  signal('2025-12-20', { forms: ['labour'] }),
];

const input: CountInput = {
  signals,
  deleted: [
    { municipality: 'GM0546', receivedAt: at('2026-01-05'), handedOver: true },
    { municipality: 'GM0546', receivedAt: at('2026-03-10'), handedOver: false },
  ],
  municipalities: ['GM0546'],
  columns: 'period',
  from: '2026-01-01',
  to: '2026-03-31',
  granularity: 'month',
  now: at('2026-04-15'),
};

const rowsOf = (figures: ReturnType<typeof municipalFigures>, id: string) =>
  Object.fromEntries(figures.tables.find((t) => t.id === id)!.rows.map((r) => [r.key, r.values]));

describe('the municipality\'s own figures', () => {
  const figures = municipalFigures(input);

  it('counts the signals received per month, those deleted by retention included, and none outside the range', () => {
    const table = figures.tables.find((t) => t.id === 'signals')!;
    expect(table.columns).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(table.rows[0]!.values).toEqual([2, 2, 2]);
    expect(table.total).toBe(6);
  });

  it('counts a signal under each of its forms, and deleted signals in a row of their own', () => {
    expect(rowsOf(figures, 'forms')).toEqual({ labour: [1, 0, 1], sexual: [0, 1, 0], criminal: [0, 1, 0], unknown: [0, 1, 0], deleted: [1, 0, 1] });
  });

  it('counts sectors, risk groups and the route outcome chosen, with "none" where nothing was given', () => {
    expect(rowsOf(figures, 'sector')).toEqual({ horeca: [1, 0, 1], none: [0, 2, 0], deleted: [1, 0, 1] });
    expect(rowsOf(figures, 'riskGroups')).toEqual({ arbeidsmigranten: [1, 0, 0], none: [0, 2, 1], deleted: [1, 0, 1] });
    expect(rowsOf(figures, 'routeOutcome')).toEqual({ 'den-haag-persoon/nla': [1, 0, 0], none: [0, 2, 1], deleted: [1, 0, 1] });
  });

  it('counts signals per partner they were handed to, and why the others were not passed on', () => {
    expect(rowsOf(figures, 'partner')).toEqual({ nla: [1, 0, 1], none: [0, 2, 1], deleted: [1, 0, 0] });
    expect(rowsOf(figures, 'notPassedOn')).toEqual({ decided: [0, 1, 0], 'not-recorded': [0, 1, 0], 'in-progress': [0, 0, 0], deleted: [0, 0, 1] });
  });

  it('sorts each partner\'s handovers into feedback in time, late, still within the term and overdue', () => {
    expect(rowsOf(figures, 'feedback')).toEqual({ nla: [1, 0, 0, 1] });
  });

  it('gives the median and 90th percentile of each step in days', () => {
    expect(figures.leadTimes).toEqual([
      { step: 'recorded', count: 3, medianDays: 1, p90Days: 2 },
      { step: 'handed-over', count: 2, medianDays: 1.5, p90Days: 2 },
      { step: 'feedback', count: 1, medianDays: 7, p90Days: 7 },
      { step: 'reporter-informed', count: 1, medianDays: 2, p90Days: 2 },
      { step: 'whole', count: 1, medianDays: 12, p90Days: 12 },
    ]);
  });

  it('groups by quarter', () => {
    const table = municipalFigures({ ...input, granularity: 'quarter' }).tables.find((t) => t.id === 'signals')!;
    expect(table.columns).toEqual(['2026-Q1']);
    expect(table.rows[0]!.values).toEqual([6]);
  });
});

describe('figures that leave the municipality', () => {
  it('hide every small number and every lead time of fewer than five signals', () => {
    const published = publishedFigures(input);
    for (const table of published.tables) for (const row of table.rows) expect([...row.values, row.total].filter((v) => v !== null && v < 5)).toEqual([]);
    expect(published.tables.find((t) => t.id === 'signals')!.total).toBe(6);
    expect(published.leadTimes.every((l) => l.medianDays === null && l.count === null)).toBe(true);
  });

  it('publish larger numbers as counted, but never how many signals a lead time rests on', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      signal(`2026-0${1 + (i % 2)}-1${i % 10}`, { forms: ['labour'], sector: 'horeca' }, [event(`2026-0${1 + (i % 2)}-2${i % 10}`, 'vastleggen')]),
    );
    const published = publishedFigures({ ...input, signals: many, deleted: [] });
    // March's 0 is hidden, and at least one of the sixes with it: otherwise 12 - 6 - 6 gives it back.
    const perMonth = published.tables.find((t) => t.id === 'signals')!.rows[0]!;
    expect(perMonth.values.filter((v) => v === null).length).toBeGreaterThanOrEqual(2);
    expect(perMonth.values[2]).toBeNull();
    expect(perMonth.total).toBe(12);
    expect(published.tables.find((t) => t.id === 'sector')!.rows.find((r) => r.key === 'horeca')!.total).toBe(12);
    expect(published.leadTimes[0]).toEqual({ step: 'recorded', count: null, medianDays: 10, p90Days: 10 });
  });
});

import { describe, expect, it } from 'vitest';
import { foldFigureFacts, NO_FIGURE_FACTS, type FigureFacts, type HistoryEntry } from './figure-facts';
import { feedbackStatus, municipalFigures, publishedFigures, type CountInput, type SignalGroup } from './figures';
import { LEAD_TIME_STEPS, STEP_ENDS, type StepDurations, type StepMoment } from './lead-times';

const at = (date: string) => new Date(`${date}T11:00:00Z`);
const event = (date: string, kind: string, data: Record<string, unknown> = {}): HistoryEntry => ({ at: at(date), kind, data });

/** A signal as the database would hand it over: its history folded into its facts, counted once. */
interface Received {
  group: SignalGroup;
  moments: Record<StepMoment, Date | null>;
}
function signal(received: string, categories: { forms?: string[]; sector?: string; riskGroups?: string[] }, events: HistoryEntry[] = []): Received {
  const facts: FigureFacts = [event(received, 'ingediend', { riskGroups: categories.riskGroups ?? [] }), ...events].reduce(foldFigureFacts, NO_FIGURE_FACTS);
  return {
    group: {
      municipality: 'GM0546',
      period: received.slice(0, 7),
      forms: categories.forms ?? ['unknown'],
      sector: categories.sector ?? null,
      riskGroups: facts.riskGroups,
      route: facts.route,
      partners: facts.partners,
      recorded: facts.recordedAt !== null,
      decided: facts.decided,
      count: 1,
    },
    moments: { received: at(received), recorded: facts.recordedAt, handedOver: facts.handedOverAt, feedback: facts.feedbackAt, reporterInformed: facts.reporterInformedAt },
  };
}

/** The seconds per step, as the database measures them from the same moments. */
function durationsOf(signals: Received[]): StepDurations {
  const durations = {} as Record<(typeof LEAD_TIME_STEPS)[number], number[]>;
  for (const step of LEAD_TIME_STEPS) {
    const [from, to] = STEP_ENDS[step];
    durations[step] = signals.flatMap(({ moments }) => {
      const [start, end] = [moments[from], moments[to]];
      return start && end && end >= start ? [(end.getTime() - start.getTime()) / 1000] : [];
    });
  }
  return durations;
}

function inputOf(signals: Received[], rest: Partial<CountInput> = {}): CountInput {
  return {
    groups: signals.map((s) => s.group),
    durations: durationsOf(signals),
    deleted: [
      { municipality: 'GM0546', period: '2026-01', handedOver: true, count: 1 },
      { municipality: 'GM0546', period: '2026-03', handedOver: false, count: 1 },
    ],
    // h1 answered within its term; h2's term passed without an answer.
    handovers: [
      { partner: 'nla', answered: true, answeredInTime: true, dueAhead: false, count: 1 },
      { partner: 'nla', answered: false, answeredInTime: false, dueAhead: false, count: 1 },
    ],
    municipalities: ['GM0546'],
    columns: 'period',
    from: '2026-01-01',
    to: '2026-03-31',
    granularity: 'month',
    ...rest,
  };
}

const signals = [
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
];
const input = inputOf(signals);

const rowsOf = (figures: ReturnType<typeof municipalFigures>, id: string) =>
  Object.fromEntries(figures.tables.find((t) => t.id === id)!.rows.map((r) => [r.key, r.values]));

describe('the municipality\'s own figures', () => {
  const figures = municipalFigures(input);

  it('counts the signals received per month, those deleted by retention included', () => {
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
    const status = (answered: boolean, answeredInTime: boolean, dueAhead: boolean) => feedbackStatus({ answered, answeredInTime, dueAhead });
    expect([status(true, true, false), status(true, false, true), status(false, false, true), status(false, false, false)]).toEqual(['on-time', 'late', 'waiting', 'overdue']);
  });

  it('counts a group of signals that agree on every category as often as it holds signals', () => {
    const doubled = municipalFigures({ ...input, groups: input.groups.map((g) => ({ ...g, count: g.count * 2 })) });
    expect(rowsOf(doubled, 'sector')).toEqual({ horeca: [2, 0, 2], none: [0, 4, 0], deleted: [1, 0, 1] });
    expect(rowsOf(doubled, 'notPassedOn')).toEqual({ decided: [0, 2, 0], 'not-recorded': [0, 2, 0], 'in-progress': [0, 0, 0], deleted: [0, 0, 1] });
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
    const inQuarter = <T extends { period: string }>(g: T) => ({ ...g, period: '2026-Q1' });
    const table = municipalFigures({ ...input, granularity: 'quarter', groups: input.groups.map(inQuarter), deleted: input.deleted.map(inQuarter) }).tables.find((t) => t.id === 'signals')!;
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
    const published = publishedFigures(inputOf(many, { deleted: [], handovers: [] }));
    // March's 0 is hidden, and at least one of the sixes with it: otherwise 12 - 6 - 6 gives it back.
    const perMonth = published.tables.find((t) => t.id === 'signals')!.rows[0]!;
    expect(perMonth.values.filter((v) => v === null).length).toBeGreaterThanOrEqual(2);
    expect(perMonth.values[2]).toBeNull();
    expect(perMonth.total).toBe(12);
    expect(published.tables.find((t) => t.id === 'sector')!.rows.find((r) => r.key === 'horeca')!.total).toBe(12);
    expect(published.leadTimes[0]).toEqual({ step: 'recorded', count: null, medianDays: 10, p90Days: 10 });
  });
});

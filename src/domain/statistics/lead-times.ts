/**
 * Lead times per step of seed 004's chain, in days: the median and the 90th percentile (nearest
 * rank: the smallest time within which 90% of the signals took the step), with how many signals
 * took the step.
 */
export const LEAD_TIME_STEPS = ['recorded', 'handed-over', 'feedback', 'reporter-informed', 'whole'] as const;
export type LeadTimeStep = (typeof LEAD_TIME_STEPS)[number];

export interface LeadTime {
  step: LeadTimeStep;
  count: number | null;
  medianDays: number | null;
  p90Days: number | null;
}

const DAY = 86_400;
const oneDecimal = (days: number) => Math.round(days * 10) / 10;

/**
 * The moments that mark the steps: received → recorded → handed over → feedback → reporter
 * informed. Each is the first event of its kind (`vastleggen`, `overdracht`,
 * `terugkoppeling-ontvangen`, `melder-informeren`); feedback counts from the handover on, and the
 * reporter informed from the feedback on, where there was one.
 */
export const STEP_MOMENTS = ['received', 'recorded', 'handedOver', 'feedback', 'reporterInformed'] as const;
export type StepMoment = (typeof STEP_MOMENTS)[number];

/** Each step runs from one moment to a later one; the database measures the days between them for every signal that has both. */
export const STEP_ENDS: Record<LeadTimeStep, [from: StepMoment, to: StepMoment]> = {
  recorded: ['received', 'recorded'],
  'handed-over': ['recorded', 'handedOver'],
  feedback: ['handedOver', 'feedback'],
  'reporter-informed': ['feedback', 'reporterInformed'],
  whole: ['received', 'reporterInformed'],
};

/** Per step, the seconds it took each signal that took it (any order). */
export type StepDurations = Record<LeadTimeStep, readonly number[]>;

/** The durations of signals of several municipalities together (the regional view). */
export function mergeDurations(all: readonly StepDurations[]): StepDurations {
  const merged = {} as Record<LeadTimeStep, number[]>;
  for (const step of LEAD_TIME_STEPS) merged[step] = all.flatMap((d) => d[step]);
  return merged;
}

function median(sorted: ArrayLike<number>): number {
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function nearestRank(sorted: ArrayLike<number>, p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/**
 * The lead times of these signals. With `minimum`, a step taken by fewer signals shows no figures
 * at all (for figures leaving the municipality: a median of three signals says too much about each).
 */
export function leadTimes(durations: StepDurations, minimum = 0): LeadTime[] {
  return LEAD_TIME_STEPS.map((step) => {
    const days = Float64Array.from(durations[step], (seconds) => seconds / DAY).sort();
    if (days.length < minimum) return { step, count: null, medianDays: null, p90Days: null };
    if (days.length === 0) return { step, count: 0, medianDays: null, p90Days: null };
    return { step, count: days.length, medianDays: oneDecimal(median(days)), p90Days: oneDecimal(nearestRank(days, 0.9)) };
  });
}

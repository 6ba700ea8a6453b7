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

const DAY = 86_400_000;
const oneDecimal = (days: number) => Math.round(days * 10) / 10;

/** The first moment of each kind of event that marks a step, or null: received → recorded → handed over → feedback → reporter informed. */
export interface StepMoments {
  received: Date;
  recorded: Date | null;
  handedOver: Date | null;
  feedback: Date | null;
  reporterInformed: Date | null;
}

const STEP_ENDS: Record<LeadTimeStep, [from: keyof StepMoments, to: keyof StepMoments]> = {
  recorded: ['received', 'recorded'],
  'handed-over': ['recorded', 'handedOver'],
  feedback: ['handedOver', 'feedback'],
  'reporter-informed': ['feedback', 'reporterInformed'],
  whole: ['received', 'reporterInformed'],
};

export function median(sorted: readonly number[]): number {
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function nearestRank(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/**
 * The lead times of these signals. With `minimum`, a step taken by fewer signals shows no figures
 * at all (for figures leaving the municipality: a median of three signals says too much about each).
 */
export function leadTimes(signals: readonly StepMoments[], minimum = 0): LeadTime[] {
  return LEAD_TIME_STEPS.map((step) => {
    const [from, to] = STEP_ENDS[step];
    const days = signals
      .flatMap((s) => {
        const start = s[from];
        const end = s[to];
        return start && end && end >= start ? [(end.getTime() - start.getTime()) / DAY] : [];
      })
      .sort((a, b) => a - b);
    if (days.length < minimum) return { step, count: null, medianDays: null, p90Days: null };
    if (days.length === 0) return { step, count: 0, medianDays: null, p90Days: null };
    return { step, count: days.length, medianDays: oneDecimal(median(days)), p90Days: oneDecimal(nearestRank(days, 0.9)) };
  });
}

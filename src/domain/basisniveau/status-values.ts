import type { DerivedKind } from './schema';

// Without zod: the figures pages import these, and the schema library need not come with them.

/** How far a municipality is with a point; `onbekend` until the beheerder confirms anything. */
export const STATUSES = ['voldaan', 'deels', 'niet-voldaan', 'onbekend'] as const;
export type Status = (typeof STATUSES)[number];
export const UNCONFIRMED: Status = 'onbekend';

export const EVIDENCE_MAX = 1000;

/** The training figure as the checklist shows it. */
export interface TrainingFigure {
  users: number;
  completed: number;
}

/**
 * A confirmation that the figure beside it does not bear out: shown as a note, not refused,
 * because a municipality may have trained its staff outside Signaalroute's own course.
 * - "voldaan" for training while nobody finished the course;
 * - a status other than "voldaan"/"deels" for the AF while an AF is recorded is fine (known to the
 *   staff is the beheerder's judgement), so the AF point has no note.
 */
export function derivedNote(derived: DerivedKind | undefined, status: Status, training: TrainingFigure | null): 'training-none' | null {
  if (derived === 'training' && status === 'voldaan' && training !== null && training.completed === 0) return 'training-none';
  return null;
}

/** Share of users who finished, in whole percents (0 without users). */
export function completionPercent(figure: TrainingFigure): number {
  return figure.users === 0 ? 0 : Math.round((100 * figure.completed) / figure.users);
}

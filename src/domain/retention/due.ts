import { tz } from '@date-fns/tz';
import { addDays, addMonths, subMonths } from 'date-fns';
import type { SignalState } from '../signal/workflow';
import type { RetentionTerms } from './terms';

/** Calendar months and days are counted in Dutch time: "a year after closing" is the same date. */
const AMSTERDAM = tz('Europe/Amsterdam');
/** A plain Date of the moment: date-fns answers a zoned date, whose ISO string carries the offset. */
const instant = (d: Date) => new Date(d.getTime());

/** What retention needs to know of a signal; nothing of its content. */
export interface SignalRetentionFacts {
  state: SignalState;
  /** When it was last closed (afgesloten); null while it never was. */
  closedAt: Date | null;
  /** Whether it was ever handed over to a partner. */
  handedOver: boolean;
  /** On legal hold: kept whatever its term says, until the hold is lifted. */
  onHold: boolean;
}

export type SignalTerm = 'closed' | 'handed-over';

export interface SignalDue {
  term: SignalTerm;
  months: number;
  dueAt: Date;
}

/**
 * When a signal is to be deleted, or null while it is not: only a closed signal has a term (one
 * still being handled, or reopened, is kept), counted from its last closing. A signal on legal hold
 * still has its date, so that the dry run shows what the hold keeps; `isDue` never deletes it.
 */
export function signalDue(facts: SignalRetentionFacts, terms: RetentionTerms): SignalDue | null {
  if (facts.state !== 'afgesloten' || facts.closedAt === null) return null;
  const term: SignalTerm = facts.handedOver ? 'handed-over' : 'closed';
  const months = term === 'handed-over' ? terms.handedOverMonths : terms.closedMonths;
  return { term, months, dueAt: instant(addMonths(facts.closedAt, months, { in: AMSTERDAM })) };
}

/** Whether the signal is deleted now: its term has passed (not a second early) and it is not on hold. */
export function isSignalDue(facts: SignalRetentionFacts, terms: RetentionTerms, now: Date): boolean {
  const due = signalDue(facts, terms);
  return due !== null && !facts.onHold && due.dueAt.getTime() <= now.getTime();
}

/** When the personal fields of an account deactivated at `deactivatedAt` are removed. */
export function userDueAt(deactivatedAt: Date, terms: RetentionTerms): Date {
  return instant(addMonths(deactivatedAt, terms.userMonths, { in: AMSTERDAM }));
}

/** When a complete import of the municipality's own register, completed at `completedAt`, is deleted. */
export function registerImportDueAt(completedAt: Date, terms: RetentionTerms): Date {
  return instant(addMonths(completedAt, terms.registerMonths, { in: AMSTERDAM }));
}

/** When a draft that was last changed at `updatedAt` is deleted. */
export function draftDueAt(updatedAt: Date, terms: RetentionTerms): Date {
  return instant(addDays(updatedAt, terms.draftDays, { in: AMSTERDAM }));
}

/**
 * Audit records made at or before this moment have passed their term. Counting back from now never
 * removes one early: at the end of a month it keeps a record up to three days longer than counting
 * forward from the record would (31 January + 1 month is 28 February).
 */
export function auditRecordsMadeBefore(now: Date, terms: RetentionTerms): Date {
  return instant(subMonths(now, terms.auditMonths, { in: AMSTERDAM }));
}

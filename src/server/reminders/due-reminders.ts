import { and, gt, isNotNull, isNull, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { SignalState } from '../../domain/signal/workflow';
import { addDutchDays } from '../../domain/time/dutch-calendar';
import { handovers, jobFailures, signals } from '../db/schema';
import type { ReminderKind } from './reminder-mail';

/** The first reminder goes this many days before the due date; the second once it has passed. */
export const REMINDER_DAYS_BEFORE = 2;

/**
 * Signals in these states get no reminders for their handovers: the AF closed the case, or decided
 * (after reopening) not to pass it on. Reopening brings the reminders back that are still due.
 */
export const NO_REMINDERS_IN: readonly SignalState[] = ['afgesloten', 'niet-doorgezet'];

/** What a reminder job is about; the dead-letter view and the scan know it by this. */
export const reminderSubject = (handoverId: string, kind: ReminderKind) => `handover:${handoverId}:${kind}`;

/** The handover's signal is in a state that still waits for the partner. */
const signalWaiting: SQL = sql`exists (select 1 from ${signals} where ${signals.id} = ${handovers.signalId} and ${notInArray(signals.state, [...NO_REMINDERS_IN])})`;

/**
 * Open handovers whose link still works, that have an address to remind, and whose signal still
 * waits for feedback: the shared part of every condition.
 */
function open(now: Date): SQL {
  return and(isNull(handovers.feedbackAt), isNull(handovers.feedbackTokenUsedAt), isNotNull(handovers.recipientEmail), gt(handovers.feedbackTokenExpiresAt, now), signalWaiting)!;
}

/** Due for this reminder at `now`, and not yet sent. */
export function due(kind: ReminderKind, now: Date): SQL {
  return kind === 'before'
    ? and(open(now), isNull(handovers.reminderBeforeSentAt), gt(handovers.dueAt, now), lte(handovers.dueAt, addDutchDays(now, REMINDER_DAYS_BEFORE)))!
    : and(open(now), isNull(handovers.reminderAfterSentAt), lte(handovers.dueAt, now))!;
}

/**
 * No new attempt while an earlier one failed for good and the beheerder has not asked to try
 * again: a failure the beheerder set aside stays aside.
 */
export function notGivenUp(kind: ReminderKind): SQL {
  const subject = sql`'handover:' || ${handovers.id}::text || ${`:${kind}`}`;
  return sql`not exists (select 1 from ${jobFailures} where ${jobFailures.subject} = ${subject} and ${or(isNull(jobFailures.resolution), sql`${jobFailures.resolution} = 'dismissed'`)})`;
}

import { inMunicipality } from '../context/context';
import { run } from '../context/run';
import type { JobDefinition, Schedule } from '../jobs/job-runner';
import { findDueReminders } from './commands/find-due-reminders';
import { sendReminder } from './commands/send-reminder';
import { reminderSubject } from './due-reminders';
import type { ReminderKind } from './reminder-mail';

export const REMINDER_SCAN_QUEUE = 'reminder-scan';
export const REMINDER_QUEUE = 'reminder-send';

type ReminderJob = { municipality: string; handoverId: string; kind: ReminderKind };

/**
 * Reminders to partners (seed 004 step 5: the AF asks for feedback and tracks it). The scan runs
 * once per interval across all instances and queues one job per due reminder; each is retried
 * with back-off when the mail server fails, and lands in the beheerder's dead-letter view after
 * the last attempt (docs/decisions/0010-job-runner.md).
 */
export const reminderScanJob: JobDefinition = {
  queue: REMINDER_SCAN_QUEUE,
  retryLimit: 0,
  retryDelaySeconds: 60,
  subject: () => REMINDER_SCAN_QUEUE,
  handle: async (ctx) => {
    if (!ctx.services.mailer.enabled) return;
    for (const reminder of await run(ctx, findDueReminders, undefined)) await ctx.services.jobs.send(REMINDER_QUEUE, reminder);
  },
};

export const reminderJob: JobDefinition = {
  queue: REMINDER_QUEUE,
  // Six attempts over about an hour: an SMTP server that is down for a while is waited out.
  retryLimit: 5,
  retryDelaySeconds: 120,
  subject: (data) => reminderSubject(String(data.handoverId), data.kind as ReminderKind),
  handle: async (ctx, data) => {
    const { municipality, handoverId, kind } = data as ReminderJob;
    await run(inMunicipality(ctx, municipality), sendReminder, { handoverId, kind });
  },
};

export const reminderSchedule = (everySeconds: number): Schedule => ({ queue: REMINDER_SCAN_QUEUE, everySeconds });

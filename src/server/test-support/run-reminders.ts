import { inMunicipality, systemContext } from '../context/context';
import { run } from '../context/run';
import type { Services } from '../context/services';
import { findDueReminders } from '../reminders/commands/find-due-reminders';
import { sendReminder } from '../reminders/commands/send-reminder';

/**
 * What the scan job and the reminder jobs do, run inline at `now`: finds the due reminders and
 * sends each; returns how many of each kind this round sent. A reminder whose e-mail fails is
 * left for the next round (the job runner would retry it).
 */
export async function runReminders(services: Services, now: Date): Promise<{ before: number; after: number }> {
  const ctx = systemContext({ ...services, clock: () => now });
  const sent = { before: 0, after: 0 };
  for (const reminder of await run(ctx, findDueReminders, undefined)) {
    try {
      if (await run(inMunicipality(ctx, reminder.municipality), sendReminder, reminder)) sent[reminder.kind] += 1;
    } catch {
      // Rolled back: still due.
    }
  }
  return sent;
}

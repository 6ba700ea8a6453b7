import { and } from 'drizzle-orm';
import { defineCommand } from '../../context/run';
import { handovers } from '../../db/schema';
import { due, notGivenUp } from '../due-reminders';
import type { ReminderKind } from '../reminder-mail';

export type DueReminder = {
  handoverId: string;
  municipality: string;
  kind: ReminderKind;
};

/**
 * The reminders due now, in every municipality (ids only): the installation's own scheduled work,
 * not a user's request, so across tenants as the schema owner. The later reminder first.
 */
export const findDueReminders = defineCommand('handover.reminder-scan', async (ctx, _input: void): Promise<DueReminder[]> => {
  const found: DueReminder[] = [];
  for (const kind of ['after', 'before'] as const) {
    const rows = await ctx.tx
      .select({ handoverId: handovers.id, municipality: handovers.municipality })
      .from(handovers)
      .where(and(due(kind, ctx.now), notGivenUp(kind)))
      .orderBy(handovers.dueAt);
    found.push(...rows.map((r) => ({ ...r, kind })));
  }
  return found;
});

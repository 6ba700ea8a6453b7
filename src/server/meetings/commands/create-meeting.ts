import { defineCommand } from '../../context/run';
import { signalMeetings } from '../../db/schema';
import { loadAgenda, type Agenda } from '../agenda';

/** The AF plans a signal meeting (signalenoverleg); signals are put on its agenda afterwards. */
export const createMeeting = defineCommand('meeting.create', async (ctx, input: { heldOn: string; title: string }): Promise<Agenda> => {
  const [row] = await ctx.tx
    .insert(signalMeetings)
    .values({ municipality: ctx.municipality!, heldOn: input.heldOn, title: input.title, createdAt: ctx.now })
    .returning({ id: signalMeetings.id });
  await ctx.audit({ action: 'meeting.create', objectType: 'meeting', objectId: row!.id });
  return loadAgenda(ctx, row!.id);
});

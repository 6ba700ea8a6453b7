import { defineCommand } from '../../context/run';
import { loadAgenda, type Agenda } from '../agenda';

/** The pseudonymised agenda; the read names the signals it showed (ids only). */
export const readAgenda = defineCommand('meeting.read', async (ctx, input: { meetingId: string }): Promise<Agenda> => {
  const agenda = await loadAgenda(ctx, input.meetingId);
  await ctx.audit({ action: 'meeting.read', objectType: 'meeting', objectId: input.meetingId, details: { signals: agenda.items.map((i) => i.signalId) } });
  return agenda;
});

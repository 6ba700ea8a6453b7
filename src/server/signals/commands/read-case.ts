import { defineCommand } from '../../context/run';
import { loadCase, type CaseView } from '../case-view';

/** The AF opens a signal: the whole case, reporter included, and an audit record of the read. */
export const readCase = defineCommand('signal.read', async (ctx, input: { signalId: string }): Promise<CaseView> => {
  const view = await loadCase(ctx, input.signalId);
  await ctx.audit({ action: 'signal.read', objectType: 'signal', objectId: view.id, details: { reporter: true } });
  return view;
});

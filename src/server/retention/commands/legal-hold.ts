import { eq } from 'drizzle-orm';
import { userOf } from '../../context/actor';
import { defineCommand } from '../../context/run';
import { signals } from '../../db/schema';
import { errors } from '../../http/errors';
import { loadCase, type CaseView } from '../../signals/case-view';
import { appendEvent, findSignalForUpdate } from '../../signals/signal-repository';

/**
 * The AF puts a signal on legal hold, with a reason (a request from the police or the court, an
 * objection procedure): it is kept past its retention term until the hold is lifted. The reason
 * goes into the history, sealed like all free text; the audit record says that it happened.
 */
export const placeLegalHold = defineCommand('signal.legal-hold', async (ctx, input: { signalId: string; reason: string }): Promise<CaseView> => {
  const signal = await findSignalForUpdate(ctx.tx, input.signalId);
  if (signal.legalHoldAt) throw errors.legalHoldAlready();
  await ctx.tx.update(signals).set({ legalHoldAt: ctx.now, legalHoldByUserId: userOf(ctx.actor).userId }).where(eq(signals.id, signal.id));
  await appendEvent(ctx, signal, { kind: 'bewaring-gestart', text: input.reason });
  await ctx.audit({ action: 'signal.legal-hold', objectType: 'signal', objectId: signal.id, details: { hold: true } });
  return loadCase(ctx, signal.id);
});

/** The AF lifts the hold, with a reason; from then on the signal's term applies again (the next run deletes it if it has passed). */
export const liftLegalHold = defineCommand('signal.legal-hold', async (ctx, input: { signalId: string; reason: string }): Promise<CaseView> => {
  const signal = await findSignalForUpdate(ctx.tx, input.signalId);
  if (!signal.legalHoldAt) throw errors.legalHoldNone();
  await ctx.tx.update(signals).set({ legalHoldAt: null, legalHoldByUserId: null }).where(eq(signals.id, signal.id));
  await appendEvent(ctx, signal, { kind: 'bewaring-opgeheven', text: input.reason });
  await ctx.audit({ action: 'signal.legal-hold', objectType: 'signal', objectId: signal.id, details: { hold: false } });
  return loadCase(ctx, signal.id);
});

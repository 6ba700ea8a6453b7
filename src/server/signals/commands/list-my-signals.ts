import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { userOf } from '../../context/actor';
import { defineCommand } from '../../context/run';
import { sealContext, unseal } from '../../crypto/sealed-fields';
import { signalEvents, signals } from '../../db/schema';

export interface MySignal {
  id: string;
  reference: string;
  receivedAt: Date;
  state: string;
  forms: string[];
  /** What the AF chose to tell the reporter (step 6), oldest first. */
  feedback: { at: Date; text: string }[];
}

/**
 * "Mijn signalen": the reporter's own signals with their status and the AF's feedback to them, and
 * nothing else of the case — not the description they wrote, not the history, not the partner.
 * The fields are selected one by one so nothing else can slip into the answer.
 */
export const listMySignals = defineCommand('signal.list-own', async (ctx, _input: void): Promise<MySignal[]> => {
  // A regiobeheerder belongs to no municipality and so cannot have submitted signals.
  if (ctx.municipality === null) return [];
  const userId = userOf(ctx.actor).userId;
  const rows = await ctx.tx
    .select({ id: signals.id, reference: signals.reference, receivedAt: signals.receivedAt, state: signals.state, forms: signals.forms })
    .from(signals)
    .where(eq(signals.reporterUserId, userId))
    .orderBy(desc(signals.receivedAt), desc(signals.reference));
  const events = rows.length
    ? await ctx.tx
        .select({ signalId: signalEvents.signalId, at: signalEvents.at, textSealed: signalEvents.textSealed })
        .from(signalEvents)
        .where(and(inArray(signalEvents.signalId, rows.map((r) => r.id)), eq(signalEvents.kind, 'melder-informeren')))
        .orderBy(asc(signalEvents.id))
    : [];
  await ctx.audit({ action: 'signal.list-own', objectType: 'signal', details: { count: rows.length } });
  return rows.map((r) => ({
    ...r,
    feedback: events
      .filter((e) => e.signalId === r.id && e.textSealed)
      .map((e) => ({ at: e.at, text: unseal<string>(ctx.services.keyring, sealContext.eventText(r.id), e.textSealed!) })),
  }));
});

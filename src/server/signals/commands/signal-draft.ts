import { eq, sql } from 'drizzle-orm';
import { userOf } from '../../context/actor';
import type { TxContext } from '../../context/context';
import { defineCommand } from '../../context/run';
import { seal, sealContext, unseal } from '../../crypto/sealed-fields';
import { signalDrafts } from '../../db/schema';

/*
 * The signal a medewerker is still writing, kept on the server (encrypted) so nothing is lost when
 * the browser closes. One draft per user; its shape is the form's business, so it is any JSON
 * object. Reading, saving and discarding are audited (shielded, as the reporter's acts): a draft
 * may already hold names.
 */

export interface Draft {
  payload: Record<string, unknown> | null;
  updatedAt: Date | null;
}

const auditDraft = (ctx: TxContext, action: string, details?: Record<string, unknown>) =>
  ctx.audit({ action, objectType: 'signal-draft', objectId: userOf(ctx.actor).userId, details });

export const readDraft = defineCommand('signal-draft.read', async (ctx, _input: void): Promise<Draft> => {
  const userId = userOf(ctx.actor).userId;
  const [row] = await ctx.tx.select().from(signalDrafts).where(eq(signalDrafts.userId, userId));
  await auditDraft(ctx, 'signal-draft.read', { found: Boolean(row) });
  if (!row) return { payload: null, updatedAt: null };
  return { payload: unseal<Record<string, unknown>>(ctx.services.keyring, sealContext.draft(row.userId), row.payloadSealed), updatedAt: row.updatedAt };
});

export const saveDraft = defineCommand('signal-draft.save', async (ctx, input: { payload: Record<string, unknown> }) => {
  const userId = userOf(ctx.actor).userId;
  const payloadSealed = seal(ctx.services.keyring, sealContext.draft(userId), input.payload);
  await ctx.tx
    .insert(signalDrafts)
    .values({ userId, municipality: ctx.municipality!, payloadSealed, updatedAt: ctx.now })
    .onConflictDoUpdate({ target: signalDrafts.userId, set: { payloadSealed: sql`excluded.payload_sealed`, updatedAt: ctx.now } });
  await auditDraft(ctx, 'signal-draft.save');
});

export const deleteDraft = defineCommand('signal-draft.delete', async (ctx, _input: void) => {
  const userId = userOf(ctx.actor).userId;
  const removed = await ctx.tx.delete(signalDrafts).where(eq(signalDrafts.userId, userId)).returning({ userId: signalDrafts.userId });
  await auditDraft(ctx, 'signal-draft.delete', { found: removed.length > 0 });
});

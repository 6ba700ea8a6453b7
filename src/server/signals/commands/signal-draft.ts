import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { signalDrafts } from '../../db/schema';
import { inTenant } from '../../db/tenant';
import type { ActingUser } from '../acting-user';
import { seal, sealContext, unseal } from '../signal-store';
import type { SignalServices } from '../signal-services';

/**
 * The signal a medewerker is still writing, kept on the server (encrypted) so nothing is lost when
 * the browser closes. One draft per user; its shape is the form's business, so it is any JSON
 * object. Reading, saving and discarding are audited: a draft may already hold names.
 */
export interface DraftInput {
  municipality: string;
  user: ActingUser;
}

export interface Draft {
  payload: Record<string, unknown> | null;
  updatedAt: Date | null;
}

const audit = (input: DraftInput, action: string) => ({
  municipality: input.municipality,
  actorUserId: input.user.userId,
  actor: input.user.kind,
  action,
  objectType: 'signal-draft',
  objectId: input.user.userId!,
  result: 'success' as const,
  origin: input.user.origin,
});

export async function readDraft(services: SignalServices, input: DraftInput): Promise<Draft> {
  return inTenant(services.db, input.municipality, async (tx) => {
    const [row] = await tx.select().from(signalDrafts).where(eq(signalDrafts.userId, input.user.userId!));
    await recordAudit(tx, { ...audit(input, 'signal-draft.read'), details: { found: Boolean(row) } });
    if (!row) return { payload: null, updatedAt: null };
    return { payload: unseal<Record<string, unknown>>(services.keyring, sealContext.draft(row.userId), row.payloadSealed), updatedAt: row.updatedAt };
  });
}

export async function saveDraft(services: SignalServices, input: DraftInput & { payload: Record<string, unknown> }): Promise<void> {
  const userId = input.user.userId!;
  const now = services.now();
  const payloadSealed = seal(services.keyring, sealContext.draft(userId), input.payload);
  await inTenant(services.db, input.municipality, async (tx) => {
    await tx
      .insert(signalDrafts)
      .values({ userId, municipality: input.municipality, payloadSealed, updatedAt: now })
      .onConflictDoUpdate({ target: signalDrafts.userId, set: { payloadSealed: sql`excluded.payload_sealed`, updatedAt: now } });
    await recordAudit(tx, audit(input, 'signal-draft.save'));
  });
}

export async function deleteDraft(services: SignalServices, input: DraftInput): Promise<void> {
  await inTenant(services.db, input.municipality, async (tx) => {
    const removed = await tx.delete(signalDrafts).where(eq(signalDrafts.userId, input.user.userId!)).returning({ userId: signalDrafts.userId });
    await recordAudit(tx, { ...audit(input, 'signal-draft.delete'), details: { found: removed.length > 0 } });
  });
}

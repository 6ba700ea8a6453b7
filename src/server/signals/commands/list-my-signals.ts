import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { signalEvents, signals } from '../../db/schema';
import { inTenant } from '../../db/tenant';
import type { ActingUser } from '../acting-user';
import { sealContext, unseal } from '../signal-store';
import type { SignalServices } from '../signal-services';

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
export async function listMySignals(services: SignalServices, input: { municipality: string | null; user: ActingUser }): Promise<MySignal[]> {
  // A regiobeheerder belongs to no municipality and so cannot have submitted signals.
  if (input.municipality === null) return [];
  const municipality = input.municipality;
  return inTenant(services.db, municipality, async (tx) => {
    const rows = await tx
      .select({ id: signals.id, reference: signals.reference, receivedAt: signals.receivedAt, state: signals.state, forms: signals.forms })
      .from(signals)
      .where(eq(signals.reporterUserId, input.user.userId!))
      .orderBy(desc(signals.receivedAt), desc(signals.reference));
    const events = rows.length
      ? await tx
          .select({ signalId: signalEvents.signalId, at: signalEvents.at, textSealed: signalEvents.textSealed })
          .from(signalEvents)
          .where(and(inArray(signalEvents.signalId, rows.map((r) => r.id)), eq(signalEvents.kind, 'melder-informeren')))
          .orderBy(asc(signalEvents.id))
      : [];
    await recordAudit(tx, {
      municipality,
      actorUserId: input.user.userId,
      actor: input.user.kind,
      action: 'signal.list-own',
      objectType: 'signal',
      result: 'success',
      origin: input.user.origin,
      details: { count: rows.length },
    });
    return rows.map((r) => ({
      ...r,
      feedback: events
        .filter((e) => e.signalId === r.id && e.textSealed)
        .map((e) => ({ at: e.at, text: unseal<string>(services.keyring, sealContext.eventText(r.id), e.textSealed!) })),
    }));
  });
}

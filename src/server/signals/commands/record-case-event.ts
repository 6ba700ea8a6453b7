import { eq } from 'drizzle-orm';
import type { CaseEvent } from '../../../domain/signal/workflow';
import { users } from '../../db/schema';
import { inTenant } from '../../db/tenant';
import type { ActingUser } from '../acting-user';
import { auditSignal } from '../audit-signal';
import { loadCase, type CaseView } from '../case-view';
import { notifyReporter } from '../notify-reporter';
import { applyTransition, findSignalForUpdate } from '../signal-store';
import type { SignalServices } from '../signal-services';

export interface CaseEventInput {
  municipality: string;
  user: ActingUser;
  signalId: string;
  event: CaseEvent;
  /** Why (required for niet-doorzetten); kept in the history. */
  reason?: string | undefined;
  /** What the reporter may be told (required for melder-informeren). */
  message?: string | undefined;
  /** The address users reach Signaalroute at, for the link in the reporter's e-mail. */
  publicUrl: string;
}

/**
 * The AF moves a signal through the workflow. The domain's state machine decides whether the step
 * is allowed (409 with its Dutch message if not); the change, its history entry and the audit
 * record are one transaction. Informing the reporter also sends them an e-mail that there is news,
 * after the commit.
 */
export async function recordCaseEvent(services: SignalServices, input: CaseEventInput): Promise<CaseView & { notice: string | null }> {
  const now = services.now();
  const { view, reporterEmail } = await inTenant(services.db, input.municipality, async (tx) => {
    const signal = await findSignalForUpdate(tx, input.signalId);
    const text = input.event === 'melder-informeren' ? input.message : input.reason;
    const updated = await applyTransition(tx, services.keyring, signal, input.event, input.user, now, { text: text ?? null });
    await auditSignal(tx, input.user, input.municipality, 'signal.event', signal.id, { event: input.event, fromState: signal.state, toState: updated.state });
    let reporterEmail: string | null = null;
    if (input.event === 'melder-informeren') {
      // The current address of the account, not the one at submission: mail goes where the user is now.
      const [reporter] = await tx.select({ email: users.email, active: users.active }).from(users).where(eq(users.id, signal.reporterUserId));
      reporterEmail = reporter?.active ? reporter.email : null;
    }
    return { view: await loadCase(tx, services, signal.id), reporterEmail };
  });
  if (input.event !== 'melder-informeren') return { ...view, notice: null };
  const notice = await notifyReporter(services, {
    municipality: input.municipality,
    user: input.user,
    signalId: view.id,
    reference: view.reference,
    email: reporterEmail,
    publicUrl: input.publicUrl,
  });
  return { ...view, notice };
}

import { eq } from 'drizzle-orm';
import type { CaseEvent } from '../../../domain/signal/workflow';
import { defineProcedure, inTransaction } from '../../context/run';
import { users } from '../../db/schema';
import { loadCase, type CaseView } from '../case-view';
import { notifyReporter } from '../notify-reporter';
import { applyTransition, findSignalForUpdate } from '../signal-repository';

export interface CaseEventInput {
  signalId: string;
  event: CaseEvent;
  /** Why (required for niet-doorzetten); kept in the history. */
  reason?: string | undefined;
  /** What the reporter may be told (required for melder-informeren). */
  message?: string | undefined;
}

/**
 * The AF moves a signal through the workflow. The domain's state machine decides whether the step
 * is allowed (409 with its Dutch message if not); the change, its history entry and the audit
 * record are one transaction. Informing the reporter also sends them an e-mail that there is news,
 * after the commit.
 */
export const recordCaseEvent = defineProcedure('signal.event', async (ctx, input: CaseEventInput): Promise<CaseView & { notice: string | null }> => {
  const { view, reporterEmail } = await inTransaction(ctx, async (txCtx) => {
    const signal = await findSignalForUpdate(txCtx.tx, input.signalId);
    const text = input.event === 'melder-informeren' ? input.message : input.reason;
    const updated = await applyTransition(txCtx, signal, input.event, { text: text ?? null });
    await txCtx.audit({ action: 'signal.event', objectType: 'signal', objectId: signal.id, details: { event: input.event, fromState: signal.state, toState: updated.state } });
    let reporterEmail: string | null = null;
    if (input.event === 'melder-informeren') {
      // The current address of the account, not the one at submission: mail goes where the user is now.
      const [reporter] = await txCtx.tx.select({ email: users.email, active: users.active }).from(users).where(eq(users.id, signal.reporterUserId));
      reporterEmail = reporter?.active ? reporter.email : null;
    }
    return { view: await loadCase(txCtx, signal.id), reporterEmail };
  });
  if (input.event !== 'melder-informeren') return { ...view, notice: null };
  const notice = await notifyReporter(ctx, { signalId: view.id, reference: view.reference, email: reporterEmail });
  return { ...view, notice };
});

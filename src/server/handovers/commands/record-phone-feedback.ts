import type { HandoverView } from '../../../domain/signal/views';
import { defineCommand } from '../../context/run';
import { errors } from '../../http/errors';
import { recordFeedback, type FeedbackAnswer } from '../../feedback/record-feedback';
import { findSignalForUpdate } from '../../signals/signal-repository';
import { findHandover, toHandoverView } from '../handover-view';

/** The AF records the feedback a partner gave by phone; the partner's link stops working (one answer per handover). */
export const recordPhoneFeedback = defineCommand(
  'handover.feedback',
  async (ctx, input: { signalId: string; handoverId: string; answer: FeedbackAnswer }): Promise<HandoverView> => {
    const signal = await findSignalForUpdate(ctx.tx, input.signalId);
    const handover = await findHandover(ctx.tx, signal.id, input.handoverId);
    const stored = await recordFeedback(ctx, { handover, answer: input.answer });
    if (!stored) throw errors.feedbackAlreadyGiven();
    return toHandoverView(ctx, stored);
  },
);

import { and, eq } from 'drizzle-orm';
import { defineCommand } from '../../context/run';
import { signalEvents } from '../../db/schema';
import { errors } from '../../http/errors';
import { loadCase, type CaseView } from '../case-view';
import { appendEvent, findSignalForUpdate, touchSignal } from '../signal-repository';

/**
 * A note in the case history, or a correction of an earlier entry. The history is append-only
 * (the database refuses UPDATE and DELETE on it): a correction is a new entry naming the one it
 * corrects, so what was written first stays readable.
 */
export const addNote = defineCommand(
  'signal.note',
  async (ctx, input: { signalId: string; text: string; correctsEventId?: number | undefined }): Promise<CaseView> => {
    const signal = await findSignalForUpdate(ctx.tx, input.signalId);
    const corrects = input.correctsEventId ?? null;
    if (corrects !== null) {
      const [target] = await ctx.tx
        .select({ id: signalEvents.id })
        .from(signalEvents)
        .where(and(eq(signalEvents.id, corrects), eq(signalEvents.signalId, signal.id)));
      if (!target) throw errors.eventNotOfSignal(corrects);
    }
    const kind = corrects === null ? 'notitie' : 'correctie';
    const eventId = await appendEvent(ctx, signal, { kind, text: input.text, correctsEventId: corrects });
    await touchSignal(ctx, signal.id);
    await ctx.audit({
      action: `signal.${kind === 'notitie' ? 'note' : 'correction'}`,
      objectType: 'signal',
      objectId: signal.id,
      details: { eventId, ...(corrects !== null ? { correctsEventId: corrects } : {}) },
    });
    return loadCase(ctx, signal.id);
  },
);

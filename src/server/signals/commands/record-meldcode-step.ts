import { sql } from 'drizzle-orm';
import { userOf } from '../../context/actor';
import { defineCommand } from '../../context/run';
import { seal, sealContext } from '../../crypto/sealed-fields';
import { meldcodeSteps } from '../../db/schema';
import { errors } from '../../http/errors';
import { loadCase, type CaseView } from '../case-view';
import { appendEvent, findSignalForUpdate, touchSignal } from '../signal-repository';

/**
 * One step of the meldcode checklist (seed 003: the meldcode huiselijk geweld en
 * kindermishandeling, followed for criminal exploitation) done on a date, with a note. Recording a
 * step again replaces the checklist entry; the history keeps every version.
 */
export const recordMeldcodeStep = defineCommand(
  'signal.meldcode',
  async (ctx, input: { signalId: string; step: number; doneOn: string; note?: string | undefined }): Promise<CaseView> => {
    const signal = await findSignalForUpdate(ctx.tx, input.signalId);
    if (!signal.forms.includes('criminal')) throw errors.meldcodeNotApplicable();
    const note = input.note ? input.note : null;
    const noteSealed = note ? seal(ctx.services.keyring, sealContext.meldcodeNote(signal.id, input.step), note) : null;
    const recordedByUserId = userOf(ctx.actor).userId;
    await ctx.tx
      .insert(meldcodeSteps)
      .values({ signalId: signal.id, municipality: signal.municipality, step: input.step, doneOn: input.doneOn, noteSealed, recordedByUserId, recordedAt: ctx.now })
      .onConflictDoUpdate({
        target: [meldcodeSteps.signalId, meldcodeSteps.step],
        set: { doneOn: sql`excluded.done_on`, noteSealed: sql`excluded.note_sealed`, recordedByUserId: sql`excluded.recorded_by_user_id`, recordedAt: ctx.now },
      });
    await touchSignal(ctx, signal.id);
    const title = ctx.services.content.knowledge('nl').meldcode.steps.find((s) => s.number === input.step)?.title ?? null;
    await appendEvent(ctx, signal, { kind: 'meldcode-stap', data: { step: input.step, doneOn: input.doneOn, title }, text: note });
    await ctx.audit({ action: 'signal.meldcode', objectType: 'signal', objectId: signal.id, details: { step: input.step } });
    return loadCase(ctx, signal.id);
  },
);

import { dutchDate } from '../../../domain/time/dutch-calendar';
import { ITEM_FIELDS, PROBLEM_MESSAGES, itemProblems, normalise, type ItemInput } from '../../../domain/basisniveau/status';
import type { ChecklistView } from '../../../domain/basisniveau/views';
import type { Language } from '../../../domain/content/localized';
import { userOf } from '../../context/actor';
import { defineCommand } from '../../context/run';
import { basisniveauItems } from '../../db/schema';
import { AppError, errors } from '../../http/errors';
import { afRecord, checklistView, confirmedItems } from '../checklist-repository';
import { checklistOf } from '../load-checklist';

/**
 * The municipality's basisniveau for its AF and beheerder. Audited as a read: the evidence is free
 * text and the page names who confirmed each point.
 */
export const readChecklist = defineCommand('basisniveau.read', async (ctx, input: { lang: Language }): Promise<ChecklistView> => {
  const municipality = ctx.municipality!;
  const view = await checklistView(ctx.tx, ctx.services.content, await checklistOf(), municipality, input.lang);
  await ctx.audit({ action: 'basisniveau.read', objectType: 'basisniveau', objectId: municipality });
  return view;
});

export interface UpdateItemInput extends ItemInput {
  item: string;
  lang: Language;
}

/**
 * The beheerder confirms one point: its status, since when and the evidence. The rules are the
 * domain's (src/domain/basisniveau/status.ts); the AF point can only be met while an AF is
 * recorded. The audit record names the point and the fields that changed, not the evidence.
 */
export const updateChecklistItem = defineCommand('basisniveau.update', async (ctx, input: UpdateItemInput): Promise<ChecklistView> => {
  const municipality = ctx.municipality!;
  const checklist = await checklistOf();
  if (!checklist.ids.includes(input.item)) throw errors.notFound(`Het punt "${input.item}" van het basisniveau`);
  const derived = checklist.derivedOf(input.item);
  const value = normalise(input);
  const problems = itemProblems(value, {
    today: dutchDate(ctx.now),
    derived,
    afRecorded: derived === 'af-contact' ? (await afRecord(ctx.tx, municipality)).recorded : false,
  });
  const fields = ITEM_FIELDS.flatMap((field) => {
    const problem = problems[field];
    return problem ? [{ field, message: PROBLEM_MESSAGES[field][problem]! }] : [];
  });
  if (fields.length > 0) throw new AppError('validation', 400, fields.map((f) => f.message).join(' '), { fields });

  const before = (await confirmedItems(ctx.tx, municipality)).get(input.item);
  const values = { ...value, confirmedByUserId: userOf(ctx.actor).userId, confirmedAt: ctx.now };
  await ctx.tx
    .insert(basisniveauItems)
    .values({ municipality, item: input.item, ...values })
    .onConflictDoUpdate({ target: [basisniveauItems.municipality, basisniveauItems.item], set: values });
  const changed = ITEM_FIELDS.filter((field) => (before?.[field] ?? null) !== value[field]);
  await ctx.audit({
    action: 'basisniveau.update',
    objectType: 'basisniveau',
    objectId: `${municipality}:${input.item}`,
    // The status is one of four words, not free text: the trail shows what was confirmed.
    details: { item: input.item, first: before === undefined, changed, status: value.status },
  });
  return checklistView(ctx.tx, ctx.services.content, checklist, municipality, input.lang);
});

import type { RetentionTerms } from '../../../domain/retention';
import { userOf } from '../../context/actor';
import type { TxContext } from '../../context/context';
import { defineCommand } from '../../context/run';
import { municipalitySettings } from '../../db/schema';
import { retentionTermsOf } from '../retention-terms';

export interface RetentionTermsView extends RetentionTerms {
  /** When the beheerder last set them; null while the defaults apply. */
  setAt: string | null;
}

async function view(ctx: TxContext): Promise<RetentionTermsView> {
  const { terms, setAt } = await retentionTermsOf(ctx.tx, ctx.municipality!);
  return { ...terms, setAt: setAt?.toISOString() ?? null };
}

/** The municipality's retention terms. */
export const readRetentionTerms = defineCommand('retention.terms.read', (ctx, _input: void): Promise<RetentionTermsView> => view(ctx));

/** The beheerder sets the terms, within the bounds; old and new values are audited, and the deletion log will name them. */
export const updateRetentionTerms = defineCommand('retention.terms.update', async (ctx, terms: RetentionTerms): Promise<RetentionTermsView> => {
  const municipality = ctx.municipality!;
  const before = (await retentionTermsOf(ctx.tx, municipality)).terms;
  const values = {
    retentionClosedMonths: terms.closedMonths,
    retentionHandedOverMonths: terms.handedOverMonths,
    retentionDraftDays: terms.draftDays,
    retentionUserMonths: terms.userMonths,
    retentionRegisterMonths: terms.registerMonths,
    retentionAuditMonths: terms.auditMonths,
    retentionSetByUserId: userOf(ctx.actor).userId,
    retentionSetAt: ctx.now,
  };
  await ctx.tx.insert(municipalitySettings).values({ municipality, ...values }).onConflictDoUpdate({ target: municipalitySettings.municipality, set: values });
  await ctx.audit({ action: 'retention.terms.update', objectType: 'municipality-settings', objectId: municipality, details: { from: before, to: terms } });
  return view(ctx);
});

import { eq } from 'drizzle-orm';
import { DEFAULT_FEEDBACK_DAYS } from '../../../domain/signal/handover';
import type { MunicipalitySettings as Settings } from '../../../domain/signal/views';
import { recordAudit } from '../../audit/record-audit';
import type { Db } from '../../db/client';
import { municipalitySettings } from '../../db/schema';
import { inTenant } from '../../db/tenant';
import type { ActingUser } from '../../signals/acting-user';

/** The settings of the municipality; the defaults while the beheerder has not changed anything. */
export async function readSettings(db: Db, municipality: string): Promise<Settings> {
  return inTenant(db, municipality, async (tx) => {
    const [row] = await tx.select().from(municipalitySettings).where(eq(municipalitySettings.municipality, municipality));
    return { feedbackDays: row?.feedbackDays ?? DEFAULT_FEEDBACK_DAYS };
  });
}

/** The beheerder changes the settings; the change (old and new value: no personal data) is audited. */
export async function updateSettings(db: Db, input: { municipality: string; user: ActingUser; settings: Settings }): Promise<Settings> {
  return inTenant(db, input.municipality, async (tx) => {
    const [before] = await tx.select().from(municipalitySettings).where(eq(municipalitySettings.municipality, input.municipality));
    await tx
      .insert(municipalitySettings)
      .values({ municipality: input.municipality, feedbackDays: input.settings.feedbackDays })
      .onConflictDoUpdate({ target: municipalitySettings.municipality, set: { feedbackDays: input.settings.feedbackDays } });
    await recordAudit(tx, {
      municipality: input.municipality,
      actorUserId: input.user.userId,
      actor: input.user.kind,
      action: 'settings.update',
      objectType: 'municipality-settings',
      objectId: input.municipality,
      result: 'success',
      origin: input.user.origin,
      details: { feedbackDays: { from: before?.feedbackDays ?? DEFAULT_FEEDBACK_DAYS, to: input.settings.feedbackDays } },
    });
    return { feedbackDays: input.settings.feedbackDays };
  });
}

import { eq } from 'drizzle-orm';
import { DEFAULT_FEEDBACK_DAYS } from '../../domain/signal/handover';
import type { MunicipalitySettings } from '../../domain/signal/views';
import { municipalitySettings } from '../db/schema';
import type { Tx } from '../db/tenant';

/** The settings of the transaction's municipality; the defaults while the beheerder has changed nothing. */
export async function settingsOf(tx: Tx, municipality: string): Promise<MunicipalitySettings> {
  const [row] = await tx.select().from(municipalitySettings).where(eq(municipalitySettings.municipality, municipality));
  return { feedbackDays: row?.feedbackDays ?? DEFAULT_FEEDBACK_DAYS };
}

export async function saveSettings(tx: Tx, municipality: string, settings: MunicipalitySettings): Promise<void> {
  await tx
    .insert(municipalitySettings)
    .values({ municipality, feedbackDays: settings.feedbackDays })
    .onConflictDoUpdate({ target: municipalitySettings.municipality, set: { feedbackDays: settings.feedbackDays } });
}

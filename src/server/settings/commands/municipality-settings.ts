import type { MunicipalitySettings as Settings } from '../../../domain/signal/views';
import { defineCommand } from '../../context/run';
import { saveSettings, settingsOf } from '../settings-repository';

/** The settings of the municipality; the defaults while the beheerder has not changed anything. */
export const readSettings = defineCommand('settings.read', (ctx, _input: void): Promise<Settings> => settingsOf(ctx.tx, ctx.municipality!));

/** The beheerder changes the settings; the change (old and new value: no personal data) is audited. */
export const updateSettings = defineCommand('settings.update', async (ctx, settings: Settings): Promise<Settings> => {
  const municipality = ctx.municipality!;
  const before = await settingsOf(ctx.tx, municipality);
  await saveSettings(ctx.tx, municipality, settings);
  await ctx.audit({
    action: 'settings.update',
    objectType: 'municipality-settings',
    objectId: municipality,
    details: { feedbackDays: { from: before.feedbackDays, to: settings.feedbackDays } },
  });
  return { feedbackDays: settings.feedbackDays };
});

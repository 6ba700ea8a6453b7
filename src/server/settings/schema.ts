import { z } from 'zod';

/** Days a partner gets to give feedback on a handover, unless the AF sets another term for one handover. */
export const DEFAULT_FEEDBACK_DAYS = 14;
export const FEEDBACK_DAYS_MIN = 1;
export const FEEDBACK_DAYS_MAX = 90;

export const settingsBody = z
  .object({
    feedbackDays: z
      .number({ error: 'geef een aantal dagen' })
      .int('geef een heel aantal dagen')
      .min(FEEDBACK_DAYS_MIN, `minstens ${FEEDBACK_DAYS_MIN} dag`)
      .max(FEEDBACK_DAYS_MAX, `hoogstens ${FEEDBACK_DAYS_MAX} dagen`)
      .describe(`Termijn in dagen voor de terugkoppeling van een ketenpartner op een overdracht (standaard ${DEFAULT_FEEDBACK_DAYS})`),
  })
  .strict()
  .meta({ id: 'MunicipalitySettings' });

export type Settings = z.infer<typeof settingsBody>;

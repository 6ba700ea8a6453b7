import { z } from 'zod';

/** A real installation, or the throw-away demo (`npm run demo`) with example users. */
export const INSTANCE_MODES = ['production', 'demo'] as const;
export type InstanceMode = (typeof INSTANCE_MODES)[number];

/**
 * What kind of installation this is, and whether it sends e-mail (GET /api/v1/instance), shared by the server (response
 * schema, OpenAPI) and the web (its type only, imported with `import type`: no zod in the bundle).
 */
export const instanceBody = z
  .object({
    mode: z.enum(INSTANCE_MODES).describe('demo: een wegwerpinstallatie met voorbeeldgebruikers; voer geen echte gegevens in'),
    emailEnabled: z
      .boolean()
      .describe(
        'false: er is geen e-mailserver ingesteld (SMTP_URL). Overdrachten alleen telefonisch of via beveiligde mail, geen herinneringen aan partners en geen nieuwsmails aan melders',
      ),
  })
  .meta({ id: 'Instance' });
export type InstanceInfo = z.infer<typeof instanceBody>;

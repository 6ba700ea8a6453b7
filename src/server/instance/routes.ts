import { z } from 'zod';
import type { App, AppDeps } from '../http/types';

const instanceBody = z
  .object({ mode: z.enum(['production', 'demo']).describe('demo: een wegwerpinstallatie met voorbeeldgebruikers; voer geen echte gegevens in') })
  .meta({ id: 'Instance' });

export function registerInstanceRoutes(app: App, { mode }: AppDeps): void {
  app.get(
    '/api/v1/instance',
    { config: { policy: 'content.read' }, schema: { summary: 'Soort installatie (echt of demo)', tags: ['beheer'], response: { 200: instanceBody } } },
    async () => ({ mode: mode ?? 'production' }),
  );
}

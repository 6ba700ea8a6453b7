import { instanceBody } from '../../domain/instance/views';
import type { Services } from '../context/services';
import type { App } from '../http/types';

export function registerInstanceRoutes(app: App, { mode, mailer }: Services): void {
  app.get(
    '/api/v1/instance',
    { config: { policy: 'content.read' }, schema: { summary: 'Soort installatie (echt of demo) en of zij e-mail verstuurt', tags: ['beheer'], response: { 200: instanceBody } } },
    async () => ({ mode: mode ?? 'production', emailEnabled: mailer.enabled }),
  );
}

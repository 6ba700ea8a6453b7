import cookie from '@fastify/cookie';
import type { App } from '../http/types';
import { registerUserRoutes } from '../users/routes';
import { installDeniedAccessAudit } from './denied-access-audit';
import { installRequestGuard } from './request-guard';
import { registerAuthRoutes } from './routes';
import { registerSetupRoutes } from './setup-routes';
import { registerSsoRoutes } from './sso/routes';

/**
 * Identity: cookies, the request guard (origin, CSRF, session → actor) and the routes for logging
 * in, first-time set-up and user management. Registered before every other route module, so the
 * guard runs in front of all of them.
 */
export async function registerIdentity(app: App): Promise<void> {
  await app.register(cookie);
  installRequestGuard(app);
  installDeniedAccessAudit(app);
  registerAuthRoutes(app);
  registerSsoRoutes(app);
  registerSetupRoutes(app);
  registerUserRoutes(app);
}

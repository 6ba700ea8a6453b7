import cookie from '@fastify/cookie';
import type { App, AppDeps } from '../http/types';
import { registerUserRoutes } from '../users/routes';
import { installDeniedAccessAudit } from './denied-access-audit';
import { installRequestGuard } from './request-guard';
import { registerAuthRoutes } from './routes';
import { registerSetupRoutes } from './setup-routes';
import { authSettings, type AuthOptions } from './settings';
import { registerSsoRoutes } from './sso/routes';

/**
 * Identity: cookies, the request guard (origin, CSRF, session → actor) and the routes for logging
 * in, first-time set-up and user management. Registered before every other route module, so the
 * guard runs in front of all of them.
 */
export async function registerIdentity(app: App, deps: AppDeps, options: AuthOptions = {}): Promise<void> {
  const settings = authSettings(options);
  await app.register(cookie);
  installRequestGuard(app, deps.database.db, settings);
  installDeniedAccessAudit(app, deps.database.db);
  registerAuthRoutes(app, deps, settings);
  registerSsoRoutes(app, deps, settings);
  registerSetupRoutes(app, deps, settings);
  registerUserRoutes(app, deps, settings);
}

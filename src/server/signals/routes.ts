import type { AuthSettings } from '../auth/settings';
import type { App, AppDeps } from '../http/types';
import { registerCaseRoutes } from './case-routes';
import { registerReporterRoutes } from './reporter-routes';
import { signalServices } from './signal-services';

/** The signal chain's API (docs/decisions/0006-signal-chain.md): the reporter's side and the AF's side. */
export function registerSignalRoutes(app: App, deps: AppDeps, settings: AuthSettings): void {
  const services = signalServices(deps);
  registerReporterRoutes(app, services);
  registerCaseRoutes(app, services, settings);
}

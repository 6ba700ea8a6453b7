import type { App } from '../http/types';
import { registerCaseRoutes } from './case-routes';
import { registerReporterRoutes } from './reporter-routes';

/** The signal chain's API (docs/decisions/0006-signal-chain.md): the reporter's side and the AF's side. */
export function registerSignalRoutes(app: App): void {
  registerReporterRoutes(app);
  registerCaseRoutes(app);
}

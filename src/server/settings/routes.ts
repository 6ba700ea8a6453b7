import { settingsBody } from '../../domain/signal/views';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { readSettings, updateSettings } from './commands/municipality-settings';

const tags = ['instellingen'];
const denied = { 401: errorBody, 403: errorBody };

/** Settings of the municipality that the beheerder manages (for now: the feedback term of handovers). */
export function registerSettingsRoutes(app: App): void {
  app.get(
    '/api/v1/settings',
    {
      config: { policy: 'settings.manage' },
      schema: { summary: 'De instellingen van de eigen gemeente', tags, response: { 200: settingsBody, ...denied } },
    },
    async (request) => run(contextOf(request), readSettings, undefined),
  );

  app.put(
    '/api/v1/settings',
    {
      config: { policy: 'settings.manage' },
      schema: {
        summary: 'De instellingen van de eigen gemeente wijzigen',
        description: 'De termijn voor terugkoppeling geldt voor nieuwe overdrachten; lopende overdrachten houden hun datum.',
        tags,
        body: settingsBody,
        response: { 200: settingsBody, 400: errorBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), updateSettings, request.body),
  );
}

import type { FastifyRequest } from 'fastify';
import { settingsBody } from '../../domain/signal/views';
import { errorBody } from '../http/common-schemas';
import { authorize } from '../http/route-policy';
import type { App, AppDeps } from '../http/types';
import { actingUser } from '../signals/acting-user';
import { readSettings, updateSettings } from './commands/municipality-settings';

const tags = ['instellingen'];
const denied = { 401: errorBody, 403: errorBody };

/** Settings of the municipality that the beheerder manages (for now: the feedback term of handovers). */
export function registerSettingsRoutes(app: App, { database }: AppDeps): void {
  const ownMunicipality = (request: FastifyRequest) => {
    const municipality = request.actor?.municipality ?? null;
    authorize(request, 'settings.manage', { municipality });
    return municipality!;
  };

  app.get(
    '/api/v1/settings',
    {
      config: { policy: 'settings.manage' },
      schema: { summary: 'De instellingen van de eigen gemeente', tags, response: { 200: settingsBody, ...denied } },
    },
    async (request) => readSettings(database.db, ownMunicipality(request)),
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
    async (request) =>
      updateSettings(database.db, { municipality: ownMunicipality(request), user: actingUser(request, 'beheerder'), settings: request.body }),
  );
}

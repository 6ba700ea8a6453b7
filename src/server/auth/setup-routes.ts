import { z } from 'zod';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { PASSWORD_MAX_LENGTH, PASSWORD_POLICY_DESCRIPTION } from './password-rules';
import { AUTH_RATE_LIMIT } from './routes';
import { createFirstUser, setupNeeded } from './setup';

const tags = ['inrichting'];

const setupRequest = z
  .object({
    token: z.string().min(20).max(200).describe('Het token uit de inrichtingslink (het deel na #token=)'),
    municipality: z.string().regex(/^GM\d{4}$/).describe('CBS-code van de gemeente van de eerste beheerder'),
    name: z.string().trim().min(1).max(200),
    email: z.email().max(254),
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH * 4).describe(PASSWORD_POLICY_DESCRIPTION),
  })
  .meta({ id: 'SetupRequest' });

export function registerSetupRoutes(app: App): void {
  const { db } = app.services.database;

  app.get(
    '/api/v1/setup',
    {
      config: { policy: 'setup.first-user' },
      schema: {
        summary: 'Moet Signaalroute nog worden ingericht (zijn er nog geen gebruikers)?',
        tags,
        response: { 200: z.object({ needed: z.boolean() }).meta({ id: 'SetupStatus' }) },
      },
    },
    async () => ({ needed: await setupNeeded(db) }),
  );

  app.post(
    '/api/v1/setup',
    {
      config: { policy: 'setup.first-user', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        summary: 'De eerste beheerder aanmaken met de eenmalige inrichtingslink',
        description: 'De gebruiker krijgt de rollen beheerder en medewerker, logt daarna in en stelt een tweede factor in. Kan maar één keer.',
        tags,
        body: setupRequest,
        response: { 201: z.object({ status: z.literal('ok') }), 400: errorBody, 410: errorBody },
      },
    },
    async (request, reply) => {
      await run(contextOf(request), createFirstUser, request.body);
      return reply.code(201).send({ status: 'ok' as const });
    },
  );
}

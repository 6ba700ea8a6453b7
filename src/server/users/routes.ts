import { z } from 'zod';
import { activationLinkBody, userBody } from '../../domain/access/views';
import { PASSWORD_POLICY_DESCRIPTION } from '../auth/password-rules';
import { AUTH_RATE_LIMIT } from '../auth/routes';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { activateAccount } from './commands/activate-account';
import { activationLink } from './commands/activation-token';
import { createUser } from './commands/create-user';
import { issueActivationLink } from './commands/issue-activation-link';
import { listUsers } from './commands/list-users';
import { resetSecondFactor } from './commands/reset-second-factor';
import { updateUser } from './commands/update-user';
import { activationRequest, createUserRequest, updateUserRequest, userIdParams } from './schema';

const tags = ['gebruikers'];
const ok = z.object({ status: z.literal('ok') });
const denied = { 401: errorBody, 403: errorBody };

/**
 * User management by the beheerder of the municipality. Every route works in the beheerder's own
 * municipality (row-level security): a user of another municipality is simply not found (404).
 */
export function registerUserRoutes(app: App): void {
  app.get(
    '/api/v1/users',
    {
      config: { policy: 'user.read' },
      schema: { summary: 'Alle gebruikers van de eigen gemeente', tags, response: { 200: z.array(userBody), ...denied } },
    },
    async (request) => {
      const list = await run(contextOf(request), listUsers, undefined);
      return list.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }));
    },
  );

  app.post(
    '/api/v1/users',
    {
      config: { policy: 'user.write' },
      schema: {
        summary: 'Gebruiker aanmaken; geeft een eenmalige activeringslink (72 uur geldig)',
        description: 'De gebruiker kiest zelf een wachtwoord via de link. Er bestaan geen standaardwachtwoorden.',
        tags,
        body: createUserRequest,
        response: { 201: activationLinkBody, 400: errorBody, ...denied, 409: errorBody },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const { userId, activation } = await run(ctx, createUser, request.body);
      return reply.code(201).send({ userId, activationLink: activationLink(ctx.publicUrl, activation.token), expiresAt: activation.expiresAt.toISOString() });
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { policy: 'user.write' },
      schema: {
        summary: 'Naam, rollen of actief wijzigen; deactiveren en rolwijzigingen beëindigen de sessies van de gebruiker',
        tags,
        params: userIdParams,
        body: updateUserRequest,
        response: { 200: ok, 400: errorBody, ...denied, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => {
      await run(contextOf(request), updateUser, { userId: request.params.id, changes: request.body });
      return { status: 'ok' as const };
    },
  );

  app.post(
    '/api/v1/users/:id/reset-second-factor',
    {
      config: { policy: 'user.reset-second-factor' },
      schema: {
        summary: 'Tweede factor herstellen (telefoon kwijt): verwijdert app en herstelcodes en beëindigt de sessies',
        tags,
        params: userIdParams,
        response: { 200: ok, ...denied, 404: errorBody },
      },
    },
    async (request) => {
      await run(contextOf(request), resetSecondFactor, { userId: request.params.id });
      return { status: 'ok' as const };
    },
  );

  app.post(
    '/api/v1/users/:id/activation-link',
    {
      config: { policy: 'user.write' },
      schema: {
        summary: 'Nieuwe activeringslink (eerste link verlopen, of wachtwoord vergeten); eerdere links vervallen',
        tags,
        params: userIdParams,
        response: { 200: activationLinkBody, ...denied, 404: errorBody },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const activation = await run(ctx, issueActivationLink, { userId: request.params.id });
      return {
        userId: request.params.id,
        activationLink: activationLink(ctx.publicUrl, activation.token),
        expiresAt: activation.expiresAt.toISOString(),
      };
    },
  );

  app.post(
    '/api/v1/activation',
    {
      config: { policy: 'account.activate', rateLimit: AUTH_RATE_LIMIT },
      schema: {
        summary: 'Account activeren: wachtwoord kiezen met het token uit de activeringslink',
        description: `${PASSWORD_POLICY_DESCRIPTION} Daarna inloggen.`,
        tags,
        body: activationRequest,
        response: { 200: ok, 400: errorBody, 410: errorBody },
      },
    },
    async (request) => {
      await run(contextOf(request), activateAccount, request.body);
      return { status: 'ok' as const };
    },
  );
}

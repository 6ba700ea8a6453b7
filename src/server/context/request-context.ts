import type { FastifyRequest } from 'fastify';
import { decide, POLICIES } from '../../domain/access/policies';
import { errors } from '../http/errors';
import type { CommandActor } from './actor';
import type { Context } from './context';
import type { Services } from './services';

declare module 'fastify' {
  interface FastifyInstance {
    /** The dependencies of every command (src/server/context/services.ts). */
    services: Services;
  }
}

/**
 * The context of an API request, from the route's policy (src/domain/access/policies.ts): who acts
 * and in which capacity (the session's user, or a visitor), in which municipality (the user's own),
 * from where (the client's address), and the address for links (PUBLIC_URL, or the one asked on). The coarse check (logged in, holding a role) ran before
 * validation; here a policy limited to the own municipality is checked against it, so a user
 * without one (a regiobeheerder) never reaches a command that would run outside every tenant.
 */
export function contextOf(request: FastifyRequest): Context {
  const action = request.routeOptions.config.policy;
  if (!action) throw new Error(`route ${request.routeOptions.url ?? ''} has no policy`);
  const policy = POLICIES[action];
  const { services } = request.server;
  const origin = request.ip;
  const user = request.actor;
  if (policy.scope === 'own-municipality' || policy.scope === 'own-region') {
    const decision = decide(user, action, policy.scope === 'own-region' ? { region: user?.region ?? null } : { municipality: user?.municipality ?? null });
    if (!decision.allowed) throw decision.reason === 'unauthenticated' ? errors.unauthenticated() : errors.forbidden();
  }
  const session = request.authSession;
  let actor: CommandActor;
  let municipality: string | null;
  if (policy.scope === 'public') {
    // Public endpoints (logging in, a partner's link, the first set-up) act for a visitor, also
    // when the browser happens to carry a session: a failed login is nobody's yet.
    actor = { kind: 'visitor', as: policy.actingAs === 'partner' || policy.actingAs === 'inrichting' ? policy.actingAs : 'anoniem' };
    municipality = user?.municipality ?? null;
  } else if (user) {
    actor = { kind: 'user', userId: user.userId, as: policy.actingAs, roles: user.roles, municipality: user.municipality, region: user.region };
    municipality = user.municipality;
  } else if (session && policy.scope === 'session') {
    // Halfway through logging in: the account is known, its roles count only once the login is done.
    actor = { kind: 'user', userId: session.userId, as: policy.actingAs, roles: [], municipality: session.municipality, region: null };
    municipality = session.municipality;
  } else {
    throw errors.unauthenticated();
  }
  return { services, actor, municipality, origin, publicUrl: services.publicUrl ?? `${request.protocol}://${request.host}` };
}

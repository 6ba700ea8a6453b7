import type { FastifyRequest } from 'fastify';
import { decide, POLICIES, type Action, type Target } from '../../domain/access/policies';
import type { Actor } from '../../domain/access/roles';
import { errors } from './errors';
import type { App } from './types';

/** How far a session has come: logged in, or still to give (or set up) the second factor. */
export type SessionStage = 'ok' | 'second-factor' | 'enrol-second-factor';

/** The session of the request's cookie, also halfway through logging in. */
export interface AuthSession {
  /** SHA-256 of the cookie's token: the row id in `sessions`. */
  id: string;
  userId: string;
  municipality: string | null;
  stage: SessionStage;
  csrfToken: string;
  /** The user has a confirmed TOTP second factor. */
  hasTotp: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The action of the policy table this endpoint performs. Required on every route. */
    policy?: Action;
    /** An upload of an export as `text/csv` (not a type a form on another site can send without asking). */
    csvUpload?: boolean;
  }
  interface FastifyRequest {
    /** The logged-in user (second factor done), or null. Set by the auth plugin. */
    actor: Actor | null;
    /** The session of the cookie in any stage, or null. Set by the auth plugin. */
    authSession: AuthSession | null;
  }
}

export const unauthenticated = errors.unauthenticated;
export const forbidden = errors.forbidden;

/**
 * Every API route registered after this must name a policy: an endpoint without one cannot exist.
 * Non-API routes are the static files of the front end, public by nature.
 */
export function requirePolicies(app: App): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('authSession', null);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const policy = route.config?.policy;
    if (!policy || !(policy in POLICIES)) {
      throw new Error(`Route ${route.method} ${route.url} has no policy (config.policy); add one from src/domain/access/policies.ts`);
    }
  });
  // The coarse check: logged in, and holding one of the roles. Whether the object belongs to the
  // actor's municipality is checked by `authorize` once it is loaded. It runs before validation,
  // so an anonymous caller learns nothing about the shape of a protected endpoint.
  app.addHook('preValidation', async (request) => {
    const policy = request.routeOptions.config.policy;
    if (!policy) return;
    const { scope, roles } = POLICIES[policy];
    if (scope === 'public') return;
    // Halfway through logging in there is a session but no actor yet; the handler checks the stage.
    if (scope === 'session') {
      if (!request.authSession) throw unauthenticated();
      return;
    }
    if (!request.actor) throw unauthenticated();
    if (roles.length > 0 && !request.actor.roles.some((r) => (roles as readonly string[]).includes(r))) throw forbidden();
  });
}

/** The full policy check for an object, in the handler once the object's owner is known. */
export function authorize(request: FastifyRequest, action: Action, target: Target): Actor {
  const decision = decide(request.actor, action, target);
  if (!decision.allowed) throw decision.reason === 'unauthenticated' ? unauthenticated() : forbidden();
  return request.actor!;
}

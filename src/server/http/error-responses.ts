import type { RouteOptions } from 'fastify';
import { POLICIES } from '../../domain/access/policies';
import { errorBody } from './common-schemas';
import type { App } from './types';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The error statuses an API route can answer by construction, whatever its handler does:
 * - 400: the route validates input (any schema part), or takes a body (unparsable JSON, too deep);
 * - 401: its policy needs a session (src/domain/access/policies.ts);
 * - 403: its policy needs a role, or it changes state (another site's Origin, a missing CSRF token);
 * - 413 and 415: it changes state, so it may be sent a body too large or not JSON;
 * - 429: the rate limit of every API route;
 * - 503: the database cannot be reached (every API request may look up its session).
 * Statuses only a handler knows (404, 409, 410, 422, 502) are declared in the route files.
 */
export function errorStatusesOf(route: Pick<RouteOptions, 'method' | 'schema' | 'config'>): number[] {
  const methods = [route.method].flat();
  const changesState = methods.some((m) => STATE_CHANGING.has(m));
  const validates = ['body', 'querystring', 'params', 'headers'].some((part) => route.schema?.[part as keyof typeof route.schema] !== undefined);
  const policy = (route.config as { policy?: keyof typeof POLICIES } | undefined)?.policy;
  const scope = policy ? POLICIES[policy].scope : 'public';
  const statuses = [429, 503];
  if (validates || changesState) statuses.push(400);
  if (scope !== 'public') statuses.push(401);
  if (changesState || !['public', 'self', 'session'].includes(scope)) statuses.push(403);
  if (changesState) statuses.push(413, 415);
  return statuses.sort((a, b) => a - b);
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Ongeldige invoer: de melding noemt het veld',
  401: 'Niet ingelogd',
  403: 'Geen toegang; of geweigerd omdat het verzoek van een andere website komt of de beveiligingscode (CSRF) ontbreekt',
  413: 'De verzonden gegevens zijn te groot',
  415: 'Geen JSON verzonden',
  429: 'Te veel verzoeken; de header Retry-After zegt wanneer het weer kan',
  503: 'De database is tijdelijk niet bereikbaar; er is niets opgeslagen. De header Retry-After zegt wanneer het weer kan',
};

/**
 * Adds those statuses, with the error body as JSON, to every API route's documented responses, so
 * the OpenAPI document lists what clients really get. A status the route declares itself is left
 * as it is. Must be installed before @fastify/swagger, which collects routes as they are added.
 */
export function documentErrorResponses(app: App): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const own = route.schema?.response as Record<string, unknown> | undefined;
    const generic = Object.fromEntries(
      errorStatusesOf(route).map((status) => [status, { description: DESCRIPTIONS[status], content: { 'application/json': { schema: errorBody } } }]),
    );
    route.schema = { ...route.schema, response: { ...generic, ...own } };
  });
}

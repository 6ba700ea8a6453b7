import { z } from 'zod';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { clientErrorHandler, frameworkErrors } from './http/early-errors';
import { installErrorHandler, notFoundBody } from './http/error-handler';
import { requirePolicies } from './http/route-policy';
import { installSecurityHeaders } from './http/security-headers';
import { isClientRoute, sendIndexHtml, serveWeb } from './http/web-assets';
import { errors } from './http/errors';
import type { App, AppDeps } from './http/types';
import { registerHealthRoutes } from './health/routes';
import { registerMunicipalityRoutes } from './municipalities/routes';
import { registerRegionRoutes } from './regions/routes';
import { registerRoutemapRoutes } from './routemaps/routes';
import { registerPartnerRoutes } from './partners/routes';
import { registerKnowledgeRoutes } from './knowledge/routes';
import { registerIdentity } from './auth/plugin';
import { authSettings, type AuthOptions } from './auth/settings';
import { registerAuditRoutes } from './audit/routes';
import { registerInstanceRoutes } from './instance/routes';
import { registerHandoverRoutes } from './handovers/routes';
import { registerFeedbackRoutes } from './feedback/routes';
import { registerSignalRoutes } from './signals/routes';
import { registerMeetingRoutes } from './meetings/routes';
import { registerSettingsRoutes } from './settings/routes';

export interface AppOptions {
  /** A pino logger; without one the app logs nothing (tests). */
  logger?: FastifyBaseLogger;
  /** Folder with the built front end (dist/web); the API alone when absent. */
  webDir?: string;
  rateLimitPerMinute?: number;
  /** Behind a reverse proxy: believe its X-Forwarded-* headers (client address, https). */
  trustProxy?: boolean;
  /** Sessions, public address and the clock of the identity module. */
  auth?: AuthOptions;
}

// Validation messages reach users, so zod speaks Dutch (the app's first language).
z.config(z.locales.nl());

/** Builds the Fastify app: plugins, then one module per resource. Not yet listening or ready. */
export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<App> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    trustProxy: options.trustProxy ?? false,
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  requirePolicies(app);

  installSecurityHeaders(app);
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute ?? 600,
    timeWindow: '1 minute',
    allowList: (request) => !request.url.startsWith('/api/'),
    errorResponseBuilder: (_request, context) => {
      const e = errors.rateLimited(Math.ceil(context.ttl / 1000));
      return Object.assign(e, { statusCode: 429 });
    },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Signaalroute API',
        version: '1',
        description: 'Routekaarten, kennis en ketenpartners bij signalen van mensenhandel.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  await registerIdentity(app, deps, options.auth);
  for (const register of [
    registerHealthRoutes,
    registerMunicipalityRoutes,
    registerRegionRoutes,
    registerRoutemapRoutes,
    registerPartnerRoutes,
    registerKnowledgeRoutes,
    registerAuditRoutes,
    registerInstanceRoutes,
  ]) {
    register(app, deps);
  }
  // The signal chain's handovers and the partners' feedback need the public address for links.
  const linkSettings = authSettings(options.auth);
  registerHandoverRoutes(app, deps, linkSettings);
  registerFeedbackRoutes(app, deps, linkSettings);
  registerSignalRoutes(app, deps, linkSettings);
  registerMeetingRoutes(app, deps);
  registerSettingsRoutes(app, deps);
  app.get('/api/v1/openapi.json', { config: { policy: 'content.read' }, schema: { hide: true } }, async () => app.swagger());

  app.addHook('onSend', async (request, reply) => {
    // Content may change with a new release of the content files; never serve a stale API answer.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  if (options.webDir) serveWeb(app, options.webDir);
  app.setNotFoundHandler((request, reply) => {
    if (options.webDir && isClientRoute(request)) return sendIndexHtml(reply);
    return reply.code(404).send(notFoundBody(request.method, request.url));
  });
  return app;
}

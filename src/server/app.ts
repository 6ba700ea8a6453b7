import { z } from 'zod';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { clientErrorHandler, frameworkErrors } from './http/early-errors';
import { installErrorHandler, notFoundBody } from './http/error-handler';
import { documentErrorResponses } from './http/error-responses';
import { installJsonBodyParser } from './http/json-body';
import { validatorCompiler } from './http/text-guard';
import { requirePolicies } from './http/route-policy';
import { installSecurityHeaders } from './http/security-headers';
import { isClientRoute, sendIndexHtml, serveWeb } from './http/web-assets';
import { errors } from './http/errors';
import type { App } from './http/types';
import type { Services } from './context/services';
import { registerHealthRoutes } from './health/routes';
import { installHttpMetrics } from './observability/http-metrics';
import { registerObservabilityRoutes } from './observability/routes';
import { registerMunicipalityRoutes } from './municipalities/routes';
import { registerRegionRoutes } from './regions/routes';
import { registerRoutemapRoutes } from './routemaps/routes';
import { registerPartnerRoutes } from './partners/routes';
import { registerKnowledgeRoutes } from './knowledge/routes';
import { registerInfoPointRoutes } from './info-point/routes';
import { registerIdentity } from './auth/plugin';
import { registerAuditRoutes } from './audit/routes';
import { registerInstanceRoutes } from './instance/routes';
import { registerHandoverRoutes } from './handovers/routes';
import { registerFeedbackRoutes } from './feedback/routes';
import { registerSignalRoutes } from './signals/routes';
import { registerMeetingRoutes } from './meetings/routes';
import { registerRetentionRoutes } from './retention/routes';
import { registerSettingsRoutes } from './settings/routes';
import { registerJobRoutes } from './jobs/routes';
import { registerMatchingRoutes } from './matching/routes';
import { registerRegisterRoutes } from './registers/routes';
import { registerStatisticsRoutes } from './statistics/routes';
import { registerTrainingRoutes } from './training/routes';
import { registerAfContactRoutes } from './af-contact/routes';
import { registerBasisniveauRoutes } from './basisniveau/routes';
import { registerRouteCardRoutes } from './route-card/routes';
import { DEFAULT_MAX_REQUESTS_IN_FLIGHT, installLoadShedding } from './http/load-shedding';
import { RequestLog } from './http/request-log';
import { registerSchemaRoutes } from './content/schema-routes';
import { registerRegionPackRoutes } from './content/pack-routes';
import { registerStaleContactRoutes } from './partners/stale-contacts-routes';

export interface AppOptions {
  /** A pino logger; without one the app logs nothing (tests). */
  logger?: FastifyBaseLogger;
  /** Folder with the built front end (dist/web); the API alone when absent. */
  webDir?: string;
  rateLimitPerMinute?: number;
  /** API requests worked on at once; more are refused with 503 and Retry-After (http/load-shedding.ts). */
  maxRequestsInFlight?: number;
  /** Behind a reverse proxy: believe its X-Forwarded-* headers (client address, https). */
  trustProxy?: boolean;
  /** The bearer token a Prometheus scraper sends for /metrics; without it, no metrics are served. */
  metricsToken?: string | undefined;
}

// Validation messages reach users, so zod speaks Dutch (the app's first language).
z.config(z.locales.nl());

/** Builds the Fastify app: plugins, then one module per resource. Not yet listening or ready. */
export async function buildApp(services: Services, options: AppOptions = {}): Promise<App> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    // One line per request (http/request-log.ts).
    logController: new RequestLog(),
    trustProxy: options.trustProxy ?? false,
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  // Every route builds its command context from these (src/server/context/request-context.ts).
  app.decorate('services', services);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installJsonBodyParser(app);
  installErrorHandler(app);
  requirePolicies(app);
  documentErrorResponses(app);

  installSecurityHeaders(app);
  installHttpMetrics(app, services.metrics);
  installLoadShedding(app, options.maxRequestsInFlight ?? DEFAULT_MAX_REQUESTS_IN_FLIGHT);
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

  await registerIdentity(app);
  for (const register of [
    registerHealthRoutes,
    registerMunicipalityRoutes,
    registerRegionRoutes,
    registerRoutemapRoutes,
    registerPartnerRoutes,
    registerKnowledgeRoutes,
    registerInfoPointRoutes,
    registerInstanceRoutes,
  ]) {
    register(app, services);
  }
  for (const register of [registerAuditRoutes, registerHandoverRoutes, registerFeedbackRoutes, registerSignalRoutes, registerMeetingRoutes, registerSettingsRoutes, registerRetentionRoutes, registerJobRoutes, registerMatchingRoutes, registerRegisterRoutes, registerStatisticsRoutes]) {
    register(app);
  }
  registerAfContactRoutes(app);
  registerBasisniveauRoutes(app);
  registerTrainingRoutes(app);
  registerRouteCardRoutes(app);
  registerSchemaRoutes(app);
  registerRegionPackRoutes(app);
  registerStaleContactRoutes(app);
  registerObservabilityRoutes(app, services, options.metricsToken);
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

import helmet from 'helmet';
import type { App } from './types';

/**
 * Strict security headers on every response (CSP without inline code, no framing, no referrer).
 * The helmet middleware is built once here: @fastify/helmet rebuilt it, CSP parsing included, on
 * every request, a cost on the hottest paths (the wizard's walk) for headers that never change.
 */
const securityHeaders = helmet({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  // Shared-origin isolation is not needed and would block opening partner links in some browsers.
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'no-referrer' },
});

export function installSecurityHeaders(app: App): void {
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined));
  });
}

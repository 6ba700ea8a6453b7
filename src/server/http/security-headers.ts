import type { IncomingMessage, ServerResponse } from 'node:http';
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

/**
 * The same headers as name/value pairs, for answers written before a request reaches Fastify's
 * hooks (malformed URL, headers too large: src/server/http/early-errors.ts). Helmet only calls
 * setHeader/removeHeader and does so synchronously, so one run against a stub collects them.
 */
export const securityHeaderList: ReadonlyArray<readonly [string, string]> = (() => {
  const collected: [string, string][] = [];
  const stub = { setHeader: (name: string, value: unknown) => collected.push([name, String(value)]), removeHeader: () => {} };
  securityHeaders({} as IncomingMessage, stub as unknown as ServerResponse, () => {});
  return collected;
})();

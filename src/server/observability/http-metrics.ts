import type { App } from '../http/types';
import type { Metrics } from './metrics';

/**
 * Counts and times every answer under its route pattern ("/api/v1/signals/:id"), never its URL:
 * ids and query strings stay out of the metrics. Pages of the web app are one route.
 */
export function installHttpMetrics(app: App, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    const pattern = request.routeOptions.url;
    const route = pattern === undefined ? 'unmatched' : pattern.startsWith('/api/') || pattern === '/metrics' ? pattern : 'web';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
}

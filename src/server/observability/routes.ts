import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { collectDefaultMetrics, Gauge } from 'prom-client';
import { z } from 'zod';
import { schemaVersionOf, knownMigrations } from '../backup/schema-version';
import type { Services } from '../context/services';
import { queryRows } from '../db/tenant';
import type { App } from '../http/types';

const readyBody = z
  .object({
    status: z.enum(['ready', 'not-ready']),
    database: z.enum(['pglite', 'postgres']),
    checks: z.object({ database: z.boolean(), migrations: z.boolean(), content: z.boolean() }),
  })
  .meta({ id: 'Ready' });

/** Scraped values: the job queue's depth and the pool of connections, read when Prometheus asks. */
function scrapedGauges(services: Services): void {
  const { registry } = services.metrics;
  new Gauge({
    name: 'signaalroute_job_queue_depth',
    help: 'Background jobs waiting or to be retried, per queue',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await queryRows<{ name: string; n: number }>(services.database.db, sql`select name, count(*)::int as n from pgboss.job where state in ('created', 'retry') group by name`).catch(() => []);
      for (const { name, n } of rows) this.set({ queue: name }, n);
    },
  });
  new Gauge({
    name: 'signaalroute_job_failures_open',
    help: 'Background jobs that failed for good and await the beheerder',
    registers: [registry],
    async collect() {
      const [row] = await queryRows<{ n: number }>(services.database.db, sql`select count(*)::int as n from job_failures where resolved_at is null`).catch(() => [{ n: 0 }]);
      this.set(row?.n ?? 0);
    },
  });
  const pool = services.database.pool;
  if (pool) {
    new Gauge({
      name: 'signaalroute_db_pool_connections',
      help: 'Connections to the PostgreSQL server: open, idle, and requests waiting for one',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }
}

/**
 * Readiness for a load balancer or orchestrator (`/api/v1/health` stays the liveness check), and
 * Prometheus metrics at `/metrics` for a scraper that sends `Authorization: Bearer METRICS_TOKEN`
 * (without METRICS_TOKEN there are none: 404).
 */
export function registerObservabilityRoutes(app: App, services: Services, metricsToken: string | undefined): void {
  app.get(
    '/api/v1/ready',
    {
      config: { policy: 'content.read' },
      schema: { summary: 'Kan de dienst verzoeken aan? Database bereikbaar, schema bijgewerkt, inhoud geladen', tags: ['beheer'], response: { 200: readyBody, 503: readyBody } },
    },
    async (_request, reply) => {
      const version = await schemaVersionOf(services.database.db).catch(() => null);
      const checks = { database: version !== null, migrations: version === knownMigrations().at(-1)!.tag, content: Boolean(services.content.version) };
      const ready = checks.database && checks.migrations && checks.content;
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not-ready', database: services.database.kind, checks });
    },
  );

  if (!metricsToken) return;
  collectDefaultMetrics({ register: services.metrics.registry, prefix: 'signaalroute_' });
  scrapedGauges(services);
  const expected = crypto.createHash('sha256').update(`Bearer ${metricsToken}`).digest();
  app.get('/metrics', { config: { policy: 'content.read' }, schema: { hide: true } }, async (request, reply) => {
    const given = crypto.createHash('sha256').update(request.headers.authorization ?? '').digest();
    if (!crypto.timingSafeEqual(given, expected)) return reply.code(401).header('www-authenticate', 'Bearer').send({ error: { id: 'unauthenticated', message: 'Geef het metrics-token mee.' } });
    return reply.type(services.metrics.registry.contentType).send(await services.metrics.registry.metrics());
  });
}

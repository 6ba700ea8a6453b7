import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Services } from '../context/services';
import type { App } from '../http/types';

const healthBody = z.object({ status: z.enum(['ok', 'error']), database: z.enum(['pglite', 'postgres']) }).meta({ id: 'Health' });

export function registerHealthRoutes(app: App, { database }: Services): void {
  app.get(
    '/api/v1/health',
    {
      config: { policy: 'content.read' },
      schema: {
        summary: 'Werkt de dienst en bereikt hij de database?',
        tags: ['beheer'],
        response: { 200: healthBody, 503: healthBody },
      },
    },
    async (_request, reply) => {
      try {
        await database.db.execute(sql`select 1`);
        return { status: 'ok' as const, database: database.kind };
      } catch {
        return reply.code(503).send({ status: 'error' as const, database: database.kind });
      }
    },
  );
}

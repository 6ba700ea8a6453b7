import { regionPackJsonSchema } from '../../domain/content/region-pack-schema';
import type { App } from '../http/types';

/** Public, like the content itself: a regiobeheerder's tools validate a pack against it while it is edited. */
export function registerSchemaRoutes(app: App): void {
  // Generated once: the schema changes only with a release.
  const regionPack = JSON.stringify(regionPackJsonSchema(), null, 2);
  app.get('/api/v1/schemas/region-pack.json', { config: { policy: 'content.read' }, schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/schema+json; charset=utf-8').send(regionPack),
  );
}

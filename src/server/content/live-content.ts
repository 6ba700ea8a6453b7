import { createHash } from 'node:crypto';
import pg from 'pg';
import { buildContent } from '../../domain/content/build-content';
import type { Content } from '../../domain/content/content';
import { filesWithPacks } from '../../domain/content/published-content';
import type { RegionPack } from '../../domain/content/region-pack-schema';
import type { ContentSource, Services } from '../context/services';
import { routeMapVersions } from '../db/schema';
import { asSystem } from '../db/tenant';
import { followRelease, PUBLISHED_CHANNEL, publishedSignature, publishedVersions } from './pack-store';
import { syncContent } from './sync-content';

/** How often an instance on the PostgreSQL server checks for a publication it was not told of. */
export const SAFETY_POLL_MS = 30_000;

/**
 * Serves the newest published packs (ADR 28): builds the content from the release's files with
 * every region's newest pack, brings the municipality list in line (a pack moves municipalities
 * between regions), keeps each route map's version for the signals walked on it, and then swaps
 * `services.content`. Nothing happens when the published versions are the ones served. Returns
 * whether the content changed. Requests under way finish on the content they started with.
 */
export function refreshContent(services: Services): Promise<boolean> {
  const source = services.contentSource;
  if (!source) return Promise.resolve(false);
  // One at a time per instance: a refresh that started later never loses to one that started earlier.
  const next = (queue.get(source) ?? Promise.resolve(false)).catch(() => false).then(() => rebuild(services, source));
  queue.set(source, next);
  return next;
}

const queue = new WeakMap<ContentSource, Promise<boolean>>();

async function rebuild(services: Services, source: ContentSource): Promise<boolean> {
  const { db } = services.database;
  const signature = await asSystem(db, publishedSignature);
  if (signature === source.packs) return false;
  const rows = await asSystem(db, publishedVersions);
  const packs = rows.map((r) => r.pack as RegionPack);
  const served = rows.map((r) => `${r.region}:${r.version}`).join(',');
  const version = createHash('sha256').update(`${source.version}\n${served}`).digest('hex');
  const files = filesWithPacks(source.files, packs);
  const content = buildContent(files, version);
  await syncContent(db, content);
  await keepRouteMaps(services, content);
  services.content = content;
  source.packs = served;
  source.served = files;
  services.logger.info({ contentVersion: version.slice(0, 12), packs: served }, 'inhoud bijgewerkt');
  return true;
}

/** Every map as published, by its version: a signal's case shows the map it was walked on (ADR 28). */
async function keepRouteMaps(services: Services, content: Content): Promise<void> {
  const maps = content.routemapSummaries('nl').map((m) => content.routemap(m.id, 'nl')!);
  if (maps.length === 0) return;
  await services.database.db
    .insert(routeMapVersions)
    .values(maps.map((map) => ({ mapId: map.id, mapVersion: map.version, map, firstSeenAt: services.clock() })))
    .onConflictDoNothing();
}

/** At start: the release meets the published versions (ADR 23's rule), then the newest are served. */
export async function startPublishedContent(services: Services): Promise<void> {
  const source = services.contentSource;
  if (!source) return;
  await followRelease(services.database.db, source.files, source.version, services.clock(), services.logger);
  await refreshContent(services);
}

/**
 * Keeps an instance on the PostgreSQL server current: LISTEN for publications of other instances
 * and the CLI, plus a slow poll in case a notification was missed (a dropped connection). PGlite
 * is one process: a publication there swaps the content in place, so it needs neither.
 */
export async function followPublications(services: Services, databaseUrl: string): Promise<{ stop(): Promise<void> }> {
  let stopped = false;
  let client: pg.Client | null = null;
  let running: Promise<unknown> = Promise.resolve();
  const refresh = () => {
    running = refreshContent(services).catch((error: unknown) => services.logger.error({ err: error }, 'inhoud bijwerken mislukt'));
    return running;
  };
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: databaseUrl });
    c.on('notification', () => void refresh());
    // A lost connection is made again; the poll covers what was published meanwhile.
    c.on('error', () => {
      client = null;
      void c.end().catch(() => {});
      setTimeout(() => void connect().catch(() => {}), 1000).unref();
    });
    await c.connect();
    await c.query(`LISTEN ${PUBLISHED_CHANNEL}`);
    client = c;
    await refresh();
  };
  await connect();
  const poll = setInterval(() => void refresh(), SAFETY_POLL_MS);
  poll.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(poll);
      await running;
      await client?.end().catch(() => {});
    },
  };
}

import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { contentHash } from '../../domain/content/content-hash';
import type { ContentFiles } from '../../domain/content/content-files';
import { regionPackOf } from '../../domain/content/region-pack';
import type { RegionPack } from '../../domain/content/region-pack-schema';
import type { PackVersionKind, PackVersionSummary } from '../../domain/content/region-pack-state';
import type { Logger } from '../context/services';
import type { Db } from '../db/client';
import { regionPackReleases, regionPackVersions } from '../db/schema';
import type { Tx } from '../db/tenant';

/** The channel a publication is announced on (PostgreSQL server): other instances reload at once. */
export const PUBLISHED_CHANNEL = 'region_pack_published';

/** Who published a version that came with a release. */
export const RELEASE_PUBLISHER = 'Signaalroute';

export type VersionRow = typeof regionPackVersions.$inferSelect;

export const summaryOf = (row: VersionRow): PackVersionSummary => ({
  version: row.version,
  kind: row.kind as PackVersionKind,
  publishedAt: row.publishedAt.toISOString(),
  publishedBy: row.publishedBy,
  reason: row.reason,
  restoredFrom: row.restoredFrom,
});

/** The release's pack of a region, hashed without `exportedFrom`: the base of ADR 23's rule. */
export function releasePack(files: ContentFiles, region: string): { pack: RegionPack; hash: string } | undefined {
  const pack = regionPackOf(files, region);
  return pack && { pack, hash: contentHash(pack) };
}

/** The newest version of every region: what is served. */
export async function publishedVersions(tx: Tx): Promise<VersionRow[]> {
  return tx.selectDistinctOn([regionPackVersions.region]).from(regionPackVersions).orderBy(regionPackVersions.region, desc(regionPackVersions.version));
}

/** `region:version` of the newest versions, sorted: cheap to compare, so the safety-net poll reads only this. */
export async function publishedSignature(tx: Tx): Promise<string> {
  const rows = await tx
    .select({ region: regionPackVersions.region, version: sql<number>`max(${regionPackVersions.version})` })
    .from(regionPackVersions)
    .groupBy(regionPackVersions.region)
    .orderBy(regionPackVersions.region);
  return rows.map((r) => `${r.region}:${r.version}`).join(',');
}

export async function versionRow(tx: Tx, region: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await tx.select().from(regionPackVersions).where(and(eq(regionPackVersions.region, region), eq(regionPackVersions.version, version)));
  return row;
}

export async function latestVersion(tx: Tx, region: string): Promise<VersionRow | undefined> {
  const [row] = await tx.select().from(regionPackVersions).where(eq(regionPackVersions.region, region)).orderBy(desc(regionPackVersions.version)).limit(1);
  return row;
}

/**
 * The release's pack a region's published version descends from (ADR 32): the newest of its
 * `initial` or `release` versions and the releases it decided on through a proposal.
 */
export async function releaseBase(tx: Tx, region: string): Promise<RegionPack | undefined> {
  const [version] = await tx
    .select({ pack: regionPackVersions.pack, at: regionPackVersions.publishedAt })
    .from(regionPackVersions)
    .where(and(eq(regionPackVersions.region, region), inArray(regionPackVersions.kind, ['initial', 'release'])))
    .orderBy(desc(regionPackVersions.version))
    .limit(1);
  const [decided] = await tx
    .select({ pack: regionPackReleases.pack, at: regionPackReleases.decidedAt })
    .from(regionPackReleases)
    .where(eq(regionPackReleases.region, region))
    .orderBy(desc(regionPackReleases.decidedAt))
    .limit(1);
  const newest = decided && (!version || decided.at >= version.at) ? decided : version;
  return newest?.pack as RegionPack | undefined;
}

/** Whether the region refused this release (ADR 32): then it is not proposed again. */
export async function releaseRefused(tx: Tx, region: string, hash: string): Promise<boolean> {
  const rows = await tx
    .select({ decision: regionPackReleases.decision })
    .from(regionPackReleases)
    .where(and(eq(regionPackReleases.region, region), eq(regionPackReleases.releaseHash, hash), eq(regionPackReleases.decision, 'refused')));
  return rows.length > 0;
}

/**
 * Brings the published versions in line with the release (ADR 28, after ADR 23), at start and in
 * one transaction under a lock, so instances starting together agree. Per region of the release:
 * no versions yet → version 1 "initial"; the release's pack equals the base → nothing; the region
 * serves its base unchanged → the release as a new version; the region has its own edits → nothing
 * is overwritten, and the log says a release is waiting unless the region refused it (ADR 32).
 */
export async function followRelease(db: Db, files: ContentFiles, releaseVersion: string, now: Date, logger: Logger): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${PUBLISHED_CHANNEL}))`);
    const latest = new Map((await publishedVersions(tx)).map((row) => [row.region, row]));
    for (const { id } of files.regions.data.regions) {
      const release = releasePack(files, id)!;
      const current = latest.get(id);
      const release8 = releaseVersion.slice(0, 12);
      const common = { region: id, pack: release.pack, baseHash: release.hash, publishedByUserId: null, publishedBy: RELEASE_PUBLISHER, restoredFrom: null, publishedAt: now };
      if (!current) {
        await tx.insert(regionPackVersions).values({ ...common, version: 1, kind: 'initial', reason: `eerste inhoud, uit release ${release8}` });
      } else if (current.baseHash === release.hash) {
        continue;
      } else if (contentHash(current.pack) === current.baseHash) {
        await tx.insert(regionPackVersions).values({ ...common, version: current.version + 1, kind: 'release', reason: `uit release ${release8}` });
      } else if (!(await releaseRefused(tx, id, release.hash))) {
        logger.warn({ region: id, version: current.version }, 'de release heeft nieuwe inhoud voor een regio met eigen wijzigingen; die blijven staan (ADR 28)');
      }
    }
  });
}

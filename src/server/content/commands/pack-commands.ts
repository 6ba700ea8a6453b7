import { eq, sql } from 'drizzle-orm';
import { contentHash } from '../../../domain/content/content-hash';
import { asProblem, message } from '../../../domain/content/content-messages';
import { diffPacks } from '../../../domain/content/pack-diff';
import { REGION_PACK_FORMAT_VERSION, regionPackSchema, type RegionPack } from '../../../domain/content/region-pack-schema';
import type { PackDiff, PackVersionKind, PackVersionSummary, RegionPackState } from '../../../domain/content/region-pack-state';
import { validateRegionPack, type PackIssue } from '../../../domain/content/validate-region-pack';
import type { TxContext } from '../../context/context';
import { defineCommand, defineProcedure, inTransaction } from '../../context/run';
import type { Services } from '../../context/services';
import { regionPackDrafts, regionPackReleases, regionPackVersions, users } from '../../db/schema';
import { errors } from '../../http/errors';
import { refreshContent } from '../live-content';
import { latestVersion, PUBLISHED_CHANNEL, releasePack, releaseRefused, summaryOf, versionRow, type VersionRow } from '../pack-store';
import { packYaml, readPackText } from '../pack-yaml';
import { dutchErrorMap, flattenIssues } from '../zod-issues';

/** Who publishes from the command line: the installation, not a person. */
const CLI_PUBLISHER = 'beheer (opdrachtregel)';

function contentSourceOf(services: Services) {
  if (!services.contentSource) throw new Error('region packs need the content source (createServices with contentFiles)');
  return services.contentSource;
}

/** The release's files (content/), without the published packs. */
const servedRelease = (services: Services) => contentSourceOf(services).files;

const servedFiles = (services: Services) => contentSourceOf(services).served;

/** Problems of a pack as stored: the structure first (zod, in Dutch), then every content rule. */
export function packProblems(services: Services, region: string, data: unknown): PackIssue[] {
  const parsed = regionPackSchema.safeParse(data, { error: dutchErrorMap });
  if (!parsed.success) return flattenIssues(parsed.error.issues).map((i) => ({ path: i.path, message: i.message }));
  return [...otherRegion(parsed.data, region), ...validateRegionPack(parsed.data, servedFiles(services))];
}

/** A region's draft holds that region's pack: another region's cannot be published in its place. */
function otherRegion(pack: RegionPack, region: string): PackIssue[] {
  return pack.region.id === region ? [] : [{ path: ['region', 'id'], ...asProblem(message('pack.ofOtherRegion', { pack: pack.region.id, region })) }];
}

export async function publishedOf(ctx: TxContext, region: string): Promise<VersionRow> {
  const row = await latestVersion(ctx.tx, region);
  if (!row) throw errors.regionPackNotFound(region);
  return row;
}

export async function publisherName(ctx: TxContext): Promise<{ userId: string | null; name: string }> {
  if (ctx.actor.kind !== 'user') return { userId: null, name: CLI_PUBLISHER };
  const [user] = await ctx.tx.select({ name: users.name }).from(users).where(eq(users.id, ctx.actor.userId));
  return { userId: ctx.actor.userId, name: user?.name ?? 'onbekend' };
}

/** The state the API answers after every read and change (src/domain/content/region-pack-state.ts). */
export async function stateOf(ctx: TxContext, region: string): Promise<RegionPackState> {
  const published = await publishedOf(ctx, region);
  const [draft] = await ctx.tx.select().from(regionPackDrafts).where(eq(regionPackDrafts.region, region));
  return {
    region,
    published: { ...summaryOf(published), pack: published.pack as RegionPack },
    draft: draft
      ? {
          pack: draft.pack as RegionPack,
          basedOn: draft.basedOn,
          updatedAt: draft.updatedAt.toISOString(),
          updatedBy: draft.updatedBy,
          ...(draft.releaseHash ? { fromRelease: releaseName(ctx.services) } : {}),
        }
      : null,
    context: servedFiles(ctx.services),
    problems: packProblems(ctx.services, region, draft ? draft.pack : published.pack),
    releaseWaiting: (await waitingRelease(ctx, published)) !== undefined,
  };
}

/** How the served release is named to a regiobeheerder: "uit release X", as followRelease names it. */
export const releaseName = (services: Services): string => contentSourceOf(services).version.slice(0, 12);

/**
 * The release's pack when it differs from the base of a region that has its own edits (ADR 23's
 * case 3) and the region did not refuse it (ADR 32).
 */
export async function waitingRelease(ctx: TxContext, published: VersionRow): Promise<{ pack: RegionPack; hash: string } | undefined> {
  const release = ctx.services.contentSource ? releasePack(ctx.services.contentSource.files, published.region) : undefined;
  if (!release || release.hash === published.baseHash || contentHash(published.pack) === published.baseHash) return undefined;
  return (await releaseRefused(ctx.tx, published.region, release.hash)) ? undefined : release;
}

/** Not audited: the region's content is public; every change to it is. */
export const readRegionPack = defineCommand('region-pack.read', (ctx, input: { region: string }) => stateOf(ctx, input.region));

/** `releaseHash`: the draft comes from a release's proposal (a string), or no longer does (null); left out, it stays as it was. */
export async function saveDraft(ctx: TxContext, region: string, pack: unknown, basedOn: number, releaseHash?: string | null): Promise<void> {
  const by = await publisherName(ctx);
  const values = { pack, basedOn, updatedByUserId: by.userId, updatedBy: by.name, updatedAt: ctx.now, ...(releaseHash === undefined ? {} : { releaseHash }) };
  await ctx.tx.insert(regionPackDrafts).values({ region, ...values }).onConflictDoUpdate({ target: regionPackDrafts.region, set: values });
}

/** Saves the whole draft, problems and all: a draft with problems is kept, it cannot be published. */
export const saveRegionPackDraft = defineCommand('region-pack.save-draft', async (ctx, input: { region: string; pack: unknown; basedOn: number }) => {
  await publishedOf(ctx, input.region);
  await saveDraft(ctx, input.region, input.pack, input.basedOn);
  const state = await stateOf(ctx, input.region);
  await ctx.audit({ action: 'region-pack.save-draft', objectType: 'region', objectId: input.region, details: { basedOn: input.basedOn, problems: state.problems.length } });
  return state;
});

export const discardRegionPackDraft = defineCommand('region-pack.discard-draft', async (ctx, input: { region: string }) => {
  await publishedOf(ctx, input.region);
  const removed = await ctx.tx.delete(regionPackDrafts).where(eq(regionPackDrafts.region, input.region)).returning({ basedOn: regionPackDrafts.basedOn });
  await ctx.audit({ action: 'region-pack.discard-draft', objectType: 'region', objectId: input.region, details: { existed: removed.length > 0 } });
  return stateOf(ctx, input.region);
});

/**
 * Adds a version in the transaction, under a lock per region (two publications never get one
 * number), and announces it: on the PostgreSQL server every instance LISTENing reloads on commit.
 */
async function addVersion(
  ctx: TxContext,
  region: string,
  version: { pack: RegionPack; kind: PackVersionKind; reason: string; restoredFrom?: number; basedOn?: number; baseHash?: string; newRegion?: boolean },
): Promise<number> {
  await ctx.tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`region-pack:${region}`}))`);
  const published = version.newRegion ? undefined : await publishedOf(ctx, region);
  if (published && version.basedOn !== undefined && version.basedOn !== published.version) throw errors.regionPackStale(version.basedOn, published.version);
  const problems = [...otherRegion(version.pack, region), ...validateRegionPack(version.pack, servedFiles(ctx.services))];
  if (problems.length > 0) throw errors.regionPackProblems(problems);
  const by = await publisherName(ctx);
  const number = (published?.version ?? 0) + 1;
  await ctx.tx.insert(regionPackVersions).values({
    region,
    version: number,
    kind: version.kind,
    pack: version.pack,
    // A version made here descends from the same release as the one it follows (ADR 23's base),
    // unless it merged a newer release in (ADR 32); a new region descends from none.
    baseHash: version.baseHash ?? published?.baseHash ?? '',
    publishedByUserId: by.userId,
    publishedBy: by.name,
    reason: version.reason,
    restoredFrom: version.restoredFrom ?? null,
    publishedAt: ctx.now,
  });
  await ctx.tx.execute(sql`select pg_notify(${PUBLISHED_CHANNEL}, ${`${region}:${number}`})`);
  return number;
}

/** The draft as a new version; refused while it has problems or when another version was published since it was begun. */
async function publishDraft(ctx: TxContext, region: string, reason: string, kind: PackVersionKind): Promise<number> {
  const [draft] = await ctx.tx.select().from(regionPackDrafts).where(eq(regionPackDrafts.region, region));
  if (!draft) {
    await publishedOf(ctx, region);
    throw errors.regionPackNoDraft();
  }
  const parsed = regionPackSchema.safeParse(draft.pack, { error: dutchErrorMap });
  if (!parsed.success) throw errors.regionPackProblems(packProblems(ctx.services, region, draft.pack));
  const release = draft.releaseHash ? releasePack(servedRelease(ctx.services), region) : undefined;
  // Merged from a release that is still the one served: the new version descends from it.
  const merged = release?.hash === draft.releaseHash ? release : undefined;
  const version = await addVersion(ctx, region, { pack: parsed.data, kind, reason, basedOn: draft.basedOn, ...(merged ? { baseHash: merged.hash } : {}) });
  if (merged) {
    const by = await publisherName(ctx);
    await ctx.tx
      .insert(regionPackReleases)
      .values({ region, releaseHash: merged.hash, decision: 'accepted', pack: merged.pack, decidedByUserId: by.userId, decidedBy: by.name, decidedAt: ctx.now })
      .onConflictDoNothing();
  }
  await ctx.tx.delete(regionPackDrafts).where(eq(regionPackDrafts.region, region));
  await ctx.audit({ action: 'region-pack.publish', objectType: 'region', objectId: region, details: { version, kind, reason } });
  return version;
}

/**
 * A version is served by this instance once the command returns, by the others within seconds. It
 * is published either way: content that does not build (two regions published at once, each valid
 * alone) is logged and the previous content stays served, never half of it.
 */
async function thenServe<T>(ctx: { services: Services }, result: T): Promise<T> {
  await refreshContent(ctx.services).catch((error: unknown) => ctx.services.logger.error({ err: error }, 'gepubliceerde inhoud kon niet worden opgebouwd'));
  return result;
}

export const publishRegionPack = defineProcedure('region-pack.publish', async (ctx, input: { region: string; reason: string }) => {
  await inTransaction(ctx, (tx) => publishDraft(tx, input.region, input.reason, 'edit'));
  return thenServe(ctx, await inTransaction(ctx, (tx) => stateOf(tx, input.region), { readOnly: true }));
});

/** An earlier version published again, as a new version: the history never loses a step. */
export const rollbackRegionPack = defineProcedure('region-pack.rollback', async (ctx, input: { region: string; version: number; reason: string }) => {
  await inTransaction(ctx, async (tx) => {
    const target = await versionRow(tx.tx, input.region, input.version);
    if (!target) throw errors.regionPackVersionNotFound(input.region, input.version);
    const reason = input.reason.trim() === '' ? `terug naar versie ${input.version}` : input.reason;
    const version = await addVersion(tx, input.region, { pack: target.pack as RegionPack, kind: 'rollback', reason, restoredFrom: input.version });
    await tx.audit({ action: 'region-pack.rollback', objectType: 'region', objectId: input.region, details: { version, restoredFrom: input.version } });
  });
  return thenServe(ctx, await inTransaction(ctx, (tx) => stateOf(tx, input.region), { readOnly: true }));
});

/**
 * A pack file (YAML or JSON) becomes the region's draft, or with `publish` a new version with the
 * reason "import". Unreadable text, an unknown format version or another region's pack is refused.
 */
export const importRegionPack = defineProcedure('region-pack.import', async (ctx, input: { region: string; text: string; publish?: boolean }) => {
  const read = readPackText(input.text);
  if ('errors' in read) throw errors.regionPackUnreadable(read.errors.join('; '));
  const data = read.data as { formatVersion?: unknown; region?: { id?: unknown } } | null;
  if (data === null || typeof data !== 'object') throw errors.regionPackUnreadable('het bevat geen velden.');
  if (data.formatVersion !== REGION_PACK_FORMAT_VERSION) {
    throw errors.regionPackUnreadable(`formatVersion ${JSON.stringify(data.formatVersion ?? null)} is onbekend; deze versie van Signaalroute leest formatVersion ${REGION_PACK_FORMAT_VERSION}.`);
  }
  if (data.region?.id !== input.region) throw errors.regionPackUnreadable(`het is het pakket van regio "${String(data.region?.id)}", niet van "${input.region}".`);
  await inTransaction(ctx, async (tx) => {
    if (!(await latestVersion(tx.tx, input.region))) return addRegion(tx, input.region, data, input.publish === true);
    const published = await publishedOf(tx, input.region);
    await saveDraft(tx, input.region, data, published.version, null);
    await tx.audit({ action: 'region-pack.import', objectType: 'region', objectId: input.region, details: { basedOn: published.version, publish: input.publish === true } });
    if (input.publish) await publishDraft(tx, input.region, 'import', 'import');
  });
  const state = await inTransaction(ctx, (tx) => stateOf(tx, input.region), { readOnly: true });
  return input.publish ? thenServe(ctx, state) : state;
});

/**
 * A region this installation does not have yet (issue 9: "a new region goes live this way with no
 * code change"): only the installation can add one (`content import FILE --publish`: no
 * regiobeheerder has that region yet), in one step, as its first version. Its municipalities move
 * from the national region to it as soon as it is served. It descends from no release (base "").
 */
async function addRegion(ctx: TxContext, region: string, data: unknown, publish: boolean): Promise<void> {
  if (ctx.actor.kind === 'user') throw errors.regionPackNotFound(region);
  if (!publish) throw errors.regionPackNewRegion(region);
  const parsed = regionPackSchema.safeParse(data, { error: dutchErrorMap });
  if (!parsed.success) throw errors.regionPackProblems(packProblems(ctx.services, region, data));
  const reason = 'nieuwe regio';
  await addVersion(ctx, region, { pack: parsed.data, kind: 'import', reason, newRegion: true });
  await ctx.audit({ action: 'region-pack.import', objectType: 'region', objectId: region, details: { newRegion: true, publish: true } });
  await ctx.audit({ action: 'region-pack.publish', objectType: 'region', objectId: region, details: { version: 1, kind: 'import', reason } });
}

export const listRegionPackVersions = defineCommand('region-pack.versions', async (ctx, input: { region: string }): Promise<{ versions: PackVersionSummary[] }> => {
  const rows = await ctx.tx.select().from(regionPackVersions).where(eq(regionPackVersions.region, input.region)).orderBy(sql`${regionPackVersions.version} desc`);
  if (rows.length === 0) throw errors.regionPackNotFound(input.region);
  return { versions: rows.map(summaryOf) };
});

async function versionOf(ctx: TxContext, region: string, version: number): Promise<VersionRow> {
  const row = await versionRow(ctx.tx, region, version);
  if (!row) throw errors.regionPackVersionNotFound(region, version);
  return row;
}

export const readRegionPackVersion = defineCommand('region-pack.version', async (ctx, input: { region: string; version: number }) => {
  const row = await versionOf(ctx, input.region, input.version);
  return { ...summaryOf(row), pack: row.pack as RegionPack };
});

export const diffRegionPackVersions = defineCommand('region-pack.diff', async (ctx, input: { region: string; from: number; to: number }): Promise<PackDiff> => {
  const [from, to] = [await versionOf(ctx, input.region, input.from), await versionOf(ctx, input.region, input.to)];
  return diffPacks(from.pack as RegionPack, to.pack as RegionPack, { from: input.from, to: input.to });
});

/** A version (the published one by default) as the YAML file of `content import`. Audited: it leaves the installation. */
export const exportRegionPackVersion = defineCommand('region-pack.export', async (ctx, input: { region: string; version?: number }) => {
  const row = input.version === undefined ? await publishedOf(ctx, input.region) : await versionOf(ctx, input.region, input.version);
  await ctx.audit({ action: 'region-pack.export', objectType: 'region', objectId: input.region, details: { version: row.version } });
  const from = `versie ${row.version} van ${row.publishedAt.toISOString().slice(0, 10)}`;
  return { version: row.version, pack: row.pack as RegionPack, yaml: packYaml(row.pack as RegionPack, from, ctx.publicUrl, `regiopakket-${input.region}-v${row.version}.yaml`) };
});

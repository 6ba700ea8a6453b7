import { mergePacks, proposeMerge, type MergeChoices } from '../../../domain/content/merge-release';
import type { RegionPack } from '../../../domain/content/region-pack-schema';
import type { ReleaseProposal } from '../../../domain/content/region-pack-state';
import type { TxContext } from '../../context/context';
import { defineCommand } from '../../context/run';
import { regionPackReleases } from '../../db/schema';
import { errors } from '../../http/errors';
import { releaseBase } from '../pack-store';
import { publishedOf, publisherName, releaseName, saveDraft, stateOf, waitingRelease } from './pack-commands';

/** The three packs of ADR 23's case 3: the base, the region's published pack and the waiting release's. */
async function packsOf(ctx: TxContext, region: string) {
  const published = await publishedOf(ctx, region);
  const release = await waitingRelease(ctx, published);
  if (!release) throw errors.regionPackNoRelease(region);
  const base = await releaseBase(ctx.tx, region);
  if (!base) throw new Error(`regio ${region} heeft geen versie uit een release`);
  return { published, release, base, mine: published.pack as RegionPack };
}

/** Not audited, like the region's content it compares: public content, no personal data. Empty when no release waits. */
export const readReleaseProposal = defineCommand('region-pack.release', async (ctx, input: { region: string }): Promise<ReleaseProposal> => {
  const published = await publishedOf(ctx, input.region);
  if (!(await waitingRelease(ctx, published))) return { region: input.region, release: null, version: published.version, proposed: [], kept: [], conflicts: [] };
  const { release, base, mine } = await packsOf(ctx, input.region);
  return { region: input.region, release: releaseName(ctx.services), version: published.version, ...proposeMerge(base, mine, release.pack) };
});

/**
 * The region's pack with the chosen entries of the release becomes the draft (replacing one there
 * was): validated like any edit, published by the regiobeheerder, and then the region descends
 * from this release.
 */
export const acceptRelease = defineCommand('region-pack.accept-release', async (ctx, input: { region: string; choices: MergeChoices }) => {
  const { published, release, base, mine } = await packsOf(ctx, input.region);
  await saveDraft(ctx, input.region, mergePacks(base, mine, release.pack, input.choices), published.version, release.hash);
  const taken = Object.values(input.choices).filter((c) => c === 'theirs').length;
  await ctx.audit({ action: 'region-pack.accept-release', objectType: 'region', objectId: input.region, details: { release: releaseName(ctx.services), basedOn: published.version, taken } });
  return stateOf(ctx, input.region);
});

/** Recorded: this release is not proposed again, and the next one is compared with it (ADR 32). */
export const refuseRelease = defineCommand('region-pack.refuse-release', async (ctx, input: { region: string }) => {
  const { release } = await packsOf(ctx, input.region);
  const by = await publisherName(ctx);
  await ctx.tx
    .insert(regionPackReleases)
    .values({ region: input.region, releaseHash: release.hash, decision: 'refused', pack: release.pack, decidedByUserId: by.userId, decidedBy: by.name, decidedAt: ctx.now });
  await ctx.audit({ action: 'region-pack.refuse-release', objectType: 'region', objectId: input.region, details: { release: releaseName(ctx.services) } });
  return stateOf(ctx, input.region);
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentFiles } from '../../domain/content/content-files';
import type { RegionPackState, ReleaseProposal } from '../../domain/content/region-pack-state';
import { asSystem, queryRows } from '../db/tenant';
import { loginAs } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { refreshContent } from './live-content';
import { followRelease, publishedVersions } from './pack-store';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const url = '/api/v1/regions/eenheid-den-haag/pack';
const quiet = { info: () => {}, error: () => {}, warn: () => {} };

/** The release's files with the Den Haag partners changed by `change`: what an upgrade might ship. */
function releaseWith(files: ContentFiles, change: (partner: ContentFiles['partners'][number]['data']['partners'][number]) => void): ContentFiles {
  const copy = structuredClone(files);
  for (const file of copy.partners) for (const p of file.data.partners) if (p.regions.includes('eenheid-den-haag')) change(p);
  return copy;
}

/** An upgrade as a start runs it: the versions follow the release, and the server reads its files. */
async function upgrade(files: ContentFiles, version: string) {
  await followRelease(t.database.db, files, version, new Date(), quiet);
  Object.assign(t.services.contentSource!, { files, version });
}

const newest = async () => (await asSystem(t.database.db, publishedVersions)).find((r) => r.region === 'eenheid-den-haag')!;

// ADR 32: an upgrade that meets a region's own edits is proposed entry by entry, never applied silently.
describe('a release for a region with its own edits', () => {
  it('is proposed per entry, taken into the draft as chosen, published, and then no longer waits', async () => {
    const regio = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['regiobeheerder'] });
    const headers = regio.headers;
    const state = (await t.app.inject({ url, headers })).json<RegionPackState>();
    const [shop, zvh] = [state.published.pack.partners[0]!, state.published.pack.partners[1]!];

    // The region renames its first partner and publishes.
    const edited = structuredClone(state.published.pack);
    edited.partners[0]!.name = 'Eigen naam van de regio';
    await t.app.inject({ method: 'PUT', url: `${url}/draft`, headers, payload: { pack: edited, basedOn: 1 } });
    expect((await t.app.inject({ method: 'POST', url: `${url}/publish`, headers, payload: { reason: 'eigen wijziging' } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `${url}/release`, headers })).json<ReleaseProposal>()).toMatchObject({ release: null, proposed: [], conflicts: [] });

    // The release changes every partner's first phone number and the first partner's name too.
    const release = releaseWith(t.services.contentSource!.files, (p) => {
      p.contacts[0]!.phone = '070-1234567';
      if (p.id === shop.id) p.name = 'Naam uit de release';
    });
    await upgrade(release, 'release-2-abcdef');
    expect((await newest()).version).toBe(2); // nothing overwritten

    const proposal = (await t.app.inject({ url: `${url}/release`, headers })).json<ReleaseProposal>();
    expect(proposal.release).toBe('release-2-ab');
    expect(proposal.conflicts).toMatchObject([{ key: `partner:${shop.id}`, label: 'Naam uit de release', fields: [{ field: 'name', mine: 'Eigen naam van de regio', theirs: 'Naam uit de release' }] }]);
    expect(proposal.proposed.map((e) => e.key)).toContain(`contact:${shop.id}/${shop.contacts[0]!.id}`);
    expect(proposal.kept).toEqual([]);

    // Take every phone number but Den Haag's ZVH one, keep the own name.
    const choices = Object.fromEntries(proposal.proposed.filter((e) => !e.key.startsWith(`contact:${zvh.id}/`)).map((e) => [e.key, 'theirs']));
    const accepted = await t.app.inject({ method: 'POST', url: `${url}/release`, headers, payload: { choices: { ...choices, [`partner:${shop.id}`]: 'mine' } } });
    expect(accepted.statusCode).toBe(200);
    const draft = accepted.json<RegionPackState>().draft!;
    expect(draft).toMatchObject({ basedOn: 2, fromRelease: 'release-2-ab' });
    expect(accepted.json<RegionPackState>().problems).toEqual([]);
    expect(draft.pack.partners[0]).toMatchObject({ name: 'Eigen naam van de regio' });
    expect(draft.pack.partners[0]!.contacts[0]!.phone).toBe('070-1234567');
    expect(draft.pack.partners[1]!.contacts[0]!.phone).toBe(zvh.contacts[0]!.phone);

    const published = await t.app.inject({ method: 'POST', url: `${url}/publish`, headers, payload: { reason: 'uit release release-2-ab' } });
    expect(published.json<RegionPackState>()).toMatchObject({ published: { version: 3, reason: 'uit release release-2-ab' }, draft: null, releaseWaiting: false });
    expect(t.services.content.partners('eenheid-den-haag', 'nl').find((p) => p.id === shop.id)!.name).toBe('Eigen naam van de regio');

    // The next start finds the region descending from this release: nothing waits, nothing is added.
    await upgrade(release, 'release-2-abcdef');
    expect((await newest()).version).toBe(3);
    expect(await refreshContent(t.services)).toBe(false);

    // A newer release is compared with the one the region took: only what changed since is proposed.
    const third = releaseWith(release, (p) => {
      if (p.id === zvh.id) p.name = 'ZVH uit release 3';
    });
    await upgrade(third, 'release-3-abcdef');
    const next = (await t.app.inject({ url: `${url}/release`, headers })).json<ReleaseProposal>();
    expect(next.proposed).toMatchObject([{ key: `partner:${zvh.id}`, label: 'ZVH uit release 3' }]);
    // What the region left of release 2 (Den Haag's ZVH number) and its own name are its own now.
    expect(next.kept.map((e) => e.key).sort()).toEqual([`contact:${zvh.id}/${zvh.contacts[0]!.id}`, `partner:${shop.id}`].sort());

    // Refused: recorded, audited, and no longer waiting.
    const refused = await t.app.inject({ method: 'POST', url: `${url}/release/refuse`, headers });
    expect(refused.json<RegionPackState>().releaseWaiting).toBe(false);
    expect((await t.app.inject({ url: `${url}/release`, headers })).json<ReleaseProposal>().release).toBeNull();
    expect((await t.app.inject({ method: 'POST', url: `${url}/release/refuse`, headers })).statusCode).toBe(409);
    expect((await t.app.inject({ method: 'POST', url: `${url}/release`, headers, payload: { choices: {} } })).statusCode).toBe(409);
    expect((await newest()).version).toBe(3);
    const audited = await queryRows<{ action: string; details: { release: string } }>(
      t.database.db,
      sql`select action, details from audit_events where action in ('region-pack.accept-release', 'region-pack.refuse-release') and result = 'success' order by id`,
    );
    expect(audited).toMatchObject([
      { action: 'region-pack.accept-release', details: { release: 'release-2-ab' } },
      { action: 'region-pack.refuse-release', details: { release: 'release-3-ab' } },
    ]);
    // A start after the refusal does not report the refused release as waiting again.
    const warnings: unknown[] = [];
    await followRelease(t.database.db, third, 'release-3-abcdef', new Date(), { ...quiet, warn: (o: unknown) => warnings.push(o) });
    expect(warnings).toEqual([]);
  });

  it('is not shown to another region', async () => {
    const rotterdam = await loginAs(t.database.db, { municipality: 'GM0599', roles: ['regiobeheerder'] });
    expect((await t.app.inject({ url: `${url}/release`, headers: rotterdam.headers })).statusCode).toBe(403);
  });
});

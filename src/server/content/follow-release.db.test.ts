import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentFiles } from '../../domain/content/content-files';
import type { RegionPackState } from '../../domain/content/region-pack-state';
import { asSystem } from '../db/tenant';
import { loginAs } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { refreshContent } from './live-content';
import { followRelease, publishedVersions } from './pack-store';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** The release's files with every partner of `region` renamed: what an upgrade might ship. */
function releaseWith(files: ContentFiles, region: string, name: string): ContentFiles {
  const copy = structuredClone(files);
  for (const file of copy.partners) for (const p of file.data.partners) if (p.regions.includes(region)) p.name = `${p.name} ${name}`;
  return copy;
}

const newest = async () => new Map((await asSystem(t.database.db, publishedVersions)).map((r) => [r.region, r]));

// ADR 28 after ADR 23: an upgrade follows a region without edits of its own and never overwrites one with them.
describe('a release that ships changed content', () => {
  it('is followed by a region without own edits, and waits for a region with them', async () => {
    const regio = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['regiobeheerder'] });
    const url = '/api/v1/regions/eenheid-den-haag/pack';
    const state = (await t.app.inject({ url, headers: regio.headers })).json<RegionPackState>();
    const edited = structuredClone(state.published.pack);
    edited.partners[0]!.name = 'Eigen naam van de regio';
    await t.app.inject({ method: 'PUT', url: `${url}/draft`, headers: regio.headers, payload: { pack: edited, basedOn: 1 } });
    expect((await t.app.inject({ method: 'POST', url: `${url}/publish`, headers: regio.headers, payload: { reason: 'eigen wijziging' } })).statusCode).toBe(200);

    const source = t.services.contentSource!;
    const release = releaseWith(releaseWith(source.files, 'rotterdam-rijnmond', '(release 2)'), 'eenheid-den-haag', '(release 2)');
    const warnings: unknown[] = [];
    const logger = { info: () => {}, error: () => {}, warn: (o: unknown) => warnings.push(o) };
    await followRelease(t.database.db, release, 'release-2', new Date(), logger);
    // Twice, as two instances starting together would: the second finds nothing to do.
    await followRelease(t.database.db, release, 'release-2', new Date(), { ...logger, warn: () => {} });

    const versions = await newest();
    expect(versions.get('rotterdam-rijnmond')).toMatchObject({ version: 2, kind: 'release', reason: 'uit release release-2', publishedBy: 'Signaalroute' });
    expect(versions.get('eenheid-den-haag')).toMatchObject({ version: 2, kind: 'edit' });
    expect(versions.get('hart-van-brabant')).toMatchObject({ version: 1, kind: 'initial' });
    expect(warnings).toEqual([{ region: 'eenheid-den-haag', version: 2 }]);

    // The regiobeheerder sees that a release waits; a region that followed it does not.
    expect((await t.app.inject({ url, headers: regio.headers })).json<RegionPackState>().releaseWaiting).toBe(false);
    t.services.contentSource!.files = release; // as the next start would have it
    expect((await t.app.inject({ url, headers: regio.headers })).json<RegionPackState>().releaseWaiting).toBe(true);
    const rotterdam = await loginAs(t.database.db, { municipality: 'GM0599', roles: ['regiobeheerder'] });
    expect((await t.app.inject({ url: '/api/v1/regions/rotterdam-rijnmond/pack', headers: rotterdam.headers })).json<RegionPackState>().releaseWaiting).toBe(false);

    expect(await refreshContent(t.services)).toBe(true);
    const names = (region: string) => t.services.content.partners(region, 'nl').filter((p) => p.regions.includes(region)).map((p) => p.name);
    expect(names('rotterdam-rijnmond').every((n) => n.endsWith('(release 2)'))).toBe(true);
    expect(names('eenheid-den-haag')).toContain('Eigen naam van de regio');
    expect(names('eenheid-den-haag').some((n) => n.endsWith('(release 2)'))).toBe(false);
  });
});

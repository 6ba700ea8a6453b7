import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionPack } from '../../domain/content/region-pack-schema';
import type { PackDiff, PackVersionSummary, RegionPackState } from '../../domain/content/region-pack-state';
import type { App } from '../http/types';
import { allAuditRecords, loginAs, type TestLogin } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';

const REGION = 'eenheid-den-haag';
const MAP = 'den-haag-persoon';
const NEW_TEXT = 'Is er nu direct gevaar voor iemand? (gewijzigd door de regio)';

let t: TestApp;
let app: App;
let regio: TestLogin;
let otherRegio: TestLogin;
let medewerker: TestLogin;

beforeAll(async () => {
  t = await createTestApp();
  app = t.app;
  regio = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['regiobeheerder'] });
  otherRegio = await loginAs(t.database.db, { municipality: 'GM0599', roles: ['regiobeheerder'] });
  medewerker = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['medewerker'] });
});
afterAll(() => t?.close());

const url = (path = '') => `/api/v1/regions/${REGION}/pack${path}`;
const state = async (login: TestLogin = regio) => (await app.inject({ url: url(), headers: login.headers })).json<RegionPackState>();
const put = (pack: unknown, basedOn: number, login = regio) => app.inject({ method: 'PUT', url: url('/draft'), headers: login.headers, payload: { pack, basedOn } });
const publish = (reason: string, login = regio) => app.inject({ method: 'POST', url: url('/publish'), headers: login.headers, payload: { reason } });
const firstQuestion = async () => (await app.inject({ url: `/api/v1/routemaps/${MAP}` })).json<{ start: string; nodes: Record<string, { text: string }> }>();
const questionText = async () => {
  const map = await firstQuestion();
  return map.nodes[map.start]!.text;
};

/** The pack with the first question of the map reworded. */
function withText(pack: RegionPack, text: string): RegionPack {
  const copy = structuredClone(pack);
  const map = copy.routemaps.find((m) => m.id === MAP)!;
  const node = map.nodes.find((n) => n.id === map.start)!;
  if (node.type === 'question') node.text = { nl: text };
  return copy;
}

describe('region content as versioned data', () => {
  it('starts from the release: version 1 "initial", served as before', async () => {
    const s = await state();
    expect(s.published).toMatchObject({ version: 1, kind: 'initial', publishedBy: 'Signaalroute', restoredFrom: null });
    expect(s.draft).toBeNull();
    expect(s.problems).toEqual([]);
    expect(s.context.regions.data.regions.map((r) => r.id)).toContain('landelijk');
  });

  it('publishes a draft: this instance serves the new text at once, with history, diff and audit', async () => {
    const before = await questionText();
    const s = await state();
    const saved = await put(withText(s.published.pack, NEW_TEXT), 1);
    expect(saved.statusCode).toBe(200);
    expect(saved.json<RegionPackState>().draft).toMatchObject({ basedOn: 1 });
    // Not served before it is published.
    expect(await questionText()).toBe(before);

    const published = await publish('Vraag duidelijker gemaakt');
    expect(published.statusCode).toBe(200);
    expect(published.json<RegionPackState>()).toMatchObject({ draft: null, published: { version: 2, kind: 'edit', reason: 'Vraag duidelijker gemaakt' } });
    expect(await questionText()).toBe(NEW_TEXT);

    const versions = (await app.inject({ url: url('/versions'), headers: regio.headers })).json<{ versions: PackVersionSummary[] }>().versions;
    expect(versions.map((v) => [v.version, v.kind])).toEqual([
      [2, 'edit'],
      [1, 'initial'],
    ]);
    expect(versions[0]!.publishedBy).toMatch(/^Test regiobeheerder/);

    const diff = (await app.inject({ url: url('/diff?from=1&to=2'), headers: regio.headers })).json<PackDiff>();
    const start = (await firstQuestion()).start;
    expect(diff.changes).toEqual([
      { part: 'node', id: `${MAP}/${start}`, change: 'changed', label: NEW_TEXT, fields: [{ field: 'text', before: expect.anything(), after: { nl: NEW_TEXT } }] },
    ]);

    const actions = (await allAuditRecords(t.database.db)).filter((r) => r.action.startsWith('region-pack.')).map((r) => [r.action, r.actor_user_id]);
    expect(actions).toEqual([
      ['region-pack.save-draft', regio.userId],
      ['region-pack.publish', regio.userId],
    ]);
  });

  it('keeps a draft with problems, but does not publish it', async () => {
    const s = await state();
    const broken = structuredClone(s.published.pack);
    broken.partners[0]!.contacts[0]!.phone = '12345';
    const saved = await put(broken, s.published.version);
    expect(saved.statusCode).toBe(200);
    expect(saved.json<RegionPackState>().problems.length).toBeGreaterThan(0);
    const refused = await publish('kapot nummer');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.id).toBe('region-pack-problems');
    expect(refused.json().error.details.problems[0].path.slice(0, 2)).toEqual(['partners', '0']);
    expect((await state()).published.version).toBe(2);
    expect((await app.inject({ method: 'DELETE', url: url('/draft'), headers: regio.headers })).json<RegionPackState>().draft).toBeNull();
  });

  it("does not publish another region's pack in this region's place", async () => {
    const s = await state();
    const foreign = { ...structuredClone(s.published.pack), region: s.context.regions.data.regions.find((r) => r.id === 'rotterdam-rijnmond')! };
    expect((await put(foreign, s.published.version)).json<RegionPackState>().problems).toContainEqual(expect.objectContaining({ path: ['region', 'id'], message: 'dit is het pakket van regio "rotterdam-rijnmond", niet van "eenheid-den-haag"' }));
    expect((await publish('verkeerde regio')).json().error.id).toBe('region-pack-problems');
    await app.inject({ method: 'DELETE', url: url('/draft'), headers: regio.headers });
  });

  it('refuses a draft begun on a version that is no longer the published one', async () => {
    const s = await state();
    expect((await put(withText(s.published.pack, 'Een oud concept'), 1)).statusCode).toBe(200);
    const refused = await publish('over een nieuwere versie heen');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ id: 'region-pack-stale', details: { basedOn: 1, published: 2 } });
    expect(await questionText()).toBe(NEW_TEXT);
  });

  it('rolls back to an earlier version as a new version', async () => {
    const original = (await app.inject({ url: url('/versions/1'), headers: regio.headers })).json<{ pack: RegionPack }>().pack;
    const res = await app.inject({ method: 'POST', url: url('/rollback'), headers: regio.headers, payload: { version: 1, reason: 'terug naar de tekst van de release' } });
    expect(res.statusCode).toBe(200);
    expect(res.json<RegionPackState>().published).toMatchObject({ version: 3, kind: 'rollback', restoredFrom: 1 });
    const map = original.routemaps.find((m) => m.id === MAP)!;
    const text = map.nodes.find((n) => n.id === map.start)! as { text: string | { nl: string } };
    expect(await questionText()).toBe(typeof text.text === 'string' ? text.text : text.text.nl);
  });

  it('imports a file as the draft, refusing broken YAML with its line and unknown format versions', async () => {
    const exported = await app.inject({ url: url('/export'), headers: regio.headers });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain(`regiopakket-${REGION}-v3.yaml`);
    const yaml = exported.body;
    const imported = await app.inject({ method: 'POST', url: url('/import'), headers: regio.headers, payload: { text: yaml.replace(NEW_TEXT, 'Uit een bestand') } });
    expect(imported.statusCode).toBe(200);
    expect(imported.json<RegionPackState>().draft).toMatchObject({ basedOn: 3 });
    expect(imported.json<RegionPackState>().problems).toEqual([]);

    const badYaml = await app.inject({ method: 'POST', url: url('/import'), headers: regio.headers, payload: { text: 'formatVersion: 1\nregion:\n  id: x\n   name: y\n' } });
    expect(badYaml.statusCode).toBe(400);
    expect(badYaml.json().error.message).toMatch(/regel \d+/);
    const future = await app.inject({ method: 'POST', url: url('/import'), headers: regio.headers, payload: { text: yaml.replace('formatVersion: 1', 'formatVersion: 2') } });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.message).toContain('formatVersion 2 is onbekend');
  });

  it('is for the regiobeheerder of the region only', async () => {
    expect((await app.inject({ url: url() })).statusCode).toBe(401);
    expect((await app.inject({ url: url(), headers: otherRegio.headers })).statusCode).toBe(403);
    expect((await app.inject({ url: url(), headers: medewerker.headers })).statusCode).toBe(403);
    expect((await publish('niet mijn regio', otherRegio)).statusCode).toBe(403);
  });

  it('refuses absurd bodies', async () => {
    const deep = JSON.stringify({ pack: JSON.parse('['.repeat(100) + ']'.repeat(100)), basedOn: 1 });
    const res = await app.inject({ method: 'PUT', url: url('/draft'), headers: { ...regio.headers, 'content-type': 'application/json' }, payload: deep });
    expect(res.statusCode).toBe(400);
    const huge = await app.inject({ method: 'POST', url: url('/import'), headers: regio.headers, payload: { text: 'x'.repeat(600_000) } });
    expect(huge.statusCode).toBe(400);
    // Beyond the app's 1 MB for any JSON body (the national pack, the largest, is some 50 kB): 413.
    const tooLarge = await put({ padding: 'x'.repeat(1_100_000) }, 1);
    expect(tooLarge.statusCode).toBe(413);
  });
});

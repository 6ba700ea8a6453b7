import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionPackState } from '../../domain/content/region-pack-state';
import { loginAs } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';

const onServer = process.env.TEST_DB === 'postgres' && Boolean(process.env.TEST_DATABASE_URL);
const NEW_NAME = 'Zorg- en Veiligheidshuis (nieuw nummer, uit de andere server)';

let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  if (!onServer) return;
  first = await createTestApp();
  second = await createTestApp({ instanceOf: first });
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

/** The partner names the public partner list of the region shows on an instance. */
const partnerNames = async (t: TestApp) =>
  (await t.app.inject({ url: '/api/v1/partners?region=eenheid-den-haag' })).json<{ id: string; name: string }[]>().map((p) => p.name);

// Two app instances on one PostgreSQL server: a publication on one is served by the other without
// a restart (LISTEN/NOTIFY; ADR 28). PGlite is one process, so there is no second instance there.
describe.skipIf(!onServer)('a publication on two instances', () => {
  it('is served by the other instance within seconds', async () => {
    const regio = await loginAs(first.database.db, { municipality: 'GM0546', roles: ['regiobeheerder'] });
    const url = '/api/v1/regions/eenheid-den-haag/pack';
    const state = (await first.app.inject({ url, headers: regio.headers })).json<RegionPackState>();
    const pack = structuredClone(state.published.pack);
    pack.partners[0]!.name = NEW_NAME;
    expect((await first.app.inject({ method: 'PUT', url: `${url}/draft`, headers: regio.headers, payload: { pack, basedOn: state.published.version } })).statusCode).toBe(200);
    expect(await partnerNames(second)).not.toContain(NEW_NAME);
    expect((await first.app.inject({ method: 'POST', url: `${url}/publish`, headers: regio.headers, payload: { reason: 'Nieuwe naam' } })).statusCode).toBe(200);
    expect(await partnerNames(first)).toContain(NEW_NAME);
    // No timing assertion: the other instance shows it well before the test's time-out.
    await expect.poll(() => partnerNames(second), { timeout: 10_000, interval: 50 }).toContain(NEW_NAME);
  });
});

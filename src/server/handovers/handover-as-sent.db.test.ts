import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionPackState } from '../../domain/content/region-pack-state';
import { loginAs } from '../test-support/login-as';
import { handoverCase, postHandover } from '../test-support/handover-fixtures';
import { createTestApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

// ADR 28: the region's pack renames a partner; a handover made before keeps the name it was sent to.
describe('a handover after the partner was renamed', () => {
  it('names the partner as it was when the signal was handed over', async () => {
    const { af, signal } = await handoverCase(t);
    expect((await postHandover(t.app, af, signal.id, { partnerId: 'shop', contactId: 'shop', parts: ['forms'], channel: 'phone' })).statusCode).toBe(201);
    const before = (await t.app.inject({ url: `/api/v1/signals/${signal.id}`, headers: af.headers })).json<{ handovers: { partnerName: string }[] }>().handovers[0]!.partnerName;

    // The regiobeheerder of Leiden's region renames SHOP.
    const regio = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['regiobeheerder'] });
    const url = '/api/v1/regions/eenheid-den-haag/pack';
    const state = (await t.app.inject({ url, headers: regio.headers })).json<RegionPackState>();
    const pack = structuredClone(state.published.pack);
    pack.partners.find((p) => p.id === 'shop')!.name = 'Een nieuwe naam voor SHOP';
    await t.app.inject({ method: 'PUT', url: `${url}/draft`, headers: regio.headers, payload: { pack, basedOn: state.published.version } });
    expect((await t.app.inject({ method: 'POST', url: `${url}/publish`, headers: regio.headers, payload: { reason: 'nieuwe naam' } })).statusCode).toBe(200);

    const after = (await t.app.inject({ url: `/api/v1/signals/${signal.id}`, headers: af.headers })).json<{ handovers: { partnerName: string }[] }>().handovers[0]!.partnerName;
    expect(after).toBe(before);
    expect(after).not.toBe('Een nieuwe naam voor SHOP');
  });
});

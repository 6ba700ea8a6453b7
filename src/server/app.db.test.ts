import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentVersions, municipalities } from './db/schema';
import { createTestApp, type TestApp } from './test-support/test-app';

let t: TestApp;
let webDir: string;

beforeAll(async () => {
  // A minimal built front end, to check that client-side routes get index.html.
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'signaalroute-web-'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Signaalroute</title><div id="root"></div>');
  t = await createTestApp({ webDir });
});

afterAll(async () => {
  await t?.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

describe('application', () => {
  it('reports health with the database kind under test', async () => {
    const res = await t.app.inject('/api/v1/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite' });
  });

  it('stores the municipalities and the loaded content version in the database', async () => {
    const rows = await t.database.db.select().from(municipalities);
    expect(rows.length).toBe(t.content.municipalities.length);
    expect(rows.find((r) => r.code === 'GM0546')).toMatchObject({ name: 'Leiden', region: 'eenheid-den-haag', subregion: 'hollands-midden' });
    const versions = await t.database.db.select().from(contentVersions);
    expect(versions.map((v) => v.version)).toEqual([t.content.version]);
  });

  it('lists every Dutch municipality with its region; those outside a region fall back to the national map', async () => {
    const list = (await t.app.inject('/api/v1/municipalities')).json() as { code: string; region: string; subregion: string | null }[];
    expect(list.length).toBeGreaterThanOrEqual(340);
    expect(new Set(list.map((m) => m.code)).size).toBe(list.length);
    expect(list.find((m) => m.code === 'GM0518')).toMatchObject({ region: 'eenheid-den-haag', subregion: 'haaglanden' });
    expect(list.find((m) => m.code === 'GM0599')?.region).toBe('rotterdam-rijnmond');
    expect(list.find((m) => m.code === 'GM0855')?.region).toBe('hart-van-brabant');
    expect(list.find((m) => m.code === 'GM0363')?.region).toBe('landelijk');
  });

  it('gives each municipality its common names and finds it by them, whatever the spelling', async () => {
    const list = (await t.app.inject('/api/v1/municipalities')).json() as { code: string; aliases: string[] }[];
    expect(list.find((m) => m.code === 'GM0518')?.aliases).toContain('Den Haag');
    expect(list.find((m) => m.code === 'GM0796')?.aliases).toContain('Den Bosch');
    const search = async (q: string) =>
      ((await t.app.inject({ url: '/api/v1/municipalities', query: { q } })).json() as { code: string }[]).map((m) => m.code);
    expect(await search('Den Haag')).toEqual(['GM0518']);
    expect(await search('den bosch')).toEqual(['GM0796']);
    expect(await search('sgravenhage')).toEqual(['GM0518']);
    expect(await search('Sudwest Fryslan')).toEqual(['GM1900']);
    expect(await search('Hengelo (O)')).toEqual(['GM0164']);
    expect(await search('Dantumadeel')).toEqual(['GM1891']);
  });

  it('lists a region’s partners together with the national ones', async () => {
    const partners = (await t.app.inject('/api/v1/partners?region=rotterdam-rijnmond')).json() as { regions: string[]; contacts: { phone: string | null }[] }[];
    expect(partners.some((p) => p.regions.includes('rotterdam-rijnmond'))).toBe(true);
    expect(partners.some((p) => p.regions.length === 0)).toBe(true);
    expect(partners.some((p) => p.regions.includes('eenheid-den-haag') && !p.regions.includes('rotterdam-rijnmond'))).toBe(false);
    expect((await t.app.inject('/api/v1/partners?region=atlantis')).statusCode).toBe(400);
  });

  it('flags contact details that were repaired from damaged seed text', async () => {
    const partners = (await t.app.inject('/api/v1/partners?region=eenheid-den-haag')).json() as {
      contacts: { email: string | null; unverified: string | null }[];
    }[];
    const repaired = partners.flatMap((p) => p.contacts).filter((c) => c.unverified);
    expect(repaired.length).toBeGreaterThan(0);
    for (const c of repaired.filter((c) => c.email)) expect(c.email).not.toMatch(/\s/);
  });

  it('serves the knowledge: four forms with signals, risk groups, sectors, tips, meldcode and step plan', async () => {
    const k = (await t.app.inject('/api/v1/knowledge')).json();
    expect(k.forms.map((f: { id: string }) => f.id).sort()).toEqual(['criminal', 'labour', 'organ', 'sexual']);
    for (const form of k.forms) expect(form.signals.length).toBeGreaterThan(0);
    expect(k.riskGroups.length).toBeGreaterThan(0);
    expect(k.sectors.length).toBeGreaterThan(0);
    expect(k.conversation.promoting.length).toBeGreaterThan(0);
    expect(k.meldcode.steps).toHaveLength(5);
    expect(k.stepPlan.steps).toHaveLength(6);
  });

  it('publishes an OpenAPI 3.1 document generated from the request schemas', async () => {
    const doc = (await t.app.inject('/api/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const walkOp = doc.paths['/api/v1/routemaps/{id}/walk'].post;
    const body = walkOp.requestBody.content['application/json'].schema;
    const resolved = body.$ref ? doc.components.schemas[body.$ref.split('/').pop()] : body;
    expect(Object.keys(resolved.properties)).toEqual(expect.arrayContaining(['answers', 'municipality']));
    for (const p of ['/api/v1/health', '/api/v1/routemaps', '/api/v1/routemaps/{id}', '/api/v1/municipalities']) expect(doc.paths[p]).toBeDefined();
  });

  it('sends strict security headers and no caching of API answers', async () => {
    const res = await t.app.inject('/api/v1/routemaps');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('serves the front end for client-side routes and a Dutch 404 for unknown API paths', async () => {
    const page = await t.app.inject('/routekaart/den-haag-persoon?antwoorden=no');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root">');
    const api = await t.app.inject('/api/v1/bestaat-niet');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.message).toContain('bestaat niet');
  });
});

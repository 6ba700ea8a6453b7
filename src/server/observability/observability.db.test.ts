import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app';
import { loginAs } from '../test-support/login-as';

const TOKEN = 'scraper-token-of-the-it-department';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ metricsToken: TOKEN });
});
afterAll(() => t?.close());

const scrape = (authorization?: string) => t.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });

describe('readiness and metrics', () => {
  it('is ready when the database answers, the schema is current and the content is loaded', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', database: t.database.kind, checks: { database: true, migrations: true, content: true } });
  });

  it('serves metrics only to the scraper with the token', async () => {
    expect((await scrape()).statusCode).toBe(401);
    expect((await scrape('Bearer wrong')).statusCode).toBe(401);
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain('signaalroute_process_cpu_seconds_total');
    expect(res.body).toContain('signaalroute_job_failures_open 0');
    if (t.database.kind === 'postgres') expect(res.body).toMatch(/signaalroute_db_pool_connections\{state="total"\} \d+/);
  });

  it('counts requests by route pattern, never by an id or query, and failed logins by their audit record', async () => {
    const af = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['aandachtsfunctionaris'] });
    const id = crypto.randomUUID();
    await t.app.inject({ method: 'GET', url: `/api/v1/signals/${id}?zoek=Piotr`, headers: af.headers });
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'niemand@leiden.example', password: 'fout-wachtwoord-123' } });
    const { body } = await scrape(`Bearer ${TOKEN}`);
    expect(body).toMatch(/signaalroute_http_requests_total\{method="GET",route="\/api\/v1\/signals\/:id",status="404"\} 1/);
    expect(body).toMatch(/signaalroute_http_request_duration_seconds_bucket\{le="[\d.]+",method="GET",route="\/api\/v1\/signals\/:id"\}/);
    expect(body).toMatch(/signaalroute_audit_records_total\{action="login",result="failure"\} 1/);
    expect(body).not.toContain(id);
    expect(body).not.toContain('Piotr');
    expect(body).not.toContain('niemand');
  });

  it('serves no metrics at all without a token configured', async () => {
    const plain = await createTestApp();
    try {
      expect((await plain.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer x' } })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it('is not ready when the database is gone', async () => {
    const gone = await createTestApp();
    await gone.database.close().catch(() => undefined);
    const res = await gone.app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'not-ready', checks: { database: false } });
    await gone.app.close();
  });
});

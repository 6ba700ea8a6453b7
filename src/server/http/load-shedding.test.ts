import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../auth/cookies';
import { installErrorHandler } from './error-handler';
import { admits, installLoadShedding } from './load-shedding';

describe('admitting requests under load', () => {
  it('lets anonymous requests take at most half of the capacity and signed-in ones three quarters, so neither starves the other', () => {
    expect(admits({ all: 3, anonymous: 3 }, false, 8)).toBe(true);
    expect(admits({ all: 4, anonymous: 4 }, false, 8)).toBe(false);
    expect(admits({ all: 4, anonymous: 4 }, true, 8)).toBe(true);
    expect(admits({ all: 5, anonymous: 0 }, true, 8)).toBe(true);
    expect(admits({ all: 6, anonymous: 0 }, true, 8)).toBe(false);
    expect(admits({ all: 6, anonymous: 0 }, false, 8)).toBe(true);
    expect(admits({ all: 8, anonymous: 2 }, false, 8)).toBe(false);
    expect(admits({ all: 0, anonymous: 0 }, false, 1)).toBe(true);
    expect(admits({ all: 0, anonymous: 0 }, true, 1)).toBe(true);
  });

  it('answers requests above the limit at once with 503, Retry-After and a Dutch message, and takes new ones when the running ones are done', async () => {
    const app = Fastify();
    installErrorHandler(app);
    installLoadShedding(app, 4);
    const release: (() => void)[] = [];
    app.get('/api/v1/slow', () => new Promise((resolve) => release.push(() => resolve({ ok: true }))));
    app.get('/api/v1/quick', async () => ({ ok: true }));
    app.get('/api/v1/health', async () => ({ status: 'ok' }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const get = (path: string, signedIn = false) => fetch(`${url}${path}`, { headers: signedIn ? { cookie: `${SESSION_COOKIE}=x` } : {} });
    try {
      const anonymous = [get('/api/v1/slow'), get('/api/v1/slow')];
      await expect.poll(() => release.length).toBe(2);
      const refused = await get('/api/v1/slow');
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/erg druk.*niets opgeslagen.*5 seconden/);
      // Signed-in users still get the other half; the health check is never refused.
      const members = [get('/api/v1/slow', true), get('/api/v1/slow', true)];
      await expect.poll(() => release.length).toBe(4);
      expect((await get('/api/v1/slow', true)).status).toBe(503);
      expect((await get('/api/v1/health')).status).toBe(200);
      for (const done of release.splice(0)) done();
      expect((await Promise.all([...anonymous, ...members])).map((r) => r.status)).toEqual([200, 200, 200, 200]);
      // Their places are free again, the anonymous ones too.
      expect((await Promise.all([get('/api/v1/quick'), get('/api/v1/quick'), get('/api/v1/quick', true)])).map((r) => r.status)).toEqual([200, 200, 200]);
    } finally {
      for (const done of release) done();
      await app.close();
    }
  });
});

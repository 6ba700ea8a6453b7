import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../logger';
import { createTestApp, type TestApp } from '../test-support/test-app';

/** The request log (request-log.ts): one line per request, with the server's own logger options. */

let t: TestApp;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  t = await createTestApp({ logger: pino(loggerOptions('info'), stream) });
});

afterAll(() => t?.close());

describe('the request log', () => {
  it('writes one line per request: id, method, route pattern, status and duration, without the query string', async () => {
    lines.length = 0;
    const res = await t.app.inject({ url: '/api/v1/routemaps/den-haag-persoon?zoek=jan.jansen@example.org' });
    expect(res.statusCode).toBe(200);
    await t.app.inject({ url: '/api/v1/bestaat-niet/jan.jansen?email=jan.jansen@example.org' });
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, reqId: expect.any(String), method: 'GET', route: '/api/v1/routemaps/:id', status: 200, ms: expect.any(Number) }),
      expect.objectContaining({ level: 30, method: 'GET', route: '/api/v1/bestaat-niet/jan.jansen', status: 404 }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('example.org');
  });

  it('still redacts what other lines of a request hold', async () => {
    lines.length = 0;
    t.app.log.info({ user: { email: 'jan.jansen@example.org', name: 'Jan Jansen' } }, 'een regel met persoonsgegevens');
    expect(lines[0]).toMatchObject({ user: { email: '[verwijderd]', name: '[verwijderd]' } });
  });
});

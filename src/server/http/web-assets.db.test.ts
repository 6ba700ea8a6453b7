import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../../scripts/precompress';
import { createTestApp, type TestApp } from '../test-support/test-app';

// A small built front end made like the real one: an index.html, a hashed script and font, and
// the brotli and gzip variants written by the build's own precompress step.
const INDEX = `<!doctype html><html lang="nl"><title>Signaalroute</title><script type="module" src="/assets/app-Ab12Cd34.js"></script>${'<!-- padding -->'.repeat(40)}<div id="root"></div></html>`;
const SCRIPT = `export const texts = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `tekst nummer ${i}`))};\n`;
const FONT = Buffer.from([0x77, 0x4f, 0x46, 0x32, ...Array.from({ length: 64 }, (_, i) => (i * 37) % 256)]);
const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'strict-transport-security'];

let t: TestApp;
let webDir: string;
let port: number;

beforeAll(async () => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'signaalroute-web-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(webDir, 'assets/app-Ab12Cd34.js'), SCRIPT);
  fs.writeFileSync(path.join(webDir, 'assets/font-Ef56Gh78.woff2'), FONT);
  await precompressDir(webDir);
  t = await createTestApp({ webDir });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as net.AddressInfo).port;
});

afterAll(async () => {
  await t?.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

const decode: Record<string, (b: Buffer) => Buffer> = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync, identity: (b) => b };

describe('built front end', () => {
  it('sends each file in the encoding the browser accepts, decoding to the same bytes', async () => {
    for (const [url, original, type] of [
      ['/assets/app-Ab12Cd34.js', SCRIPT, 'application/javascript; charset=utf-8'],
      ['/', INDEX, 'text/html; charset=utf-8'],
      ['/routekaart/den-haag-persoon', INDEX, 'text/html; charset=utf-8'],
    ] as const) {
      for (const [accept, expected] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip', 'gzip'],
        ['br;q=0, gzip', 'gzip'],
        ['identity', 'identity'],
        [undefined, 'identity'],
      ] as const) {
        const res = await t.app.inject({ url, headers: accept ? { 'accept-encoding': accept } : {} });
        expect(res.statusCode, `${url} ${accept}`).toBe(200);
        expect(res.headers['content-encoding'] ?? 'identity', `${url} ${accept}`).toBe(expected);
        expect(res.headers['content-type']).toBe(type);
        expect(res.headers.vary).toBe('Accept-Encoding');
        expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
        expect(decode[expected]!(res.rawPayload).toString()).toBe(original);
        if (expected !== 'identity') expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(original));
      }
    }
  });

  it('leaves compressed formats alone and does not serve the variants by their own name', async () => {
    const font = await t.app.inject({ url: '/assets/font-Ef56Gh78.woff2', headers: { 'accept-encoding': 'br, gzip' } });
    expect(font.statusCode).toBe(200);
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.rawPayload.equals(FONT)).toBe(true);
    expect(fs.existsSync(path.join(webDir, 'assets/font-Ef56Gh78.woff2.br'))).toBe(false);
    expect((await t.app.inject('/assets/app-Ab12Cd34.js.br')).statusCode).toBe(404);
  });

  it('lets browsers keep hashed assets for a year and revalidate index.html on every use', async () => {
    for (const url of ['/assets/app-Ab12Cd34.js', '/assets/font-Ef56Gh78.woff2']) {
      expect((await t.app.inject(url)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    for (const url of ['/', '/index.html', '/kennis/signalen?x=1']) {
      const res = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(res.headers['cache-control'], url).toBe('no-cache');
      // Revalidation costs a 304 without a body.
      const again = await t.app.inject({ url, headers: { 'accept-encoding': 'br', 'if-none-match': String(res.headers.etag) } });
      expect(again.statusCode, url).toBe(304);
      expect(again.rawPayload.length).toBe(0);
    }
  });

  it('answers HEAD like GET, without a body (uptime monitors)', async () => {
    for (const url of ['/', '/routekaart/den-haag-persoon', '/assets/app-Ab12Cd34.js']) {
      for (const accept of ['br', 'identity']) {
        const get = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': accept } });
        const head = await t.app.inject({ method: 'HEAD', url, headers: { 'accept-encoding': accept } });
        expect(head.statusCode, url).toBe(200);
        expect(head.rawPayload.length, url).toBe(0);
        for (const name of ['content-type', 'content-length', 'content-encoding', 'cache-control', 'etag', 'vary', ...SECURITY_HEADERS]) {
          expect(head.headers[name], `${url} ${accept} ${name}`).toBe(get.headers[name]);
        }
      }
    }
  });

  it('answers a missing file with a 404, not with the page', async () => {
    for (const url of ['/assets/missing-Zz99Yy88.js', '/assets/app-Ab12Cd34.css', '/robots.txt', '/favicon.ico']) {
      for (const method of ['GET', 'HEAD'] as const) {
        const res = await t.app.inject({ method, url });
        expect(res.statusCode, `${method} ${url}`).toBe(404);
        expect(res.headers['content-type']).toContain('application/json');
        if (method === 'GET') expect(res.json().error).toEqual({ id: 'not-found', message: `Het adres ${url} bestaat niet.` });
      }
    }
    const api = await t.app.inject({ method: 'HEAD', url: '/api/v1/bestaat-niet' });
    expect(api.statusCode).toBe(404);
    expect((await t.app.inject('/api/v1/bestaat-niet')).json().error.id).toBe('not-found');
  });
});

/** One request as raw bytes over TCP, so what Node's HTTP parser refuses is answered as in production. */
function rawRequest(request: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString();
      const [head = '', body = ''] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
    });
  });
}

describe('requests refused before they reach a route', () => {
  it('answers a malformed URL with our security headers and a Dutch error', async () => {
    for (const url of ['/%', '/api/v1/routemaps/%E0%A4%A', '/routekaart/%zz']) {
      const res = await rawRequest(`GET ${url} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
      expect(res.status, url).toBe(400);
      for (const name of SECURITY_HEADERS) expect(res.headers[name], `${url} ${name}`).toBeTruthy();
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(res.body)).toEqual({ error: { id: 'bad-url', message: expect.stringContaining('Dit webadres is ongeldig') } });
    }
  });

  it('answers headers too large for the parser (431) the same way', async () => {
    const res = await rawRequest(`GET / HTTP/1.1\r\nHost: localhost\r\nCookie: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(res.status).toBe(431);
    for (const name of SECURITY_HEADERS) expect(res.headers[name], name).toBeTruthy();
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    expect(JSON.parse(res.body)).toEqual({ error: { id: 'headers-too-large', message: expect.stringContaining('cookies') } });
  });

  it('answers a request the parser cannot read at all with a 400 in our format', async () => {
    const res = await rawRequest('THIS IS NOT HTTP\r\n\r\n');
    expect(res.status).toBe(400);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(res.body).error.id).toBe('bad-request');
  });
});

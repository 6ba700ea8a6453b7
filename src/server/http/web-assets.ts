import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './types';

const VARIANT = /\.(?:br|gz)$/;

/**
 * Serves the built front end (dist/web). The build wrote brotli and gzip variants beside each text
 * file (scripts/precompress.mjs); @fastify/static picks one by Accept-Encoding. Vite puts a content
 * hash in every name under assets/, so those are cached for good; everything else, index.html
 * above all, is revalidated on each use so a new release shows at once.
 */
export function serveWeb(app: App, webDir: string): void {
  // Files with variants answer differently per Accept-Encoding; caches must know (Vary).
  const negotiated = new Set<string>();
  for (const name of fs.readdirSync(webDir, { recursive: true }) as string[]) {
    if (VARIANT.test(name)) negotiated.add(path.join(webDir, name)).add(path.join(webDir, name.replace(VARIANT, '')));
  }
  const hashedDir = path.join(webDir, 'assets') + path.sep;
  void app.register(fastifyStatic, {
    root: webDir,
    index: false,
    wildcard: false,
    preCompressed: true,
    // The variants are reached through negotiation only, not by their own URL.
    globIgnore: ['**/*.br', '**/*.gz'],
    // Our own Cache-Control below; send's default (max-age=0) would override it.
    cacheControl: false,
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', filePath.startsWith(hashedDir) ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (negotiated.has(filePath)) res.setHeader('vary', 'Accept-Encoding');
    },
  });
}

/**
 * Whether a path the router does not know is a page of the front end, answered with index.html
 * (client-side routing): GET or HEAD, outside the API, and not a file name (a missing
 * /assets/x.js must be a 404, not a page that the browser then fails to run as a script).
 */
export function isClientRoute(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = request.url.split('?')[0]!;
  return !pathname.startsWith('/api/') && !/\.[^/]*$/.test(pathname);
}

/** index.html for a client-side route, negotiated and cached like the file itself. */
export function sendIndexHtml(reply: FastifyReply): FastifyReply {
  return reply.sendFile('index.html');
}

import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text formats worth compressing; fonts (woff, woff2) and images are compressed formats already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|map|txt|xml|webmanifest)$/;

/**
 * Writes `x.br` (brotli, best quality) and `x.gz` (gzip level 9) beside every compressible file
 * under `dir`, once at build time, so the server only picks a file per request. A variant that
 * would not be smaller is left out; the server then sends the original.
 */
export async function precompressDir(dir: string): Promise<void> {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).map((name) => path.join(dir, name)).filter((file) => COMPRESSIBLE.test(file));
  // zlib's asynchronous calls run on the thread pool: all cores share the work.
  await Promise.all(files.map(precompressFile));
}

async function precompressFile(file: string): Promise<void> {
  const original = fs.readFileSync(file);
  const variants = await Promise.all([
    brotli(original, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    }).then((bytes) => ({ bytes, extension: '.br' })),
    gzip(original, { level: zlib.constants.Z_BEST_COMPRESSION }).then((bytes) => ({ bytes, extension: '.gz' })),
  ]);
  for (const { bytes, extension } of variants) {
    if (bytes.length < original.length) fs.writeFileSync(file + extension, bytes);
  }
}

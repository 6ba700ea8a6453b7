import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT, STAMP, inputHash } from './build-inputs.mjs';

/** Builds the front end (Vite) and the server (esbuild) into dist/. */
export async function buildAll({ quiet = false } = {}) {
  const started = Date.now();
  const say = quiet ? () => {} : console.log;
  say('Signaalroute wordt gebouwd…');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  await build({
    entryPoints: [path.join(ROOT, 'src/server/main.ts'), path.join(ROOT, 'src/server/cli.ts')].filter((p) => fs.existsSync(p)),
    outdir: path.join(ROOT, 'dist/server'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  // Migrations are applied at start from beside the server bundle.
  fs.cpSync(path.join(ROOT, 'src/server/db/migrations'), path.join(ROOT, 'dist/server/migrations'), { recursive: true });
  fs.writeFileSync(STAMP, inputHash());
  say(`Klaar in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAll();

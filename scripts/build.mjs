import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build, stop as stopEsbuild } from 'esbuild';
import { ROOT, STAMP, inputHash } from './build-inputs.mjs';

/** Builds the front end (Vite) and the server (esbuild) into dist/. */
export async function buildAll({ quiet = false } = {}) {
  const started = Date.now();
  const say = quiet ? () => {} : console.log;
  say('Signaalroute wordt gebouwd…');
  await runStoppable([path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
  await build({
    // The worker threads (the embedded database, password checks) are entries of their own, beside
    // main.js (src/server/threads/thread-calls.ts looks for them there).
    entryPoints: { main: path.join(ROOT, 'src/server/main.ts'), cli: path.join(ROOT, 'src/server/cli.ts'), 'pglite-worker': path.join(ROOT, 'src/server/db/pglite-worker.ts'), 'password-worker': path.join(ROOT, 'src/server/auth/password-worker.ts') },
    outdir: path.join(ROOT, 'dist/server'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  // esbuild's service process would otherwise live as long as this one (`npm start` runs the
  // server in it), and outlive it by seconds when it stops.
  await stopEsbuild();
  // Migrations are applied at start from beside the server bundle.
  fs.cpSync(path.join(ROOT, 'src/server/db/migrations'), path.join(ROOT, 'dist/server/migrations'), { recursive: true });
  fs.writeFileSync(STAMP, inputHash());
  say(`Klaar in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/**
 * Runs a Node script to its end. SIGINT or SIGTERM during it (`npm start` stopped while it builds)
 * stops the script too, and then this process with the same signal: a blocking run would leave the
 * script building on its own after this process is gone.
 */
function runStoppable(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
    let received = null;
    const forward = (signal) => {
      received = signal;
      child.kill(signal);
    };
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const s of ['SIGINT', 'SIGTERM']) process.off(s, forward);
      if (received) process.kill(process.pid, received);
      else if (code === 0) resolve();
      else reject(new Error(`${path.basename(args[0])} ${args[1] ?? ''} failed (${signal ?? code})`));
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAll();

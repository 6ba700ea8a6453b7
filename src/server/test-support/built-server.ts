import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../start';

/**
 * The server as `npm start` runs it (dist/server/main.js) in its own process, for the scripts that
 * measure it from outside: the crash test and the load benchmark.
 */

/** Builds when the sources changed since the last build, as `npm start` does. */
export function buildIfStale(): void {
  execFileSync(
    process.execPath,
    ['--input-type=module', '-e', "const m = await import('./scripts/build-inputs.mjs'); if (!m.buildIsCurrent()) await (await import('./scripts/build.mjs')).buildAll();"],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/**
 * How `npm start` runs the server (package.json: `exec env NAME=value … node --flag … scripts/start.mjs`):
 * its environment and node's flags, so a server started here runs as it does for its users (ADR 36).
 */
export function startScript(): { env: Record<string, string>; nodeArgs: string[] } {
  const script = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const [, assignments = '', flags = ''] = /^exec env ((?:[A-Z_]+=\S+ )*)node ((?:--\S+ )*)scripts\/start\.mjs$/.exec(script) ?? [];
  return {
    env: Object.fromEntries(assignments.trim().split(' ').filter(Boolean).map((pair) => pair.split('=') as [string, string])),
    nodeArgs: flags.trim().split(' ').filter(Boolean),
  };
}

/** Starts the built server with `env` and waits until /api/v1/health answers; `ms` is the time that took. */
export async function startBuiltServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; ms: number }> {
  const port = await freePort();
  const started = performance.now();
  const { env: startEnv, nodeArgs } = startScript();
  const child = spawn(process.execPath, [...nodeArgs, path.join(PROJECT_ROOT, 'dist/server/main.js')], {
    env: { ...process.env, ...startEnv, REMINDER_INTERVAL_SECONDS: '0', RETENTION_INTERVAL_SECONDS: '0', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} on start`);
    const ok = await fetch(`${url}/api/v1/health`).then((r) => r.ok).catch(() => false);
    if (ok) return { child, url, ms: performance.now() - started };
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const killServer = (child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

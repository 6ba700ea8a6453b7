import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIfStale, freePort } from '../src/server/test-support/built-server';
import { PROJECT_ROOT as ROOT } from '../src/server/start';

/**
 * `npm start` and `npm run demo` as a supervisor or a parent script runs them: no terminal, and
 * the signal sent to npm alone (at a terminal, Ctrl-C reaches every process of the group, which
 * hid that npm's shell passes nothing on). Every process of the tree must be gone within 5 s, and
 * the data folder free for the next start. Linux only: it reads the process tree from /proc.
 */

const STOP_WITHIN_MS = 5_000;

/** The pids of `root` and everything below it, from /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Gone while we looked.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  return tree.filter((pid) => parents.has(pid));
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function npmRun(script: 'start' | 'demo', env: Record<string, string>): Promise<{ npm: ChildProcess; url: string }> {
  const port = await freePort();
  const npm = spawn('npm', ['run', '--silent', script], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn', REMINDER_INTERVAL_SECONDS: '0', RETENTION_INTERVAL_SECONDS: '0', ...env, PORT: String(port), HOST: '127.0.0.1' },
  });
  let stderr = '';
  npm.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (npm.exitCode !== null) throw new Error(`npm run ${script} exited with ${npm.exitCode}: ${stderr}`);
    if (await fetch(`${url}/api/v1/health`).then((r) => r.ok, () => false)) return { npm, url };
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends `signal` to npm only; resolves with the processes still running after 5 s, and the time the last one took. */
async function stopAndWait(npm: ChildProcess, signal: NodeJS.Signals): Promise<{ left: number[]; ms: number }> {
  const tree = processTree(npm.pid!);
  const sent = performance.now();
  npm.kill(signal);
  while (tree.some(isAlive) && performance.now() - sent < STOP_WITHIN_MS) await new Promise((r) => setTimeout(r, 50));
  const left = tree.filter(isAlive);
  for (const pid of left) process.kill(pid, 'SIGKILL');
  return { left, ms: performance.now() - sent };
}

describe.runIf(process.platform === 'linux')('stopping npm start and npm run demo without a terminal', () => {
  let scratch: string;
  beforeAll(() => {
    buildIfStale();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'signaalroute-stop-'));
  }, 120_000);
  afterAll(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('npm start stops on SIGTERM and on SIGINT to npm, and starts again on the same data', async () => {
    const dataDir = path.join(scratch, 'data');
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { npm } = await npmRun('start', { DATA_DIR: dataDir });
      const { left } = await stopAndWait(npm, signal);
      expect(left, `still running ${STOP_WITHIN_MS} ms after ${signal}`).toEqual([]);
      expect(fs.existsSync(path.join(dataDir, 'signaalroute.pid')), 'the data folder is still locked').toBe(false);
    }
    // The third start on the same folder proves the second stop left it usable.
    const { npm, url } = await npmRun('start', { DATA_DIR: dataDir });
    expect((await fetch(`${url}/api/v1/health`)).status).toBe(200);
    expect((await stopAndWait(npm, 'SIGTERM')).left).toEqual([]);
  }, 240_000);

  // One signal only: the demo builds its data at every start, which takes long (SIGTERM takes the same path).
  it('npm run demo stops on SIGINT to npm and removes its throw-away data', async () => {
    // The demo keeps its data in a new folder under TMPDIR: here one of the test's own.
    const tmp = path.join(scratch, 'tmp');
    fs.mkdirSync(tmp);
    const { npm } = await npmRun('demo', { TMPDIR: tmp });
    const { left } = await stopAndWait(npm, 'SIGINT');
    expect(left, `still running ${STOP_WITHIN_MS} ms after SIGINT`).toEqual([]);
    expect(fs.readdirSync(tmp).filter((name) => name.startsWith('signaalroute-demo-'))).toEqual([]);
  }, 180_000);
});

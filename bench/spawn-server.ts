import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/server/start';

/**
 * Starts bench/server.ts (or another `script` that prints LISTENING URL on stderr) in a child process; resolves with its URL and a stop function. Its stdout
 * (the log, with BENCH_LOGGER=production) goes to /dev/null, or to BENCH_LOG_FILE, as a log
 * collector would take it: not through this process, which generates the load.
 */
export async function spawnBenchServer(env: Record<string, string> = {}, script = 'bench/server.ts'): Promise<{ url: string; stop(): void }> {
  const out = fs.openSync(process.env.BENCH_LOG_FILE ?? '/dev/null', 'a');
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(PROJECT_ROOT, script)], {
    stdio: ['ignore', out, 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
  fs.closeSync(out);
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      const match = /LISTENING (\S+)/.exec(chunk.toString());
      if (match) resolve(match[1]!);
      else process.stderr.write(chunk);
    });
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

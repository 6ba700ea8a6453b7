import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startScriptEnv } from '../src/server/test-support/built-server';
import { PROJECT_ROOT as ROOT } from '../src/server/start';

/** The server's memory settings (ADR 36) are the same however it is started. */
describe('the environment the server runs with', () => {
  const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it('gives glibc the threshold that returns freed memory, in npm start', () => {
    expect(startScriptEnv()).toEqual({ MALLOC_MMAP_THRESHOLD_: '65536' });
  });

  it('is the same for npm run demo and in the container image', () => {
    for (const [name, value] of Object.entries(startScriptEnv())) {
      expect(scripts.demo).toContain(`${name}=${value}`);
      expect(fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')).toMatch(new RegExp(`^ENV .*\\b${name}=${value}\\b`, 'm'));
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startScript } from '../src/server/test-support/built-server';
import { PROJECT_ROOT as ROOT } from '../src/server/start';

/** The server's memory settings (ADR 36) are the same however it is started. */
describe('how the server is started', () => {
  const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');

  it('gives npm start the memory settings of ADR 36', () => {
    expect(startScript()).toEqual({ env: { MALLOC_MMAP_THRESHOLD_: '65536' }, nodeArgs: ['--max-old-space-size=512'] });
  });

  it('gives npm run demo and the container image the same', () => {
    expect(scripts.demo).toBe(`${scripts.start} --demo`);
    for (const [name, value] of Object.entries(startScript().env)) expect(dockerfile).toMatch(new RegExp(`^ENV .*\\b${name}=${value}\\b`, 'm'));
    expect(dockerfile).toContain(`CMD ["node", ${startScript().nodeArgs.map((arg) => `"${arg}", `).join('')}"dist/server/main.js"]`);
  });
});

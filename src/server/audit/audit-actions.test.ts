import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICIES } from '../../domain/access/policies';
import { AUDIT_ACTIONS } from '../../domain/audit/actions';

const SERVER = path.resolve(import.meta.dirname, '..');

/** Dotted strings in the server's code that are not audit actions (nor policies). */
const NOT_ACTIONS = new Set(['app.municipality', 'signaalroute.retention', 'signaalroute.pid', 'signaalroute.setup', 'req.headers.authorization', 'req.headers.cookie']);
const FILE_NAME = /\.(json|html|yaml|pid)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('audit actions', () => {
  it('are all in the domain list (which the audit screen labels): the server writes no action the screen cannot name', () => {
    const known = new Set<string>([...AUDIT_ACTIONS, ...Object.keys(POLICIES), ...NOT_ACTIONS]);
    const unknown = new Set<string>();
    for (const file of sourceFiles(SERVER)) {
      for (const [, literal] of readFileSync(file, 'utf8').matchAll(/'([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)+)'/g)) {
        if (!known.has(literal!) && !FILE_NAME.test(literal!)) unknown.add(`${literal} (${path.relative(SERVER, file)})`);
      }
    }
    // A new action? Add it to src/domain/audit/actions.ts and give it a label in src/web/i18n.
    expect([...unknown]).toEqual([]);
  });
});

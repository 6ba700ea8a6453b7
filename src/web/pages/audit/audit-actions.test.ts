import { describe, expect, it } from 'vitest';
import en from '../../i18n/admin-pages.en.json';
import nl from '../../i18n/admin-pages.nl.json';
import { actionKey, AUDIT_ACTION_GROUPS, AUDIT_ACTIONS, groupKey } from './audit-actions';

/** The text at a dotted i18n key ("auditActions.user_create"), or undefined. */
function text(resources: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), resources);
}

describe('the audit screen names every action in words', () => {
  for (const [lang, resources] of [
    ['nl', nl],
    ['en', en],
  ] as const) {
    it(`has a ${lang} label for every action the server records and every group, and no code as a label`, () => {
      const missing = [...AUDIT_ACTIONS.map(actionKey), ...AUDIT_ACTION_GROUPS.map(groupKey)].filter((key) => typeof text(resources, key) !== 'string');
      expect(missing).toEqual([]);
      for (const action of AUDIT_ACTIONS) expect(text(resources, actionKey(action)), action).not.toMatch(/[a-z]\.[a-z]/);
    });
  }
});

import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Runs axe (WCAG 2.x A/AA and best practices) and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const problems = results.violations.map(
    (v) => `${where}: ${v.id} (${v.impact ?? ''}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`,
  );
  expect(problems).toEqual([]);
}

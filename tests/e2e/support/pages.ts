import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { WIDTHS } from './browser';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../screenshots');

/**
 * Waits until the page title matches. The title follows the content it names, so reading it
 * once right after the content appears would race.
 */
export async function expectTitle(page: Page, expected: string | RegExp, where = 'titel'): Promise<void> {
  const source = typeof expected === 'string' ? `^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : expected.source;
  try {
    await page.waitForFunction((pattern) => new RegExp(pattern).test(document.title), source, { timeout: 5000 });
  } catch {
    // Fall through to the assertion so the failure shows the title that was there.
  }
  expect(await page.title(), where).toMatch(typeof expected === 'string' ? new RegExp(source) : expected);
}

/** Waits until no loading line is left in the main content. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main [role="status"].sr-loading'));
}

/**
 * Checks the page as it is now at desktop and phone width: one h1, a title, no sideways
 * scrolling, no axe violations; and saves a screenshot of each when named (not with
 * E2E_SCREENSHOTS=off, as in CI, where nobody looks at them). Ends at the width the
 * page had. Long pages and open dialogs read better without `fullPage`.
 */
export async function checkAtBothWidths(page: Page, where: string, screenshot?: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const original = page.viewportSize() ?? { width: WIDTHS.desktop, height: 900 };
  for (const width of Object.values(WIDTHS)) {
    await page.setViewportSize({ width, height: 900 });
    await settled(page);
    expect(await page.locator('h1').count(), `${where}: één h1`).toBe(1);
    await expectTitle(page, / – Signaalroute$/, `${where}: titel`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${where} @${width} schuift horizontaal`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, `${where} @${width}`);
    if (screenshot && process.env.E2E_SCREENSHOTS !== 'off') {
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      // Without fullPage the picture is of the viewport: show the top of the page.
      if (options.fullPage === false) await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${screenshot}-${width}.png`), fullPage: options.fullPage ?? true });
    }
  }
  await page.setViewportSize(original);
}

/** Fills in the login form and submits it. */
export async function submitPassword(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

/** The header's account corner once logged in: the user's name and "Uitloggen". */
export async function expectLoggedInAs(page: Page, name: string): Promise<void> {
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'Uitloggen' }).waitFor();
  expect(await header.getByText(name).isVisible()).toBe(true);
}

/** A new browser context at desktop width, logged in on the login page with e-mail address and password. */
export async function loggedInPage(browser: Browser, baseURL: string, user: { email: string; password: string; name: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: WIDTHS.desktop, height: 900 }, baseURL });
  const page = await context.newPage();
  await page.goto('/inloggen');
  await submitPassword(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === '/');
  await expectLoggedInAs(page, user.name);
  return page;
}

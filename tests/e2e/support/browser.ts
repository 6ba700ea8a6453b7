import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import './provided';

export const WIDTHS = { desktop: 1280, phone: 375 } as const;

export function baseUrl(): string {
  return inject('baseUrl');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A fresh context per test (own localStorage), at a given width.
 */
export async function openPage(browser: Browser, width: number = WIDTHS.desktop): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, baseURL: baseUrl() });
  const page = await context.newPage();
  return { context, page };
}

/** Chooses the municipality the way a user does: pick it in the list and confirm. */
export async function chooseMunicipality(page: Page, code: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel(/Kies uw gemeente|Choose your municipality/).selectOption(code);
  await page.getByRole('button', { name: /Gemeente kiezen|Choose municipality/ }).click();
  await page.getByRole('button', { name: /Andere gemeente kiezen|Choose another municipality/ }).waitFor();
}

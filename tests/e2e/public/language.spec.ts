import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { expectTitle } from '../support/pages';

describe('language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is Dutch by default and switches to English, also for the content, and stays after reload', async () => {
    const { context, page } = await openPage(browser);
    await page.goto('/routekaart/den-haag-persoon');
    await page.getByText('Is er acuut gevaar?').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Is there acute danger?').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('link', { name: 'Call 112' }).getAttribute('href')).toBe('tel:112');
    // The question comes from the API in English (lang=en), not from the Dutch cache.
    await page.getByRole('heading', { name: 'Does the victim need immediate help or intervention?' }).waitFor();
    expect(await page.getByRole('button', { name: 'Next' }).isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Main menu' }).isVisible()).toBe(true);

    await page.reload();
    await page.getByText('Is there acute danger?').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectTitle(page, /Question 1/);

    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByText('Is er acuut gevaar?').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await context.close();
  });
});

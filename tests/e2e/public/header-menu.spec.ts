import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { launchBrowser, openPage, WIDTHS } from '../support/browser';
import { menuButton } from '../support/header-menu';
import { focused, tabUntil } from '../support/keyboard';
import { SCREENSHOT_DIR, settled } from '../support/pages';

/**
 * The focused element shows the theme's focus style, as everywhere in the app: the focus
 * background colour of the Voorbeeld theme, and an outline.
 */
async function expectFocusRing(page: Page, where: string): Promise<void> {
  const ring = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'var(--basis-focus-background-color)';
    document.body.append(probe);
    const theme = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const style = getComputedStyle(document.activeElement as Element);
    return { outline: style.outlineStyle, background: style.backgroundColor, theme };
  });
  expect(ring.outline, `${where}: outline`).not.toBe('none');
  expect(ring.background, `${where}: focus background`).toBe(ring.theme);
}

/** The top of the page, for people to look at (screenshots/ is not committed). */
async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where} schuift horizontaal`).toBeLessThanOrEqual(0);
}

describe('header menu', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  /** A fresh page at a width, with the content of `path` loaded. */
  const openAt = async (width: number, path: string) => {
    const opened = await openPage(browser, width);
    await opened.page.goto(path);
    await settled(opened.page);
    return opened;
  };

  it('folds behind "Menu" on a phone: opened by keyboard, closed with Escape, closed by following a link', async () => {
    const { context, page } = await openAt(WIDTHS.phone, '/routekaart/den-haag-persoon');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const button = menuButton(page);

    // Folded: the links are real links in the page, but hidden until the button is pressed.
    expect(await nav.isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Kennis' }).count()).toBe(0);
    expect(await page.locator('header a[href="/kennis"]').count()).toBe(1);
    expect(await page.getByRole('banner').getByRole('group', { name: 'Taal' }).isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const panelId = await button.getAttribute('aria-controls');
    expect(panelId).toBeTruthy();
    expect(await page.locator(`[id="${panelId}"]`).locator('nav').count()).toBe(1);
    await expectNoSidewaysScroll(page, 'dicht');
    await expectNoAxeViolations(page, 'menu dicht @375');
    await screenshot(page, 'header-menu-closed-375');

    // Keyboard only: skip link, the name, then the button.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Direct naar de inhoud');
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Menu', 3);
    await expectFocusRing(page, 'Menu-knop');
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.isVisible()).toBe(true);
    expect(await page.getByRole('banner').getByRole('link', { name: 'Inloggen' }).isVisible()).toBe(true);
    // The panel follows the button in the tab order: first the login, the languages, then the links.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Inloggen' });
    await tabUntil(page, (f) => f.href === '/kennis', 5);
    await expectFocusRing(page, 'menulink');
    await expectNoSidewaysScroll(page, 'open');
    await expectNoAxeViolations(page, 'menu open @375');
    await screenshot(page, 'header-menu-open-375');

    // Escape folds it again and puts focus back on the button.
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Menu' });

    // Space opens it too; a link navigates, folds the menu, and focus moves to the new content.
    await page.keyboard.press('Space');
    expect(await nav.isVisible()).toBe(true);
    await tabUntil(page, (f) => f.href === '/partners', 8);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/partners');
    await page.getByRole('heading', { level: 1, name: 'Partners' }).waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('on a phone: a link to the page already shown folds the menu and leaves focus on the button', async () => {
    const { context, page } = await openAt(WIDTHS.phone, '/partners');
    await menuButton(page).focus();
    await page.keyboard.press('Enter');
    await tabUntil(page, (f) => f.href === '/partners', 8);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'false');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Menu' });
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    await context.close();
  });

  it('on a phone: choosing a language inside the menu keeps it open, in that language', async () => {
    const { context, page } = await openAt(WIDTHS.phone, '/kennis');
    await menuButton(page).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    expect(await menuButton(page).getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('banner').getByRole('link', { name: 'Log in' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'menu open in English @375');
    await context.close();
  });

  it('keeps the skip link working on a phone', async () => {
    const { context, page } = await openAt(WIDTHS.phone, '/routekaart/landelijk');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => (document.activeElement as HTMLElement).getBoundingClientRect());
    expect(skip.height).toBeGreaterThan(0);
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('tel:112');
    await context.close();
  });

  it('shows the links on a wide screen, without a button', async () => {
    const { context, page } = await openAt(WIDTHS.desktop, '/routekaart/den-haag-persoon');
    expect(await menuButton(page).isVisible()).toBe(false);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await nav.isVisible()).toBe(true);
    for (const name of ['Routekaart', 'Kennis', 'Partners']) {
      expect(await nav.getByRole('link', { name }).isVisible(), name).toBe(true);
    }
    // The API reference is for those connecting other systems: in the footer, not in everyone's menu.
    expect(await nav.getByRole('link', { name: 'API-referentie' }).count()).toBe(0);
    expect(await page.getByRole('banner').getByRole('link', { name: 'Inloggen' }).isVisible()).toBe(true);
    expect(await page.getByRole('banner').getByRole('group', { name: 'Taal' }).isVisible()).toBe(true);
    // Keyboard: from the name straight to the login, the languages and the links; no hidden stop.
    await tabUntil(page, (f) => f.text === 'Inloggen', 3);
    await tabUntil(page, (f) => f.href === '/', 3);
    await expectNoAxeViolations(page, 'kop @1280');
    await screenshot(page, 'header-menu-1280');
    const footer = page.getByRole('contentinfo').getByRole('navigation', { name: 'Meer' });
    await footer.getByRole('link', { name: 'API-referentie' }).click();
    await page.getByRole('heading', { level: 1, name: 'API-referentie' }).waitFor();
    expect(await footer.getByRole('link', { name: 'API-referentie' }).getAttribute('aria-current')).toBe('page');
    await context.close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { answerWithKeyboard, focused, tabUntil } from '../support/keyboard';

/** One walk per map to an outcome with a phone number, answered with the keyboard only. */
const WALKS = [
  { map: 'den-haag-persoon', answers: ['Nee', 'Nee', 'Ja'], outcome: /SHOP/, phone: '070-3614747', tel: 'tel:0703614747' },
  { map: 'den-haag-locatie', answers: ['Nee', 'Nee', 'Ja'], outcome: /Arbeidsinspectie/, phone: '0800-5151', tel: 'tel:08005151' },
  { map: 'rotterdam', answers: ['Nee', /laagdrempelig advies/], outcome: /ESSM/, phone: '010-2365256', tel: 'tel:0102365256' },
  { map: 'hart-van-brabant', answers: ['Nee', 'Ja', 'Nee', 'Nee'], outcome: /[Zz]orgcoördinator/, phone: '013 549 8430', tel: 'tel:0135498430' },
  { map: 'landelijk', answers: ['Nee', 'Ja'], outcome: /[Pp]olitie/, phone: '0900-8844', tel: 'tel:09008844' },
] as const;

describe('the route wizard with the keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const walk of WALKS) {
    it(`walks ${walk.map} to an outcome with a phone link`, async () => {
      const { context, page } = await openPage(browser);
      await page.goto(`/routekaart/${walk.map}`);
      await page.getByRole('heading', { level: 2 }).first().waitFor();

      // 112 comes before anything else in the content: the first link in main calls 112.
      expect(await page.locator('main a').first().getAttribute('href')).toBe('tel:112');

      let heading = '';
      for (const answer of walk.answers) heading = await answerWithKeyboard(page, answer);
      expect(heading).toMatch(walk.outcome);

      const phone = page.locator(`main a[href="${walk.tel}"]`).first();
      expect(await phone.isVisible()).toBe(true);
      expect((await phone.textContent())?.trim()).toBe(walk.phone);

      // The path lists every answered question.
      expect(await page.locator('.sr-path li').count()).toBe(walk.answers.length);

      // The phone link itself is reachable with Tab.
      const reached = await tabUntil(page, (f) => f.href === walk.tel);
      expect(reached.text).toBe(walk.phone);
      await context.close();
    });
  }

  it('opens a route map from the home page with Enter', async () => {
    const { context, page } = await openPage(browser);
    await page.goto('/');
    await page.getByRole('link', { name: 'Identificeerbaar slachtoffer (persoon)' }).first().waitFor();
    await tabUntil(page, (f) => f.tag === 'a' && f.text === 'Identificeerbaar slachtoffer (persoon)');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/routekaart\/den-haag-persoon$/);
    await page.getByRole('heading', { level: 1, name: 'Identificeerbaar slachtoffer (persoon)' }).waitFor();
    const heading = await answerWithKeyboard(page, 'Ja');
    expect(heading).toMatch(/112/);
    expect((await focused(page)).tag).toBe('h2');
    await context.close();
  });

  it('asks for an answer when none is chosen, and keeps focus in the question', async () => {
    const { context, page } = await openPage(browser);
    await page.goto('/routekaart/landelijk');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await tabUntil(page, (f) => f.tag === 'button' && f.text === 'Volgende');
    await page.keyboard.press('Enter');
    expect(await page.getByText('Kies een antwoord om verder te gaan.').isVisible()).toBe(true);
    expect((await focused(page)).type).toBe('radio');
    expect(page.url()).not.toContain('antwoorden');
    await context.close();
  });
});

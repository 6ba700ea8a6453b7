import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** What has focus, described for matching: tag, type, accessible-ish text and href. */
interface Focused {
  tag: string;
  type: string | null;
  text: string;
  label: string;
  href: string | null;
}

export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el instanceof HTMLInputElement ? el : null;
    const label = input?.labels?.[0]?.textContent ?? '';
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: input?.type ?? null,
      text: (el?.textContent ?? '').trim(),
      label: label.trim(),
      href: el?.getAttribute('href') ?? null,
    };
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max`. */
export async function tabUntil(page: Page, match: (f: Focused) => boolean, max = 40): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error('Met Tab niet bij het gezochte element gekomen');
}

/**
 * Answers the current question with the keyboard only: Tab into the radio group, Space and
 * arrow keys to the wanted option, Tab to "Volgende" and Enter. Then checks that focus moved to
 * the heading of the next step, as it must for keyboard and screen-reader users.
 */
export async function answerWithKeyboard(page: Page, optionLabel: string | RegExp): Promise<string> {
  const matches = (label: string) => (typeof optionLabel === 'string' ? label === optionLabel : optionLabel.test(label));
  const radio = await tabUntil(page, (f) => f.type === 'radio');
  let current = radio;
  if (!(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked))) {
    await page.keyboard.press('Space');
  }
  for (let i = 0; i < 10 && !matches(current.label); i++) {
    await page.keyboard.press('ArrowDown');
    current = await focused(page);
  }
  expect(current.label).toMatch(optionLabel);
  await tabUntil(page, (f) => f.tag === 'button' && /^(Volgende|Next)$/.test(f.text));
  const before = await page.evaluate(() => document.querySelector('main h2')?.textContent ?? '');
  await page.keyboard.press('Enter');
  await page.waitForFunction((previous) => {
    const el = document.activeElement;
    return el?.tagName === 'H2' && el.textContent !== previous;
  }, before);
  return (await focused(page)).text;
}

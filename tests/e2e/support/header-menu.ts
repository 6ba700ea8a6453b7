import type { Locator, Page } from 'playwright-core';

/** The button that folds the header's menu on a narrow screen ("Menu" in both languages). */
export function menuButton(page: Page): Locator {
  return page.getByRole('banner').getByRole('button', { name: 'Menu', exact: true });
}

/**
 * On a phone the navigation, account corner and language switch sit behind "Menu": opens it as a
 * user does, and waits until the navigation shows. Only for narrow screens: the button must be there.
 */
export async function openHeaderMenu(page: Page): Promise<void> {
  const button = menuButton(page);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.getByRole('banner').getByRole('navigation').waitFor();
}

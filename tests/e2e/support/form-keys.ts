import type { Page } from 'playwright-core';

/** The focused element, with the text of its label (inputs, textareas, selects) or its own text. */
export interface FocusedField {
  tag: string;
  type: string | null;
  label: string;
  text: string;
  checked: boolean | null;
}

export async function focusedField(page: Page): Promise<FocusedField> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const labelled = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement ? el : null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el instanceof HTMLInputElement ? el.type : null,
      label: (labelled?.labels?.[0]?.textContent ?? '').trim(),
      text: (el?.textContent ?? '').trim(),
      checked: el instanceof HTMLInputElement ? el.checked : null,
    };
  });
}

/** Tabs forward, as a keyboard user does, until the focused field matches; fails after `max` presses. */
export async function tabToField(page: Page, match: (f: FocusedField) => boolean, max = 80): Promise<FocusedField> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focusedField(page);
    if (match(f)) return f;
  }
  throw new Error('Met Tab niet bij het gezochte veld gekomen');
}

export const byLabel = (label: string | RegExp) => (f: FocusedField) => (typeof label === 'string' ? f.label === label : label.test(f.label));
export const byButton = (text: string | RegExp) => (f: FocusedField) => f.tag === 'button' && (typeof text === 'string' ? f.text === text : text.test(f.text));

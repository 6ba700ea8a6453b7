import type { MouseEvent } from 'react';

/**
 * An in-page link to a case section: moves focus to the section's heading, not only the scroll
 * position, so keyboard and screen-reader users continue from there. The address stays as it is.
 */
export function focusSection(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(`${id}-titel`);
  if (!target) return;
  event.preventDefault();
  target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView({ block: 'start' });
}

/** The id of a history entry, for links between a correction and what it corrects. */
export const entryId = (id: number): string => `gebeurtenis-${id}`;

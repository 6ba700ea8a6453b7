import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to an element (usually the page heading) when `key` changes after the first render:
 * a multi-step page that swaps its content must tell keyboard and screen-reader users where they
 * are now, as a new page would.
 */
export function useFocusOnChange(ref: RefObject<HTMLElement | null>, key: unknown): void {
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    ref.current?.focus();
  }, [key, ref]);
}

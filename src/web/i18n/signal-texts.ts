import i18next from 'i18next';

let loading: Promise<void> | null = null;

/**
 * The texts of the signal pages (namespace `signals`), loaded with the first of those pages and
 * merged into the small part of the namespace that the menu and the home page need at once. Both
 * languages come together, so switching language on a signal page never waits.
 */
export function loadSignalTexts(): Promise<void> {
  loading ??= Promise.all([import('./signals-pages.nl.json'), import('./signals-pages.en.json')]).then(
    ([nl, en]) => {
      i18next.addResourceBundle('nl', 'signals', nl.default, true, true);
      i18next.addResourceBundle('en', 'signals', en.default, true, true);
    },
    (error: unknown) => {
      // A failed download may succeed on the next navigation.
      loading = null;
      throw error;
    },
  );
  return loading;
}

import i18next from 'i18next';

type Catalogue = { default: Record<string, unknown> };

/**
 * Texts of pages that few people open, loaded with the first of those pages instead of with every
 * first visit (docs/decisions/0008-compressed-assets.md: the first page's budget). They are merged
 * into their namespace, so the pages call `t()` as usual. Both languages come together, so
 * switching language on such a page never waits.
 */
function lazyTexts(namespace: string, load: () => Promise<[nl: Catalogue, en: Catalogue]>): () => Promise<void> {
  let loading: Promise<void> | null = null;
  return () => {
    loading ??= load().then(
      ([nl, en]) => {
        i18next.addResourceBundle('nl', namespace, nl.default, true, true);
        i18next.addResourceBundle('en', namespace, en.default, true, true);
      },
      (error: unknown) => {
        // A failed download may succeed on the next navigation.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
}

/** The signal pages (namespace `signals`; the menu and home page have its small bundled part). */
export const loadSignalTexts = lazyTexts('signals', () => Promise.all([import('./signals-pages.nl.json'), import('./signals-pages.en.json')]));

/** The management information pages (namespace `statistics`). */
export const loadStatisticsTexts = lazyTexts('statistics', () => Promise.all([import('./statistics.nl.json'), import('./statistics.en.json')]));

/** The beheerder's and auditor's pages: users and the audit trail. */
export const loadAdminTexts = lazyTexts('translation', () => Promise.all([import('./admin-pages.nl.json'), import('./admin-pages.en.json')]));

/** The basisniveau checklist (namespace `basisniveau`): its page and its sections on the figures pages. */
export const loadBasisniveauTexts = lazyTexts('basisniveau', () => Promise.all([import('./basisniveau.nl.json'), import('./basisniveau.en.json')]));

/** The staff course (namespace `training`): its page and its sections on the figures pages. */
export const loadTrainingTexts = lazyTexts('training', () => Promise.all([import('./training.nl.json'), import('./training.en.json')]));

/** The regiobeheerder's route-map editor and its preview walk (namespace `routemapEditor`). */
export const loadRouteMapEditorTexts = lazyTexts('routemapEditor', () => Promise.all([import('./routemap-editor.nl.json'), import('./routemap-editor.en.json')]));

/** The regiobeheerder's partners and knowledge editors (namespace `regionContent`). */
export const loadRegionContentTexts = lazyTexts('regionContent', () => Promise.all([import('./region-content.nl.json'), import('./region-content.en.json')]));

/** The regiobeheerder's overview of the region's content: draft, publication, history (namespace `regionPack`). */
export const loadRegionPackTexts = lazyTexts('regionPack', () => Promise.all([import('./region-pack.nl.json'), import('./region-pack.en.json')]));

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';
import signalsEn from './signals.en.json';
import signalsNl from './signals.nl.json';

/**
 * Dutch is the default; English is a choice the user makes in the header and is remembered.
 * Both catalogues are small, so they are bundled rather than fetched: the first page never waits.
 */
const KEY = 'signaalroute.taal';
export const UI_LANGUAGES = ['nl', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

function storedLanguage(): UiLanguage {
  try {
    return window.localStorage.getItem(KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function setLanguage(lang: UiLanguage): void {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // Without storage the choice lasts until reload.
  }
  void i18next.changeLanguage(lang);
}

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18next.use(initReactI18next).init({
  // `signals`: the signal chain's menu items here; its pages add the rest when they load.
  resources: { nl: { translation: nl, signals: signalsNl }, en: { translation: en, signals: signalsEn } },
  lng: storedLanguage(),
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  // Resources are bundled, so initialise synchronously: the first render already has its texts.
  initAsync: false,
});

document.documentElement.lang = i18next.language;

export default i18next;

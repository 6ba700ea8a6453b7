import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { setLanguage, UI_LANGUAGES } from '../i18n/i18n';

/**
 * Each language is named in itself (and marked with its lang) so someone who does not read the
 * current language still finds their own.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('language.label')} className="sr-language">
      {UI_LANGUAGES.map((lang) => (
        <Button
          key={lang}
          type="button"
          appearance="subtle-button"
          lang={lang}
          pressed={i18n.language === lang}
          onClick={() => setLanguage(lang)}
        >
          {/* The same endonym in every catalogue: each language is named in itself. */}
          {t(`language.${lang}`)}
        </Button>
      ))}
    </div>
  );
}

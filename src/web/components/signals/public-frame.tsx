import { Page, PageHeader, SkipLink } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../language-switch';
import { SiteFooter } from '../site-footer';

/**
 * The frame of a page for people without an account (a partner answering a feedback link): the
 * name, the language switch and the content, without the app's menu or login.
 */
export function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Page className="sr-page">
      <SkipLink href="#main">{t('layout.skipLink')}</SkipLink>
      <PageHeader className="sr-header sr-header--public">
        <div className="sr-container sr-header__bar">
          <span className="sr-header__brand">
            <span className="sr-header__name">{t('app.name')}</span>
            <span className="sr-header__tagline">{t('app.tagline')}</span>
          </span>
          <div className="sr-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </PageHeader>
      <main id="main" tabIndex={-1} className="sr-main">
        {children}
      </main>
      <SiteFooter />
    </Page>
  );
}

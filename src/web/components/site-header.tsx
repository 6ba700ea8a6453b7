import { PageHeader } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AccountMenu } from './account-menu';
import { AppLink } from './app-link';
import { DemoBanner } from './demo-banner';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <PageHeader className="sr-header">
      <DemoBanner />
      <div className="sr-container sr-header__bar">
        <AppLink to="/" className="sr-header__brand">
          <span className="sr-header__name">{t('app.name')}</span>
          <span className="sr-header__tagline">{t('app.tagline')}</span>
        </AppLink>
        <div className="sr-header__tools">
          <AccountMenu />
          <LanguageSwitch />
        </div>
      </div>
      <div className="sr-container">
        <MainNav />
      </div>
    </PageHeader>
  );
}

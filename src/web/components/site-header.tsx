import { PageHeader } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AccountMenu } from './account-menu';
import { AppLink } from './app-link';
import { DemoBanner } from './demo-banner';
import { HeaderMenu } from './header-menu';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';

/**
 * Name, account corner, language switch and navigation. On a wide screen the tools sit beside the
 * name and the navigation on its own row; on a narrow one all three fold behind "Menu".
 */
export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <PageHeader className="sr-header">
      <DemoBanner />
      <div className="sr-container sr-header__bar sr-header__bar--menu">
        <AppLink to="/" className="sr-header__brand">
          <span className="sr-header__name">{t('app.name')}</span>
          <span className="sr-header__tagline">{t('app.tagline')}</span>
        </AppLink>
        <HeaderMenu>
          <div className="sr-header__tools">
            <AccountMenu />
            <LanguageSwitch />
          </div>
          <MainNav />
        </HeaderMenu>
      </div>
    </PageHeader>
  );
}

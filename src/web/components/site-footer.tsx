import { PageFooter, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { AppLink } from './app-link';

/**
 * The footer: what Signaalroute is for, and the links few users need (the API reference is for
 * those connecting other systems, so it stays out of everyone's main menu).
 */
export function SiteFooter() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <PageFooter className="sr-footer">
      <div className="sr-container">
        <Paragraph>{t('footer.text')}</Paragraph>
        <nav aria-label={t('footer.navLabel')} className="sr-footer__nav">
          <ul className="sr-footer__list">
            <li>
              <AppLink to="/api-referentie" aria-current={pathname.startsWith('/api-referentie') ? 'page' : undefined}>
                {t('nav.api')}
              </AppLink>{' '}
              <span className="sr-footer__hint">{t('footer.apiHint')}</span>
            </li>
          </ul>
        </nav>
      </div>
    </PageFooter>
  );
}

import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSession } from '../api/session';
import type { Role } from '../api/types';
import { hasRole } from '../lib/roles';
import { AppLink } from './app-link';

interface NavItem {
  to: string;
  key: string;
  match: (path: string) => boolean;
  /** Shown only to a logged-in user; with a role (or roles), only to users holding it (one of them). */
  login?: boolean;
  role?: Role | readonly Role[];
}

const ITEMS: readonly NavItem[] = [
  { to: '/', key: 'nav.home', match: (p) => p === '/' || p.startsWith('/routekaart') },
  { to: '/kennis', key: 'nav.knowledge', match: (p) => p.startsWith('/kennis') },
  { to: '/partners', key: 'nav.partners', match: (p) => p.startsWith('/partners') },
  { to: '/informatie', key: 'nav.infoPoint', match: (p) => p.startsWith('/informatie') },
  { to: '/signaal-doorgeven', key: 'signals:nav.submit', match: (p) => p.startsWith('/signaal-doorgeven'), login: true },
  { to: '/mijn-signalen', key: 'signals:nav.mine', match: (p) => p.startsWith('/mijn-signalen'), login: true },
  { to: '/signalen', key: 'signals:nav.inbox', match: (p) => p === '/signalen' || p.startsWith('/signalen/'), login: true, role: 'aandachtsfunctionaris' },
  { to: '/overleggen', key: 'signals:nav.meetings', match: (p) => p.startsWith('/overleggen'), login: true, role: 'aandachtsfunctionaris' },
  { to: '/beheer/gebruikers', key: 'nav.admin', match: (p) => p.startsWith('/beheer/gebruikers'), login: true, role: 'beheerder' },
  { to: '/beheer/aandachtsfunctionaris', key: 'signals:nav.afContact', match: (p) => p.startsWith('/beheer/aandachtsfunctionaris'), login: true, role: 'beheerder' },
  { to: '/basisniveau', key: 'nav.basisniveau', match: (p) => p.startsWith('/basisniveau'), login: true, role: 'beheerder' },
  { to: '/beheer/instellingen', key: 'signals:nav.settings', match: (p) => p.startsWith('/beheer/instellingen'), login: true, role: 'beheerder' },
  { to: '/beheer/registers', key: 'signals:nav.registers', match: (p) => p.startsWith('/beheer/registers'), login: true, role: 'beheerder' },
  { to: '/beheer/achtergrondtaken', key: 'signals:nav.jobs', match: (p) => p.startsWith('/beheer/achtergrondtaken'), login: true, role: 'beheerder' },
  { to: '/beheer/bewaartermijnen', key: 'signals:nav.retention', match: (p) => p.startsWith('/beheer/bewaartermijnen'), login: true, role: 'beheerder' },
  { to: '/cijfers', key: 'nav.statistics', match: (p) => p === '/cijfers', login: true, role: ['aandachtsfunctionaris', 'beheerder'] },
  { to: '/regio/inhoud', key: 'nav.regionContent', match: (p) => p.startsWith('/regio/inhoud'), login: true, role: 'regiobeheerder' },
  { to: '/cijfers/regio', key: 'nav.regionStatistics', match: (p) => p.startsWith('/cijfers/regio'), login: true, role: 'regiobeheerder' },
  { to: '/audit', key: 'nav.audit', match: (p) => p === '/audit', login: true, role: 'auditor' },
  { to: '/verwijderingen', key: 'signals:nav.deletions', match: (p) => p.startsWith('/verwijderingen'), login: true, role: ['beheerder', 'auditor'] },
  { to: '/account', key: 'nav.account', match: (p) => p.startsWith('/account'), login: true },
];

/**
 * The main navigation; the current section is marked for assistive technology, not only by colour.
 * Pages for a role appear only for users who hold it (the API checks the same, this only hides
 * what would be refused).
 */
export function MainNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const session = useSession();
  const user = session.data?.stage === 'ok' ? session.data.user : null;
  const items = ITEMS.filter((item) => !item.login || (user && (!item.role || hasRole(user, item.role))));
  return (
    <nav aria-label={t('nav.label')} className="sr-nav">
      <ul className="sr-nav__list">
        {items.map((item) => {
          const current = item.match(pathname);
          return (
            <li key={item.to} className="sr-nav__item">
              <AppLink to={item.to} className="sr-nav__link" aria-current={current ? 'page' : undefined}>
                {t(item.key)}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

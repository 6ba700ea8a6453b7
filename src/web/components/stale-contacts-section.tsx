import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain/content/localized';
import { useSession } from '../api/session';
import { getStaleContacts, staleContactsKey } from '../api/stale-contacts-api';
import { formatDate } from '../lib/format-date';
import { hasRole } from '../lib/roles';
import { AppLink } from './app-link';

/**
 * On the regiobeheerder's start page: the region's partner contacts nobody checked for 12 months
 * (issue 9), with the way to the partners editor. Nothing for anyone else.
 */
export function StaleContactsSection() {
  const session = useSession();
  const user = session.data?.stage === 'ok' ? session.data.user : null;
  if (!user?.region || !hasRole(user, 'regiobeheerder')) return null;
  return <StaleContacts region={user.region} />;
}

function StaleContacts({ region }: { region: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const headingId = useId();
  const query = useQuery({ queryKey: staleContactsKey(region, lang), queryFn: () => getStaleContacts(region, lang), staleTime: 60_000 });
  if (!query.data) return null;
  const { contacts } = query.data;
  return (
    <section aria-labelledby={headingId} className="sr-section sr-stale-contacts">
      <Heading2 id={headingId}>{t('staleContacts.heading')}</Heading2>
      {contacts.length === 0 ? (
        <Paragraph>{t('staleContacts.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('staleContacts.intro', { count: contacts.length })}</Paragraph>
          <UnorderedList>
            {contacts.map((c) => (
              <UnorderedListItem key={c.contactId}>
                {c.contactName}: {c.verifiedOn ? t('staleContacts.lastChecked', { date: formatDate(c.verifiedOn, lang) }) : t('staleContacts.neverChecked')}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <Paragraph>
        <AppLink to="/regio/inhoud/partners">{t('staleContacts.link')}</AppLink>
      </Paragraph>
    </section>
  );
}

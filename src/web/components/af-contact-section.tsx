import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Link, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AF_CONTACT_KEY, getAfContact } from '../api/af-contact-api';
import { useSession } from '../api/session';
import { hasRole } from '../lib/roles';
import { telHref } from '../lib/phone';
import { AppLink } from './app-link';

/**
 * Who the logged-in employee's aandachtsfunctionaris is, on the home page: seed 004's
 * "randvoorwaarde" is that every employee of the municipality knows the AF. Nothing for visitors
 * without a login, nor for a regiobeheerder, who belongs to no municipality.
 */
export function AfContactSection() {
  const session = useSession();
  const user = session.data?.stage === 'ok' ? session.data.user : null;
  if (!user?.municipality) return null;
  return <AfContactDetails manage={hasRole(user, 'beheerder')} />;
}

function AfContactDetails({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useQuery({ queryKey: AF_CONTACT_KEY, queryFn: getAfContact, staleTime: 60_000 });
  if (!query.data) return null;
  const { contact, municipality } = query.data;
  return (
    <section aria-labelledby={headingId} className="sr-section sr-af-contact">
      <Heading2 id={headingId}>{t('afContact.heading')}</Heading2>
      {contact ? (
        <>
          <Paragraph>{t('afContact.intro', { municipality: municipality.name })}</Paragraph>
          <DataList className="sr-contact__details">
            <DataListItem>
              <DataListKey>{t('afContact.name')}</DataListKey>
              <DataListValue>{contact.name}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('afContact.phone')}</DataListKey>
              <DataListValue>
                <Link href={telHref(contact.phone)}>{contact.phone}</Link>
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('afContact.email')}</DataListKey>
              <DataListValue>
                <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
              </DataListValue>
            </DataListItem>
            {contact.hours && (
              <DataListItem>
                <DataListKey>{t('afContact.hours')}</DataListKey>
                <DataListValue>{contact.hours}</DataListValue>
              </DataListItem>
            )}
          </DataList>
        </>
      ) : (
        <Paragraph>{t('afContact.unknown', { municipality: municipality.name })}</Paragraph>
      )}
      {manage && (
        <Paragraph>
          <AppLink to="/beheer/aandachtsfunctionaris">{t('afContact.set')}</AppLink>
        </Paragraph>
      )}
    </section>
  );
}

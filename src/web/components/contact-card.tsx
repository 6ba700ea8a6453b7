import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading3,
  Heading4,
  Link,
  Paragraph,
  Strong,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../api/types';
import { formatDate } from '../lib/format-date';
import { telHref } from '../lib/phone';

interface Props {
  contact: Contact;
  headingLevel?: 3 | 4;
  /** Leave out what the partner does where the page already says it (the partner list). */
  showDescription?: boolean;
}

/**
 * Everything needed to reach a partner, written out in full so it also works on paper:
 * the number is both a tel: link and readable text. Details repaired from a damaged source
 * carry a visible warning with the reason instead of the date they were checked.
 */
export function ContactCard({ contact, headingLevel = 3, showDescription = true }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const Heading = headingLevel === 3 ? Heading3 : Heading4;
  return (
    <article className="sr-contact" aria-labelledby={headingId}>
      <Heading id={headingId} className="sr-contact__name">
        {contact.name}
      </Heading>
      {contact.unverified && (
        <Alert type="warning" role="note" className="sr-contact__unverified">
          <Paragraph>
            <Strong>{t('contact.unverified')}</Strong> {contact.unverified}
          </Paragraph>
        </Alert>
      )}
      {showDescription && contact.description && <Paragraph>{contact.description}</Paragraph>}
      <DataList className="sr-contact__details">
        {contact.phone && (
          <DataListItem>
            <DataListKey>{t('contact.phone')}</DataListKey>
            <DataListValue>
              <Link href={telHref(contact.phone)} className="sr-contact__phone">
                {contact.phone}
              </Link>
            </DataListValue>
          </DataListItem>
        )}
        {contact.email && (
          <DataListItem>
            <DataListKey>{t('contact.email')}</DataListKey>
            <DataListValue>
              <Link href={`mailto:${contact.email}`} className="sr-break">
                {contact.email}
              </Link>
            </DataListValue>
          </DataListItem>
        )}
        {contact.url && (
          <DataListItem>
            <DataListKey>{t('contact.url')}</DataListKey>
            <DataListValue>
              <Link href={contact.url} className="sr-break" rel="noopener noreferrer">
                {contact.url.replace(/^https?:\/\//, '')}
              </Link>
            </DataListValue>
          </DataListItem>
        )}
        {contact.hours && (
          <DataListItem>
            <DataListKey>{t('contact.hours')}</DataListKey>
            <DataListValue>{contact.hours}</DataListValue>
          </DataListItem>
        )}
        {contact.note && (
          <DataListItem>
            <DataListKey>{t('contact.note')}</DataListKey>
            <DataListValue>{contact.note}</DataListValue>
          </DataListItem>
        )}
        {/* Either checked or not verified, never both: details awaiting a check carry no "checked on". */}
        {!contact.unverified && (
          <DataListItem>
            <DataListKey>{t('contact.verifiedOn')}</DataListKey>
            <DataListValue>{formatDate(contact.verifiedOn, i18n.language)}</DataListValue>
          </DataListItem>
        )}
      </DataList>
    </article>
  );
}

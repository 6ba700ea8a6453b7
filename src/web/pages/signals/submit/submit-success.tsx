import { Alert, Button, Heading1, Heading2, Link, OrderedList, OrderedListItem, Paragraph, Strong } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedSignal } from '../../../api/signal-types';
import { AppLink } from '../../../components/app-link';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useEmailContext } from '../../../hooks/use-email';

/** After sending: the reference number and what happens next (seed 004, steps 2 to 6). */
export function SubmitSuccess({ created, onAnother }: { created: CreatedSignal; onAnother: () => void }) {
  const { t } = useTranslation('signals');
  const email = useEmailContext();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('success.title'));
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="sr-container sr-narrow">
      <Heading1 ref={headingRef} tabIndex={-1} className="sr-focus-heading">
        {t('success.title')}
      </Heading1>
      <Alert type="ok">
        <Paragraph>
          {t('success.reference')} <Strong className="sr-reference">{created.reference}</Strong>
        </Paragraph>
      </Alert>
      <Paragraph>{t('success.keep')}</Paragraph>
      <Heading2>{t('success.nextHeading')}</Heading2>
      <OrderedList>
        <OrderedListItem>{t('success.next1')}</OrderedListItem>
        <OrderedListItem>{t('success.next2')}</OrderedListItem>
        <OrderedListItem>{t('success.next3', email)}</OrderedListItem>
      </OrderedList>
      <Paragraph className="sr-success__danger">
        {t('success.danger')} <Link href="tel:112">{t('success.call')}</Link>
      </Paragraph>
      <div className="sr-actions">
        <AppLink to="/mijn-signalen">{t('success.mine')}</AppLink>
        <Button type="button" appearance="secondary-action-button" onClick={onAnother}>
          {t('success.another')}
        </Button>
      </div>
    </div>
  );
}

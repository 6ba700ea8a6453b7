import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivationLink } from '../../api/types';
import { CopyButton } from '../../components/copy-button';
import { formatDateTime } from '../../lib/format-date-time';

/**
 * The activation link, shown once: the server keeps only its hash. The beheerder copies it and
 * hands it over personally; the panel says so, because a link sent to a shared mailbox lets
 * someone else choose the password.
 */
export function ActivationLinkPanel({ name, link, onClose }: { name: string; link: ActivationLink; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [link.activationLink]);
  return (
    <section aria-labelledby={headingId} className="sr-section sr-panel sr-link-panel">
      <Heading2 id={headingId} ref={headingRef} tabIndex={-1} className="sr-focus-heading">
        {t('users.linkTitle', { name })}
      </Heading2>
      <Alert type="warning">
        <Paragraph>{t('users.linkOnce')}</Paragraph>
      </Alert>
      <Paragraph>{t('users.linkHandOver')}</Paragraph>
      <Paragraph className="sr-link-panel__link">
        <code translate="no">{link.activationLink}</code>
      </Paragraph>
      <Paragraph>{t('users.linkValid', { at: formatDateTime(link.expiresAt, i18n.language) })}</Paragraph>
      <div className="sr-actions">
        <CopyButton text={link.activationLink} label={t('users.linkCopy')} />
        <Button type="button" appearance="subtle-button" onClick={onClose}>
          {t('users.linkClose')}
        </Button>
      </div>
    </section>
  );
}

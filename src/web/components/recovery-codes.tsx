import { Alert, Button, Paragraph, Strong } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './copy-button';

/**
 * The ten recovery codes, shown once. The user copies or prints them and says so before going on:
 * without them, a lost phone means asking the beheerder for a reset.
 */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="sr-recovery">
      <Alert type="ok">
        <Paragraph>{t('recovery.enrolled')}</Paragraph>
      </Alert>
      <Paragraph>{t('recovery.intro')}</Paragraph>
      <Paragraph>
        <Strong>{t('recovery.once')}</Strong>
      </Paragraph>
      <ul className="sr-recovery__codes" aria-label={t('recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code translate="no">{code}</code>
          </li>
        ))}
      </ul>
      <div className="sr-actions sr-no-print">
        <CopyButton text={codes.join('\n')} label={t('recovery.copy')} />
        <Button type="button" appearance="secondary-action-button" onClick={() => window.print()}>
          {t('recovery.print')}
        </Button>
      </div>
      <div className="sr-actions sr-no-print">
        <Button type="button" appearance="primary-action-button" onClick={onDone}>
          {t('recovery.done')}
        </Button>
      </div>
    </div>
  );
}

import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Answers in the URL that do not fit this map (an old link, a changed map): offer a new start. */
export function WalkError({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert type="warning">
      <Paragraph>{t('walk.invalid')}</Paragraph>
      <Button type="button" appearance="primary-action-button" onClick={onRestart}>
        {t('walk.restart')}
      </Button>
    </Alert>
  );
}

import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

interface Props {
  canGoBack: boolean;
  canPrint: boolean;
  onBack: () => void;
  onRestart: () => void;
}

/** Back one step, start over and print; hidden on paper, where they mean nothing. */
export function WalkActions({ canGoBack, canPrint, onBack, onRestart }: Props) {
  const { t } = useTranslation();
  if (!canGoBack && !canPrint) return null;
  return (
    <div className="sr-actions sr-no-print">
      {canGoBack && (
        <Button type="button" appearance="secondary-action-button" onClick={onBack}>
          {t('walk.back')}
        </Button>
      )}
      {canGoBack && (
        <Button type="button" appearance="secondary-action-button" onClick={onRestart}>
          {t('walk.restart')}
        </Button>
      )}
      {canPrint && (
        <Button type="button" appearance="secondary-action-button" onClick={() => window.print()}>
          {t('walk.print')}
        </Button>
      )}
    </div>
  );
}

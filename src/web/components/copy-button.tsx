import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Copies a text (an activation link, recovery codes) to the clipboard and says so in a status
 * message. Where the clipboard is not available, the text stays on screen to copy by hand.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="sr-copy">
      <Button type="button" appearance="secondary-action-button" onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status" className="sr-copy__status">
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  );
}

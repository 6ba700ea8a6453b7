import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export type DraftSaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed' };

/**
 * A quiet line under the form: when the draft was last kept. It is a polite live region that only
 * changes when the minute or the outcome changes, so a screen reader is not interrupted per key.
 */
export function DraftStatus({ status }: { status: DraftSaveState }) {
  const { t, i18n } = useTranslation('signals');
  const text =
    status.kind === 'saved'
      ? t('draft.savedAt', { time: new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { hour: '2-digit', minute: '2-digit' }).format(status.at) })
      : status.kind === 'failed'
        ? t('draft.saveFailed')
        : '';
  return (
    <Paragraph className={status.kind === 'failed' ? 'sr-draft-status sr-draft-status--failed' : 'sr-draft-status'} role="status" aria-atomic="true">
      {text}
    </Paragraph>
  );
}

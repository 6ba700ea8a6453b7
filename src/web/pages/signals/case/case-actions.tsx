import { Button, Link, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { applyEvent } from '../../../api/signals-api';
import type { CaseEvent, SignalCase } from '../../../api/signal-types';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormAlert } from '../../../components/form-alert';
import { useEmailContext } from '../../../hooks/use-email';
import type { CaseChange } from './case-view';
import { EventTextForm } from './event-text-form';
import { focusSection } from './focus-section';

/** Steps that ask for a text first (why not, what the reporter may know). */
const WITH_TEXT: Partial<Record<CaseEvent, 'reason' | 'message'>> = { 'niet-doorzetten': 'reason', 'melder-informeren': 'message' };
/** Steps that are asked again before they happen: they end or decide something for good. */
const CONFIRMED: readonly CaseEvent[] = ['niet-doorzetten', 'melder-informeren', 'afsluiten'];

/**
 * The workflow steps the domain allows now (allowedEvents): each a button; the ones that end or
 * decide something are confirmed first. Handing over has its own section.
 */
export function CaseActions({ signal, onChanged }: { signal: SignalCase; onChanged: (change: CaseChange) => void }) {
  const { t } = useTranslation('signals');
  const email = useEmailContext();
  const [open, setOpen] = useState<CaseEvent | null>(null);
  const [confirming, setConfirming] = useState<{ event: CaseEvent; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (event: CaseEvent, text: string) => {
    setBusy(true);
    setError(null);
    try {
      const field = WITH_TEXT[event];
      const next = await applyEvent(signal.id, event, field ? { [field]: text.trim() } : {});
      setConfirming(null);
      setOpen(null);
      onChanged({ signal: next, message: t(`actions.done.${event}`) });
    } catch (e) {
      setError(e instanceof ApiError && e.message ? e.message : t('errors.actionFailed'));
    } finally {
      setBusy(false);
    }
  };

  const start = (event: CaseEvent, text = '') => {
    setError(null);
    if (CONFIRMED.includes(event)) setConfirming({ event, text });
    else void run(event, text);
  };

  if (signal.allowedEvents.length === 0 && !signal.canHandOver) return <Paragraph>{t('actions.none')}</Paragraph>;

  return (
    <div className="sr-case-actions">
      <Paragraph>{t('actions.intro')}</Paragraph>
      {!confirming && <FormAlert message={error} />}
      <ul className="sr-plain-list sr-case-actions__list">
        {signal.canHandOver && (
          <li className="sr-case-actions__item">
            <Link href="#overdragen" className="sr-case-actions__link" onClick={(event) => focusSection(event, 'overdragen')}>
              {t('actions.handOver')}
            </Link>
            <Paragraph className="sr-hint">{t('actions.help.doorzetten')}</Paragraph>
          </li>
        )}
        {signal.allowedEvents.map((event) => {
          const field = WITH_TEXT[event];
          return (
            <li key={event} className="sr-case-actions__item">
              <Button
                type="button"
                appearance={event === 'vastleggen' ? 'primary-action-button' : 'secondary-action-button'}
                aria-expanded={field ? open === event : undefined}
                busy={busy && !field && !CONFIRMED.includes(event)}
                onClick={() => (field ? setOpen(open === event ? null : event) : start(event))}
              >
                {t(`actions.button.${event}`)}
              </Button>
              <Paragraph className="sr-hint">{t(`actions.help.${event}`)}</Paragraph>
              {field && open === event && (
                <EventTextForm
                  id={`actie-${event}`}
                  label={t(`actions.textLabel.${event}`)}
                  description={t(`actions.textHelp.${event}`, email)}
                  submitLabel={t(`actions.submit.${event}`)}
                  requiredMessage={t(`actions.textRequired.${event}`)}
                  onSubmit={(text) => start(event, text)}
                  onCancel={() => setOpen(null)}
                />
              )}
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? t(`actions.confirmTitle.${confirming.event}`) : ''}
        confirmLabel={confirming ? t(`actions.confirm.${confirming.event}`) : ''}
        busy={busy}
        error={confirming ? error : null}
        onConfirm={() => confirming && void run(confirming.event, confirming.text)}
        onCancel={() => {
          setConfirming(null);
          setError(null);
        }}
      >
        <Paragraph>{confirming ? t(`actions.confirmText.${confirming.event}`, email) : ''}</Paragraph>
        {confirming?.text && <blockquote className="sr-quote">{confirming.text}</blockquote>}
      </ConfirmDialog>
    </div>
  );
}

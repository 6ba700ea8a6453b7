import { Button, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEGAL_HOLD_REASON_MAX } from '../../../../domain/retention/views';
import { ApiError } from '../../../api/client';
import { setLegalHold } from '../../../api/signals-api';
import type { SignalCase } from '../../../api/signal-types';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { formatMoment } from '../../../components/signals/format-moment';
import type { CaseChange } from '../case/case-view';
import { EventTextForm } from '../case/event-text-form';

/**
 * Legal hold (docs/decisions/0017-retention.md): the AF keeps a signal past its retention term,
 * with a reason, and lifts the hold again with one; both reasons go into the history. Either is
 * confirmed first: lifting it may let the next daily run delete the signal.
 */
export function LegalHoldStep({ signal, onChanged }: { signal: SignalCase; onChanged: (change: CaseChange) => void }) {
  const { t, i18n } = useTranslation('signals');
  const step = signal.legalHoldSince ? 'lift' : 'start';
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const run = async (text: string) => {
    setBusy(true);
    setError(null);
    try {
      const next = await setLegalHold(signal.id, step === 'start', text.trim());
      setReason(null);
      setOpen(false);
      onChanged({ signal: next, message: t(`legalHold.done.${step}`) });
    } catch (e) {
      setError(e instanceof ApiError && e.message ? e.message : t('errors.actionFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {signal.legalHoldSince ? (
        <>
          <Paragraph>
            <strong>{t('legalHold.since', { at: formatMoment(signal.legalHoldSince, i18n.language) })}</strong>
          </Paragraph>
          <Paragraph>{t('legalHold.onHoldText')}</Paragraph>
        </>
      ) : (
        <Paragraph>{t('legalHold.notOnHold')}</Paragraph>
      )}
      <Button type="button" ref={buttonRef} appearance="secondary-action-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(`legalHold.button.${step}`)}
      </Button>
      <Paragraph className="sr-hint">{t(`legalHold.help.${step}`)}</Paragraph>
      {open && (
        <EventTextForm
          id="bewaring-reden"
          label={t(`legalHold.reason.${step}`)}
          description={t('legalHold.reasonHelp', { max: LEGAL_HOLD_REASON_MAX })}
          submitLabel={t(`legalHold.submit.${step}`)}
          requiredMessage={t('legalHold.reasonRequired')}
          maxLength={LEGAL_HOLD_REASON_MAX}
          onSubmit={(text) => {
            setError(null);
            setReason(text);
          }}
          onCancel={() => {
            setOpen(false);
            requestAnimationFrame(() => buttonRef.current?.focus());
          }}
        />
      )}
      <ConfirmDialog
        open={reason !== null}
        title={t(`legalHold.confirmTitle.${step}`)}
        confirmLabel={t(`legalHold.confirm.${step}`)}
        busy={busy}
        error={error}
        onConfirm={() => reason !== null && void run(reason)}
        onCancel={() => {
          setReason(null);
          setError(null);
        }}
      >
        <Paragraph>{t(`legalHold.confirmText.${step}`)}</Paragraph>
        {reason && <blockquote className="sr-quote">{reason}</blockquote>}
      </ConfirmDialog>
    </>
  );
}

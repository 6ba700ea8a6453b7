import { Button, Heading4 } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { recordFeedback } from '../../../api/signals-api';
import type { Handover } from '../../../api/signal-types';
import { FormAlert } from '../../../components/form-alert';
import { FeedbackOutcomeFields } from '../../../components/signals/feedback-outcome-fields';
import { useFeedbackForm } from '../../../components/signals/use-feedback-form';

/** The partner gave feedback by phone: the AF records it (the partner's link then stops working). */
export function FeedbackRecordForm({ signalId, handover, onCancel, onDone }: { signalId: string; handover: Handover; onCancel: () => void; onDone: () => void }) {
  const { t } = useTranslation('signals');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { values, setValues, errors, formError, busy, formRef, submit } = useFeedbackForm({
    send: (input) => recordFeedback(signalId, handover.id, input),
    onDone,
    describeError: (error) => (error instanceof ApiError && error.message ? error.message : t('errors.actionFailed')),
  });

  const prefix = `terugkoppeling-${handover.id}`;
  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="sr-form sr-inline-form">
      <Heading4 ref={headingRef} tabIndex={-1} className="sr-focus-heading">
        {t('handovers.recordTitle', { partner: handover.partnerName })}
      </Heading4>
      <FormAlert message={formError} />
      <FeedbackOutcomeFields idPrefix={prefix} values={values} errors={errors} onChange={(change) => setValues((v) => ({ ...v, ...change }))} />
      <div className="sr-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('handovers.recordSubmit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

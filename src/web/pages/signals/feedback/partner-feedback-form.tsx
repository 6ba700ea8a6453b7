import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { giveFeedback } from '../../../api/signals-api';
import type { FeedbackLookup } from '../../../api/signal-types';
import { FormAlert } from '../../../components/form-alert';
import { FeedbackOutcomeFields } from '../../../components/signals/feedback-outcome-fields';
import { useFeedbackForm } from '../../../components/signals/use-feedback-form';

/** The answer form; a used or expired link gets the server's own explanation. */
export function PartnerFeedbackForm({ token, lookup, onDone }: { token: string; lookup: FeedbackLookup; onDone: () => void }) {
  const { t } = useTranslation('signals');
  const alertRef = useRef<HTMLDivElement>(null);
  const { values, setValues, errors, formError, busy, formRef, submit } = useFeedbackForm({
    send: (input) => giveFeedback(token, input),
    onDone,
    describeError: (error) =>
      error instanceof ApiError && error.status === 0 ? t('partner.network') : error instanceof ApiError && error.message ? error.message : t('partner.failed'),
    onError: () => requestAnimationFrame(() => alertRef.current?.focus()),
  });

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="sr-form" aria-labelledby="terugkoppeling-formulier">
      <Heading2 id="terugkoppeling-formulier">{t('partner.formHeading')}</Heading2>
      <Paragraph>{t('partner.formIntro', { reference: lookup.reference })}</Paragraph>
      <FormAlert ref={alertRef} message={formError} />
      <FeedbackOutcomeFields idPrefix="partner" values={values} errors={errors} onChange={(change) => setValues((v) => ({ ...v, ...change }))} />
      <Paragraph className="sr-hint">{t('partner.oneTime')}</Paragraph>
      <div className="sr-actions">
        <Button type="submit" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined}>
          {busy ? t('common.sending') : t('partner.submit')}
        </Button>
      </div>
    </form>
  );
}

import { Button, Heading2, Heading3, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmEnrolment, startEnrolment } from '../api/auth-api';
import { useSubmitForm } from '../hooks/use-submit-form';
import { formErrorsFrom } from '../lib/form-errors';
import { FormAlert } from './form-alert';
import { SubmitButton } from './form/submit-button';
import { TextField } from './form/text-field';
import { LoadingState } from './loading-state';

/** The secret in groups of four, as authenticator apps show it: easier to type over without slips. */
function grouped(secret: string): string {
  return secret.replace(/\s+/g, '').match(/.{1,4}/g)?.join(' ') ?? secret;
}

/**
 * Setting up the authenticator app: a QR code to scan, the same secret written out for typing in
 * by hand, and a code from the app to prove it works. Confirming hands out the recovery codes.
 */
export function EnrolSecondFactor({ onConfirmed, headingLevel = 2 }: { onConfirmed: (codes: string[]) => void; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const enrolment = useMutation({ mutationFn: startEnrolment });
  const started = useRef(false);
  const [code, setCode] = useState('');
  const typed = code.replace(/\s+/g, '');
  const { errors, formRef, alertRef, pending, send } = useSubmitForm(() => confirmEnrolment(typed), { 'second-factor-confirm-failed': 'code' });
  const { mutate: start } = enrolment;

  useEffect(() => {
    // Once: every start makes a new secret and the previous QR code stops working.
    if (started.current) return;
    started.current = true;
    start();
  }, [start]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!/^\d{6}$/.test(typed)) fields.code = typed ? t('secondFactor.codeFormat') : t('secondFactor.codeRequired');
    send(fields, onConfirmed);
  };

  if (enrolment.isPending || enrolment.isIdle) return <LoadingState />;
  if (enrolment.isError) {
    return (
      <>
        <FormAlert message={formErrorsFrom(enrolment.error, t).form ?? t('error.unexpected')} />
        <div className="sr-actions">
          <Button type="button" appearance="secondary-action-button" onClick={() => start()}>
            {t('common.retry')}
          </Button>
        </div>
      </>
    );
  }

  const { secret, qrDataUrl } = enrolment.data;
  const Heading = headingLevel === 2 ? Heading2 : Heading3;
  return (
    <div className="sr-enrol">
      <Paragraph>{t('enrol.intro')}</Paragraph>
      <OrderedList className="sr-enrol__steps">
        <OrderedListItem>
          <Heading className="sr-enrol__step-title">{t('enrol.installTitle')}</Heading>
          <Paragraph>{t('enrol.install')}</Paragraph>
        </OrderedListItem>
        <OrderedListItem>
          <Heading className="sr-enrol__step-title">{t('enrol.scanTitle')}</Heading>
          <Paragraph>{t('enrol.scan')}</Paragraph>
          <img className="sr-enrol__qr" src={qrDataUrl} width={256} height={256} alt={t('enrol.qrAlt')} />
          <Paragraph>{t('enrol.manual')}</Paragraph>
          <Paragraph>
            <span className="sr-enrol__secret-label">{t('enrol.secretLabel')}</span>{' '}
            <code className="sr-secret" translate="no">
              {grouped(secret)}
            </code>
          </Paragraph>
        </OrderedListItem>
        <OrderedListItem>
          <Heading className="sr-enrol__step-title">{t('enrol.confirmTitle')}</Heading>
          <form ref={formRef} onSubmit={submit} noValidate className="sr-form">
            <FormAlert ref={alertRef} message={errors.form} />
            <TextField
              label={t('secondFactor.codeLabel')}
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              maxLength={7}
              className="sr-field-code"
              value={code}
              onValueChange={setCode}
              error={errors.fields.code}
            />
            <div className="sr-actions">
              <SubmitButton pending={pending}>{t('enrol.submit')}</SubmitButton>
            </div>
          </form>
        </OrderedListItem>
      </OrderedList>
    </div>
  );
}

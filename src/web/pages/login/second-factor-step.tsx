import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { giveSecondFactor } from '../../api/auth-api';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/text-field';
import { useFocusFirstError } from '../../hooks/use-focus-first-error';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '../../lib/form-errors';

/**
 * The code from the authenticator app, or one of the recovery codes for a user without their
 * phone. `one-time-code` lets phones offer a code they received; the numeric keyboard suits six
 * digits.
 */
export function SecondFactorStep({ onDone, onCancel, cancelling }: { onDone: () => void; onCancel: () => void; cancelling: boolean }) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useFocusFirstError(errors, formRef, alertRef);
  // Spaces are how people copy codes ("123 456"); the API wants the digits alone.
  const typed = recovery ? code.trim() : code.replace(/\s+/g, '');
  const mutation = useMutation({ mutationFn: () => giveSecondFactor(typed) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!typed) {
      setErrors({ fields: { code: recovery ? t('secondFactor.recoveryRequired') : t('secondFactor.codeRequired') }, form: null });
      return;
    }
    if (!recovery && !/^\d{6}$/.test(typed)) {
      setErrors({ fields: { code: t('secondFactor.codeFormat') }, form: null });
      return;
    }
    setErrors(NO_ERRORS);
    mutation.mutate(undefined, {
      onSuccess: onDone,
      onError: (error) => setErrors(formErrorsFrom(error, t, { 'second-factor-invalid': 'code' })),
    });
  };

  const switchMode = () => {
    setRecovery(!recovery);
    setCode('');
    setErrors(NO_ERRORS);
    // The field changes meaning: put the user in it.
    queueMicrotask(() => inputRef.current?.focus());
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="sr-form">
      <Paragraph>{recovery ? t('secondFactor.recoveryIntro') : t('secondFactor.intro')}</Paragraph>
      <FormAlert ref={alertRef} message={errors.form} />
      <TextField
        key={recovery ? 'recovery' : 'totp'}
        inputRef={inputRef}
        label={recovery ? t('secondFactor.recoveryLabel') : t('secondFactor.codeLabel')}
        name={recovery ? 'recovery-code' : 'code'}
        autoComplete={recovery ? 'off' : 'one-time-code'}
        inputMode={recovery ? 'text' : 'numeric'}
        spellCheck={false}
        autoCapitalize={recovery ? 'characters' : undefined}
        maxLength={recovery ? 32 : 7}
        className={recovery ? 'sr-field-code sr-field-code--long' : 'sr-field-code'}
        value={code}
        onValueChange={setCode}
        error={errors.fields.code}
      />
      <div className="sr-actions">
        <Button type="submit" appearance="primary-action-button" busy={mutation.isPending} disabled={mutation.isPending}>
          {mutation.isPending ? t('common.busy') : t('secondFactor.submit')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={switchMode}>
          {recovery ? t('secondFactor.useApp') : t('secondFactor.useRecovery')}
        </Button>
      </div>
      <div className="sr-actions">
        <Button type="button" appearance="subtle-button" busy={cancelling} disabled={cancelling} onClick={onCancel}>
          {t('login.cancel')}
        </Button>
      </div>
    </form>
  );
}

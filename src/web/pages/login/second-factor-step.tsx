import { Button, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { giveSecondFactor } from '../../api/auth-api';
import { FormAlert } from '../../components/form-alert';
import { SubmitButton } from '../../components/form/submit-button';
import { TextField } from '../../components/form/text-field';
import { useSubmitForm } from '../../hooks/use-submit-form';

/**
 * The code from the authenticator app, or one of the recovery codes for a user without their
 * phone. `one-time-code` lets phones offer a code they received; the numeric keyboard suits six
 * digits.
 */
export function SecondFactorStep({ onDone, onCancel, cancelling }: { onDone: () => void; onCancel: () => void; cancelling: boolean }) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  // Spaces are how people copy codes ("123 456"); the API wants the digits alone.
  const typed = recovery ? code.trim() : code.replace(/\s+/g, '');
  const { errors, clearErrors, formRef, alertRef, pending, send } = useSubmitForm(() => giveSecondFactor(typed), { 'second-factor-invalid': 'code' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!typed) fields.code = recovery ? t('secondFactor.recoveryRequired') : t('secondFactor.codeRequired');
    else if (!recovery && !/^\d{6}$/.test(typed)) fields.code = t('secondFactor.codeFormat');
    send(fields, onDone);
  };

  const switchMode = () => {
    setRecovery(!recovery);
    setCode('');
    clearErrors();
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
        <SubmitButton pending={pending}>{t('secondFactor.submit')}</SubmitButton>
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

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { login } from '../../api/auth-api';
import type { LoginResult } from '../../api/types';
import { FormAlert } from '../../components/form-alert';
import { CurrentPasswordField, EmailField } from '../../components/form/account-fields';
import { SubmitButton } from '../../components/form/submit-button';
import { useSubmitForm } from '../../hooks/use-submit-form';

/**
 * E-mail address and password. The API answers the same for an unknown address and a wrong
 * password, so the message sits beside the password; a lock-out (with the time it ends) is a
 * message for the whole form. What was typed stays after an error.
 */
export function PasswordStep({ onDone }: { onDone: (result: LoginResult) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { errors, formRef, alertRef, pending, send } = useSubmitForm(() => login(email.trim(), password), { 'invalid-credentials': 'password' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!email.trim()) fields.email = t('login.emailRequired');
    if (!password) fields.password = t('login.passwordRequired');
    send(fields, onDone);
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="sr-form">
      <FormAlert ref={alertRef} message={errors.form} />
      <EmailField autoComplete="username" value={email} onValueChange={setEmail} error={errors.fields.email} />
      <CurrentPasswordField label={t('login.password')} value={password} onValueChange={setPassword} error={errors.fields.password} />
      <div className="sr-actions">
        <SubmitButton pending={pending}>{t('login.submit')}</SubmitButton>
      </div>
    </form>
  );
}

import { Button } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { login } from '../../api/auth-api';
import type { LoginResult } from '../../api/types';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/text-field';
import { useFocusFirstError } from '../../hooks/use-focus-first-error';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '../../lib/form-errors';

/**
 * E-mail address and password. The API answers the same for an unknown address and a wrong
 * password, so the message sits beside the password; a lock-out (with the time it ends) is a
 * message for the whole form. What was typed stays after an error.
 */
export function PasswordStep({ onDone }: { onDone: (result: LoginResult) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  useFocusFirstError(errors, formRef, alertRef);
  const mutation = useMutation({ mutationFn: () => login(email.trim(), password) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!email.trim()) fields.email = t('login.emailRequired');
    if (!password) fields.password = t('login.passwordRequired');
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, form: null });
      return;
    }
    setErrors(NO_ERRORS);
    mutation.mutate(undefined, {
      onSuccess: onDone,
      onError: (error) => setErrors(formErrorsFrom(error, t, { 'invalid-credentials': 'password' })),
    });
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="sr-form">
      <FormAlert ref={alertRef} message={errors.form} />
      <TextField
        label={t('login.email')}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        value={email}
        onValueChange={setEmail}
        error={errors.fields.email}
      />
      <TextField
        label={t('login.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        error={errors.fields.password}
      />
      <div className="sr-actions">
        <Button type="submit" appearance="primary-action-button" busy={mutation.isPending} disabled={mutation.isPending}>
          {mutation.isPending ? t('common.busy') : t('login.submit')}
        </Button>
      </div>
    </form>
  );
}

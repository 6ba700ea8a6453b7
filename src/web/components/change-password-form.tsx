import { Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../api/auth-api';
import { useFocusOnChange } from '../hooks/use-focus-on-change';
import { useSubmitForm } from '../hooks/use-submit-form';
import { FormAlert } from './form-alert';
import { CurrentPasswordField, NewPasswordField, RepeatPasswordField } from './form/account-fields';
import { SubmitButton } from './form/submit-button';

/**
 * The user changes their own password with the current one. The server ends the sessions on other
 * devices and keeps this one; the message that says so takes focus. A wrong current password
 * (which counts towards the lock-out, as the message says) and a password the policy refuses show
 * beside their field, a lock-out as a message for the whole form.
 */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  useFocusOnChange(doneRef, done);
  // Field names as the API's (validation errors name them too).
  const { errors, formRef, alertRef, pending, send } = useSubmitForm(() => changePassword(current, next), {
    'current-password-invalid': 'currentPassword',
    'weak-password': 'newPassword',
    'password-unchanged': 'newPassword',
  });

  if (done) {
    return (
      <div className="sr-narrow">
        <FormAlert ref={doneRef} type="ok" message={t('accountPage.passwordDone')} />
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!current) fields.currentPassword = t('password.currentRequired');
    if (!next) fields.newPassword = t('password.newRequired');
    else if (next !== repeat) fields.repeat = t('activation.mismatch');
    send(fields, () => setDone(true));
  };

  return (
    <>
      <Paragraph>{t('accountPage.passwordIntro')}</Paragraph>
      <form ref={formRef} onSubmit={submit} noValidate className="sr-form sr-narrow">
        <FormAlert ref={alertRef} message={errors.form} />
        <CurrentPasswordField label={t('password.current')} value={current} onValueChange={setCurrent} error={errors.fields.currentPassword} />
        <NewPasswordField value={next} onValueChange={setNext} error={errors.fields.newPassword} />
        <RepeatPasswordField label={t('password.repeatNew')} value={repeat} onValueChange={setRepeat} error={errors.fields.repeat} />
        <div className="sr-actions">
          <SubmitButton pending={pending}>{t('accountPage.passwordSubmit')}</SubmitButton>
        </div>
      </form>
    </>
  );
}

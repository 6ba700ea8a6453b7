import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activateAccount } from '../api/auth-api';
import { FormAlert } from '../components/form-alert';
import { NewPasswordField, RepeatPasswordField } from '../components/form/account-fields';
import { SubmitButton } from '../components/form/submit-button';
import { LinkFormDone } from '../components/link-form-done';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useFragmentToken } from '../hooks/use-fragment-token';
import { useLinkForm } from '../hooks/use-link-form';

/**
 * The activation link a beheerder handed over: the new user (or one who forgot the password)
 * chooses a password. Nobody else ever sets a password for them.
 */
export function ActivationPage() {
  const { t } = useTranslation();
  const token = useFragmentToken();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { errors, done, formRef, alertRef, headingRef, pending, send } = useLinkForm(() => activateAccount(token ?? '', password), {
    'weak-password': 'password',
  });
  const title = done ? t('activation.doneTitle') : t('activation.title');
  useDocumentTitle(title);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!password) fields.password = t('login.passwordRequired');
    else if (password !== repeat) fields.repeat = t('activation.mismatch');
    send(fields);
  };

  return (
    <div className="sr-container sr-narrow">
      <Heading1 ref={headingRef} tabIndex={-1} className="sr-focus-heading">
        {title}
      </Heading1>
      {done ? (
        <LinkFormDone message={t('activation.done')} />
      ) : !token ? (
        <Paragraph>{t('activation.noToken')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('activation.intro')}</Paragraph>
          <form ref={formRef} onSubmit={submit} noValidate className="sr-form">
            <FormAlert ref={alertRef} message={errors.form} />
            <NewPasswordField value={password} onValueChange={setPassword} error={errors.fields.password} />
            <RepeatPasswordField label={t('activation.repeat')} value={repeat} onValueChange={setRepeat} error={errors.fields.repeat} />
            <div className="sr-actions">
              <SubmitButton pending={pending}>{t('activation.submit')}</SubmitButton>
            </div>
          </form>
        </>
      )}
    </div>
  );
}

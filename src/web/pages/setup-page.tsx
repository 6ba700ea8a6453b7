import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createFirstUser, setupStatus } from '../api/auth-api';
import { useMunicipalities } from '../api/queries';
import { AppLink } from '../components/app-link';
import { FormAlert } from '../components/form-alert';
import { EmailField, NewPasswordField } from '../components/form/account-fields';
import { SubmitButton } from '../components/form/submit-button';
import { TextField } from '../components/form/text-field';
import { LinkFormDone } from '../components/link-form-done';
import { LoadingState } from '../components/loading-state';
import { MunicipalityField } from '../components/municipality-field';
import { QueryError } from '../components/query-error';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useFragmentToken } from '../hooks/use-fragment-token';
import { useLinkForm } from '../hooks/use-link-form';

/**
 * First start: the one-time set-up link (printed by the server) creates the first beheerder. There
 * are no default passwords; this person chooses theirs here and sets up a second factor at login.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const token = useFragmentToken();
  const status = useQuery({ queryKey: ['setup'], queryFn: setupStatus, staleTime: 0 });
  const municipalities = useMunicipalities();
  const [form, setForm] = useState({ municipality: '', name: '', email: '', password: '' });
  const { errors, done, formRef, alertRef, headingRef, pending, send } = useLinkForm(
    () => createFirstUser({ token: token ?? '', municipality: form.municipality, name: form.name.trim(), email: form.email.trim(), password: form.password }),
    { 'weak-password': 'password', 'unknown-municipality': 'municipality' },
  );
  const title = done ? t('setup.doneTitle') : t('setup.title');
  useDocumentTitle(title);

  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!form.municipality) fields.municipality = t('setup.municipalityRequired');
    if (!form.name.trim()) fields.name = t('setup.nameRequired');
    if (!form.email.trim()) fields.email = t('login.emailRequired');
    if (!form.password) fields.password = t('login.passwordRequired');
    send(fields);
  };

  let body;
  if (done) {
    body = <LinkFormDone message={t('setup.done')} />;
  } else if (status.isPending) {
    body = <LoadingState />;
  } else if (status.isError) {
    body = <QueryError error={status.error} />;
  } else if (!status.data.needed) {
    body = (
      <>
        <Paragraph>{t('setup.notNeeded')}</Paragraph>
        <Paragraph>
          <AppLink to="/inloggen">{t('setup.toLogin')}</AppLink>
        </Paragraph>
      </>
    );
  } else if (!token) {
    body = <Paragraph>{t('setup.noToken')}</Paragraph>;
  } else {
    body = (
      <>
        <Paragraph>{t('setup.intro')}</Paragraph>
        {municipalities.isError && <QueryError error={municipalities.error} />}
        <form ref={formRef} onSubmit={submit} noValidate className="sr-form">
          <FormAlert ref={alertRef} message={errors.form} />
          <MunicipalityField
            label={t('setup.municipality')}
            name="municipality"
            value={form.municipality}
            onValueChange={set('municipality')}
            error={errors.fields.municipality}
          />
          <TextField label={t('setup.name')} name="name" autoComplete="name" value={form.name} onValueChange={set('name')} error={errors.fields.name} />
          <EmailField autoComplete="username" value={form.email} onValueChange={set('email')} error={errors.fields.email} />
          <NewPasswordField value={form.password} onValueChange={set('password')} error={errors.fields.password} />
          <div className="sr-actions">
            <SubmitButton pending={pending}>{t('setup.submit')}</SubmitButton>
          </div>
        </form>
      </>
    );
  }

  return (
    <div className="sr-container sr-narrow">
      <Heading1 ref={headingRef} tabIndex={-1} className="sr-focus-heading">
        {title}
      </Heading1>
      {body}
    </div>
  );
}

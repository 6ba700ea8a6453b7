import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser } from '../../api/auth-api';
import type { ActivationLink, Role } from '../../api/types';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/text-field';
import { useFocusFirstError } from '../../hooks/use-focus-first-error';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '../../lib/form-errors';
import { RoleCheckboxes } from './role-checkboxes';

/** A new user: name, e-mail address and roles. The user then chooses a password with the activation link. */
export function AddUserForm({ onCreated, onCancel }: { onCreated: (name: string, link: ActivationLink) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>(['medewerker']);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusFirstError(errors, formRef, alertRef);
  const mutation = useMutation({ mutationFn: () => createUser({ name: name.trim(), email: email.trim(), roles }) });

  // The form opened on request: start typing at once.
  useEffect(() => nameRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = t('users.nameRequired');
    if (!email.trim()) fields.email = t('login.emailRequired');
    if (roles.length === 0) fields.roles = t('users.rolesRequired');
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, form: null });
      return;
    }
    setErrors(NO_ERRORS);
    mutation.mutate(undefined, {
      onSuccess: (link) => onCreated(name.trim(), link),
      onError: (error) => setErrors(formErrorsFrom(error, t, { 'email-taken': 'email' })),
    });
  };

  return (
    <section aria-labelledby={headingId} className="sr-section sr-panel">
      <Heading2 id={headingId}>{t('users.addTitle')}</Heading2>
      <Paragraph>{t('users.addIntro')}</Paragraph>
      <form ref={formRef} onSubmit={submit} noValidate className="sr-form">
        <FormAlert ref={alertRef} message={errors.form} />
        <TextField label={t('users.name')} name="name" autoComplete="off" inputRef={nameRef} value={name} onValueChange={setName} error={errors.fields.name} />
        <TextField
          label={t('login.email')}
          type="email"
          name="email"
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          value={email}
          onValueChange={setEmail}
          error={errors.fields.email}
        />
        <RoleCheckboxes value={roles} onChange={setRoles} error={errors.fields.roles} />
        <div className="sr-actions">
          <Button type="submit" appearance="primary-action-button" busy={mutation.isPending} disabled={mutation.isPending}>
            {mutation.isPending ? t('common.busy') : t('users.addSubmit')}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={onCancel} disabled={mutation.isPending}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

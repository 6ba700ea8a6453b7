import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser } from '../../api/auth-api';
import type { ActivationLink, Role } from '../../api/types';
import { FormAlert } from '../../components/form-alert';
import { EmailField } from '../../components/form/account-fields';
import { SubmitButton } from '../../components/form/submit-button';
import { TextField } from '../../components/form/text-field';
import { useSubmitForm } from '../../hooks/use-submit-form';
import { RoleCheckboxes } from './role-checkboxes';

/** A new user: name, e-mail address and roles. The user then chooses a password with the activation link. */
export function AddUserForm({ onCreated, onCancel }: { onCreated: (name: string, link: ActivationLink) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>(['medewerker']);
  const nameRef = useRef<HTMLInputElement>(null);
  const { errors, formRef, alertRef, pending, send } = useSubmitForm(() => createUser({ name: name.trim(), email: email.trim(), roles }), { 'email-taken': 'email' });

  // The form opened on request: start typing at once.
  useEffect(() => nameRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = t('users.nameRequired');
    if (!email.trim()) fields.email = t('login.emailRequired');
    if (roles.length === 0) fields.roles = t('users.rolesRequired');
    send(fields, (link) => onCreated(name.trim(), link));
  };

  return (
    <section aria-labelledby={headingId} className="sr-section sr-panel">
      <Heading2 id={headingId}>{t('users.addTitle')}</Heading2>
      <Paragraph>{t('users.addIntro')}</Paragraph>
      <form ref={formRef} onSubmit={submit} noValidate className="sr-form">
        <FormAlert ref={alertRef} message={errors.form} />
        <TextField label={t('users.name')} name="name" autoComplete="off" inputRef={nameRef} value={name} onValueChange={setName} error={errors.fields.name} />
        <EmailField autoComplete="off" value={email} onValueChange={setEmail} error={errors.fields.email} />
        <RoleCheckboxes value={roles} onChange={setRoles} error={errors.fields.roles} />
        <div className="sr-actions">
          <SubmitButton pending={pending}>{t('users.addSubmit')}</SubmitButton>
          <Button type="button" appearance="subtle-button" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}

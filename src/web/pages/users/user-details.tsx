import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newActivationLink, resetSecondFactor, updateUser } from '../../api/auth-api';
import type { ActivationLink, ManagedUser, Role } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormAlert } from '../../components/form-alert';
import { SubmitButton } from '../../components/form/submit-button';
import { TextField } from '../../components/form/text-field';
import { useSubmitForm } from '../../hooks/use-submit-form';
import { formErrorsFrom } from '../../lib/form-errors';
import { DEPARTMENT_SUGGESTIONS } from './department-suggestions';
import { RoleCheckboxes } from './role-checkboxes';

type Pending = 'deactivate' | 'reset' | null;

export interface UserDetailsProps {
  user: ManagedUser;
  /** After a change: the page reloads the list and says what happened. */
  onChanged: (message: string) => void;
  onLink: (name: string, link: ActivationLink) => void;
  onClose: () => void;
}

/**
 * Managing one user: name and roles, (de)activation, resetting a lost second factor and a new
 * activation link. Deactivating and resetting ask first: both end the user's sessions at once.
 */
export function UserDetails({ user, onChanged, onLink, onClose }: UserDetailsProps) {
  const { t } = useTranslation();
  const ids = { heading: useId(), access: useId(), departments: useId() };
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [name, setName] = useState(user.name);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [department, setDepartment] = useState(user.department ?? '');
  const [pending, setPending] = useState<Pending>(null);
  const save = useSubmitForm(() => updateUser(user.id, { name: name.trim(), roles, department: department.trim() || null }), { 'last-beheerder': 'roles' });
  const { errors, formRef, alertRef } = save;

  useEffect(() => headingRef.current?.focus(), [user.id]);

  const activeChange = useMutation({ mutationFn: (active: boolean) => updateUser(user.id, { active }) });
  const reset = useMutation({ mutationFn: () => resetSecondFactor(user.id) });
  const link = useMutation({ mutationFn: () => newActivationLink(user.id) });
  // Errors of the confirmed actions show in their dialog; the others here.
  const actionError = link.error ?? (pending === null ? activeChange.error : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = t('users.nameRequired');
    if (roles.length === 0) fields.roles = t('users.rolesRequired');
    save.send(fields, () => onChanged(t('users.saved', { name: name.trim() })));
  };

  const closeDialog = () => {
    setPending(null);
    activeChange.reset();
    reset.reset();
  };

  return (
    <section aria-labelledby={ids.heading} className="sr-section sr-panel">
      <Heading2 id={ids.heading} ref={headingRef} tabIndex={-1} className="sr-focus-heading">
        {t('users.detailsTitle', { name: user.name })}
      </Heading2>
      <form ref={formRef} onSubmit={submit} noValidate className="sr-form">
        <FormAlert ref={alertRef} message={errors.form} />
        <TextField label={t('users.name')} name="name" autoComplete="off" value={name} onValueChange={setName} error={errors.fields.name} />
        <TextField
          label={t('users.department')}
          description={t('users.departmentHint')}
          name="department"
          autoComplete="off"
          list={ids.departments}
          maxLength={100}
          value={department}
          onValueChange={setDepartment}
          error={errors.fields.department}
        />
        <datalist id={ids.departments}>
          {DEPARTMENT_SUGGESTIONS.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
        <RoleCheckboxes value={roles} onChange={setRoles} error={errors.fields.roles} />
        <Paragraph className="sr-hint">{t('users.rolesEndSessions')}</Paragraph>
        <div className="sr-actions">
          <SubmitButton pending={save.pending}>{t('users.save')}</SubmitButton>
        </div>
      </form>

      <Heading3 id={ids.access}>{t('users.accessTitle')}</Heading3>
      <FormAlert message={actionError ? formErrorsFrom(actionError, t).form : null} />
      <div className="sr-actions">
        {user.active ? (
          <Button type="button" appearance="secondary-action-button" hint="danger" onClick={() => setPending('deactivate')}>
            {t('users.deactivate')}
          </Button>
        ) : (
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={activeChange.isPending}
            disabled={activeChange.isPending}
            onClick={() => activeChange.mutate(true, { onSuccess: () => onChanged(t('users.reactivated', { name: user.name })) })}
          >
            {activeChange.isPending ? t('common.busy') : t('users.reactivate')}
          </Button>
        )}
        {user.secondFactor && (
          <Button type="button" appearance="secondary-action-button" hint="danger" onClick={() => setPending('reset')}>
            {t('users.resetSecondFactor')}
          </Button>
        )}
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={link.isPending}
          disabled={link.isPending}
          onClick={() => link.mutate(undefined, { onSuccess: (l) => onLink(user.name, l) })}
        >
          {link.isPending ? t('common.busy') : user.hasPassword ? t('users.newLinkForgotten') : t('users.newLink')}
        </Button>
      </div>
      <div className="sr-actions">
        <Button type="button" appearance="subtle-button" onClick={onClose}>
          {t('users.closeDetails')}
        </Button>
      </div>

      <ConfirmDialog
        open={pending === 'deactivate'}
        title={t('users.deactivateTitle', { name: user.name })}
        confirmLabel={t('users.deactivate')}
        busy={activeChange.isPending}
        error={activeChange.isError ? formErrorsFrom(activeChange.error, t).form : null}
        onCancel={closeDialog}
        onConfirm={() =>
          activeChange.mutate(false, {
            onSuccess: () => {
              setPending(null);
              onChanged(t('users.deactivated', { name: user.name }));
            },
          })
        }
      >
        {t('users.deactivateText')}
      </ConfirmDialog>
      <ConfirmDialog
        open={pending === 'reset'}
        title={t('users.resetTitle', { name: user.name })}
        confirmLabel={t('users.resetSecondFactor')}
        busy={reset.isPending}
        error={reset.isError ? formErrorsFrom(reset.error, t).form : null}
        onCancel={closeDialog}
        onConfirm={() =>
          reset.mutate(undefined, {
            onSuccess: () => {
              setPending(null);
              onChanged(t('users.resetDone', { name: user.name }));
            },
          })
        }
      >
        {t('users.resetText')}
      </ConfirmDialog>
    </section>
  );
}

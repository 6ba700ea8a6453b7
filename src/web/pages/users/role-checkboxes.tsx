import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';
import { CheckboxField } from '../../components/form/choice-field';
import { ChoiceFieldset } from '../../components/form/choice-group';
import { ALL_ROLES, ROLES_WITH_SECOND_FACTOR } from '../../lib/roles';

/** The roles as checkboxes (a user may hold several), each with what it means. */
export function RoleCheckboxes({ value, onChange, error }: { value: Role[]; onChange: (roles: Role[]) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const base = useId();
  const toggle = (role: Role, checked: boolean) => onChange(ALL_ROLES.filter((r) => (r === role ? checked : value.includes(r))));
  return (
    <ChoiceFieldset id={base} legend={t('users.roles')} error={error} className="sr-roles">
      {ALL_ROLES.map((role) => (
        <CheckboxField
          key={role}
          id={`${base}-${role}`}
          name="roles"
          value={role}
          label={t(`roles.${role}`)}
          description={
            <>
              {t(`roleHelp.${role}`)}
              {ROLES_WITH_SECOND_FACTOR.includes(role) && <> {t('users.needsSecondFactor')}</>}
            </>
          }
          checked={value.includes(role)}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          onChange={(event) => toggle(role, event.target.checked)}
        />
      ))}
    </ChoiceFieldset>
  );
}

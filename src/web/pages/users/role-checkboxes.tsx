import { Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';
import { ALL_ROLES, ROLES_WITH_SECOND_FACTOR } from '../../lib/roles';

/** The roles as checkboxes (a user may hold several), each with what it means. */
export function RoleCheckboxes({ value, onChange, error }: { value: Role[]; onChange: (roles: Role[]) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const base = useId();
  const errorId = `${base}-fout`;
  const toggle = (role: Role, checked: boolean) => onChange(ALL_ROLES.filter((r) => (r === role ? checked : value.includes(r))));
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={error ? errorId : undefined} className="sr-roles">
      <FieldsetLegend>{t('users.roles')}</FieldsetLegend>
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {ALL_ROLES.map((role) => {
        const id = `${base}-${role}`;
        const descriptionId = `${id}-uitleg`;
        const checked = value.includes(role);
        return (
          <FormField
            key={role}
            type="checkbox"
            className="sr-option"
            label={
              <FormLabel htmlFor={id} type="checkbox" checked={checked}>
                {t(`roles.${role}`)}
              </FormLabel>
            }
            description={
              <FormFieldDescription id={descriptionId}>
                {t(`roleHelp.${role}`)}
                {ROLES_WITH_SECOND_FACTOR.includes(role) && <> {t('users.needsSecondFactor')}</>}
              </FormFieldDescription>
            }
            input={
              <Checkbox
                id={id}
                name="roles"
                value={role}
                checked={checked}
                invalid={Boolean(error)}
                aria-invalid={error ? true : undefined}
                aria-describedby={descriptionId}
                onChange={(event) => toggle(role, event.target.checked)}
              />
            }
          />
        );
      })}
    </Fieldset>
  );
}

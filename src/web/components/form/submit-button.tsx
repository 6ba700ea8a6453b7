import { Button } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The form's main button: while the request runs it says so and cannot be pressed again. */
export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Button type="submit" appearance="primary-action-button" busy={pending} disabled={pending}>
      {pending ? t('common.busy') : children}
    </Button>
  );
}

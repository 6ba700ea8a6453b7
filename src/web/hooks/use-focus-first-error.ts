import { useEffect, type RefObject } from 'react';
import type { FormErrors } from '../lib/form-errors';

/**
 * After a failed submit, puts focus where the problem is: on the message about the whole form, or
 * on the first field marked invalid (whose error message it reads out through aria-describedby).
 */
export function useFocusFirstError(errors: FormErrors, formRef: RefObject<HTMLElement | null>, alertRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (errors.form) {
      alertRef.current?.focus();
      return;
    }
    if (Object.keys(errors.fields).length === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors, formRef, alertRef]);
}

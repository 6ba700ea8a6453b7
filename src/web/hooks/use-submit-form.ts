import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { useFocusFirstError } from './use-focus-first-error';

/**
 * A form that checks its fields, then sends one request: errors beside the fields (or above the
 * form) with focus on the first, the API's errors mapped to fields by `fieldOfError` (API error id
 * → field), and `pending` while the request runs. Give `formRef` to the form and `alertRef` to its
 * FormAlert.
 */
export function useSubmitForm<T>(mutationFn: () => Promise<T>, fieldOfError: Record<string, string> = {}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  useFocusFirstError(errors, formRef, alertRef);
  const mutation = useMutation({ mutationFn });

  /** Shows the field errors found in the browser, or sends when there are none. */
  const send = (fields: Record<string, string>, onSuccess: (result: T) => void) => {
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, form: null });
      return;
    }
    setErrors(NO_ERRORS);
    mutation.mutate(undefined, {
      onSuccess: (result) => onSuccess(result),
      onError: (error) => setErrors(formErrorsFrom(error, t, fieldOfError)),
    });
  };

  return { errors, clearErrors: () => setErrors(NO_ERRORS), formRef, alertRef, pending: mutation.isPending, send };
}

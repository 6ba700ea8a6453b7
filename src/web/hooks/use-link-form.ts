import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '../lib/form-errors';
import { useFocusFirstError } from './use-focus-first-error';
import { useFocusOnChange } from './use-focus-on-change';

/**
 * The shared behaviour of the one-time-link forms (first-start set-up, activation): errors beside
 * the fields with focus on the first one, a single request, and focus on the heading when done.
 * `fieldOfError` maps API error ids to the field their message belongs beside.
 */
export function useLinkForm(mutationFn: () => Promise<unknown>, fieldOfError: Record<string, string>) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusFirstError(errors, formRef, alertRef);
  useFocusOnChange(headingRef, done);
  const mutation = useMutation({ mutationFn });

  /** Shows the client-side field errors, or sends when there are none. */
  const send = (fields: Record<string, string>) => {
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, form: null });
      return;
    }
    setErrors(NO_ERRORS);
    mutation.mutate(undefined, {
      onSuccess: () => setDone(true),
      onError: (error) => setErrors(formErrorsFrom(error, t, fieldOfError)),
    });
  };

  return { errors, done, formRef, alertRef, headingRef, pending: mutation.isPending, send };
}

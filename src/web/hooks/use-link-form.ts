import { useRef, useState } from 'react';
import { useFocusOnChange } from './use-focus-on-change';
import { useSubmitForm } from './use-submit-form';

/**
 * The shared behaviour of the one-time-link forms (first-start set-up, activation): a submit form
 * (see useSubmitForm) that, once sent, is done and puts focus on the heading.
 * `fieldOfError` maps API error ids to the field their message belongs beside.
 */
export function useLinkForm(mutationFn: () => Promise<unknown>, fieldOfError: Record<string, string>) {
  const form = useSubmitForm(mutationFn, fieldOfError);
  const [done, setDone] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(headingRef, done);

  /** Shows the client-side field errors, or sends when there are none. */
  const send = (fields: Record<string, string>) => form.send(fields, () => setDone(true));

  return { errors: form.errors, done, formRef: form.formRef, alertRef: form.alertRef, headingRef, pending: form.pending, send };
}

import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** Messages to show beside fields (by field name) and for the form as a whole. */
export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

/**
 * Turns an API error into messages beside the fields they concern, in the API's own Dutch words.
 * `fieldOf` maps an error id to a field (weak-password → password); validation errors name their
 * fields in `details.fields`. Everything else is a message for the whole form.
 */
export function formErrorsFrom(error: unknown, t: TFunction, fieldOf: Record<string, string> = {}): FormErrors {
  if (!(error instanceof ApiError)) return { fields: {}, form: t('error.unexpected') };
  if (error.status === 0) return { fields: {}, form: t('error.network') };
  const field = fieldOf[error.id];
  if (field && error.message) return { fields: { [field]: error.message }, form: null };
  if (error.id === 'validation' && Array.isArray(error.details.fields)) {
    const fields: Record<string, string> = {};
    for (const item of error.details.fields as { field?: unknown; message?: unknown }[]) {
      if (typeof item.field === 'string' && typeof item.message === 'string' && item.field) fields[item.field] ??= item.message;
    }
    if (Object.keys(fields).length > 0) return { fields, form: null };
  }
  return { fields: {}, form: error.message || t('error.unexpected') };
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.form !== null || Object.keys(errors.fields).length > 0;
}

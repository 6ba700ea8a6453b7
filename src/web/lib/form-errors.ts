import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** Messages to show beside fields (by field name) and for the form as a whole. */
export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

/**
 * The API's message in its own Dutch words, or, in another UI language, the web's translation of
 * the error's reason where it has one (`apiErrors.<id>.<reason>`, such as why a password was refused).
 */
function apiMessage(error: ApiError, t: TFunction): string {
  const reason = error.details.reason;
  return typeof reason === 'string' ? t(`apiErrors.${error.id}.${reason}`, { defaultValue: error.message }) : error.message;
}

/**
 * Turns an API error into messages beside the fields they concern (see apiMessage).
 * `fieldOf` maps an error id to a field (weak-password → password); validation errors name their
 * fields in `details.fields`. Everything else is a message for the whole form.
 */
export function formErrorsFrom(error: unknown, t: TFunction, fieldOf: Record<string, string> = {}): FormErrors {
  if (!(error instanceof ApiError)) return { fields: {}, form: t('error.unexpected') };
  if (error.status === 0) return { fields: {}, form: t('error.network') };
  const field = fieldOf[error.id];
  if (field && error.message) return { fields: { [field]: apiMessage(error, t) }, form: null };
  if (error.id === 'validation' && Array.isArray(error.details.fields)) {
    const fields: Record<string, string> = {};
    for (const item of error.details.fields as { field?: unknown; message?: unknown }[]) {
      if (typeof item.field === 'string' && typeof item.message === 'string' && item.field) fields[item.field] ??= item.message;
    }
    if (Object.keys(fields).length > 0) return { fields, form: null };
  }
  return { fields: {}, form: (error.message && apiMessage(error, t)) || t('error.unexpected') };
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.form !== null || Object.keys(errors.fields).length > 0;
}

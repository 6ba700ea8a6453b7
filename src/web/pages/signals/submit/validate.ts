import { z } from 'zod';
import { personSchema, signalSubmissionSchema } from '../../../../domain/signal/schema';
import type { SignalSubmission } from '../../../api/signal-types';

// zod's own messages (a missing choice, a wrong type) in Dutch, like the server's. This module is
// only in the lazily loaded form chunk, so zod never weighs on the wizard's first page.
z.config(z.locales.nl());

/** Messages per field, keyed by the field's path ("persons.0.name"). */
export type FieldErrors = Record<string, string>;

type Issue = { path: PropertyKey[]; code: string; message: string };

/** Where the schema's generic message is unclear for a form field, a message of our own. */
export interface OwnMessages {
  required: (path: string) => string | null;
}

/**
 * Validates with the same schema as the server. zod runs a refinement only once the rest of its
 * object is valid; so the "what did you see" rule and the "name or description" rule of a person
 * are also checked on their own, and the user gets every message in one go instead of a second
 * round after fixing the first.
 */
export function validateSubmission(submission: SignalSubmission, own: OwnMessages): FieldErrors {
  const errors: FieldErrors = {};
  const add = (issues: readonly Issue[], prefix: PropertyKey[] = []) => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path].map(String).join('.');
      if (errors[path]) continue;
      const missing = issue.code === 'invalid_type' || issue.code === 'invalid_value' ? own.required(path) : null;
      errors[path] = missing ?? issue.message;
    }
  };
  const result = signalSubmissionSchema.safeParse(submission);
  if (result.success) return errors;
  add(result.error.issues);

  const probe = signalSubmissionSchema.safeParse({
    forms: ['unknown'],
    observedSignals: submission.observedSignals,
    description: submission.description,
    persons: [],
    organisations: [],
    addresses: [],
    acuteDanger: false,
    personAware: 'unknown',
  });
  if (!probe.success) add(probe.error.issues.filter((i) => i.path[0] === 'description'));

  submission.persons.forEach((person, index) => {
    const alone = personSchema.safeParse({ role: 'other', name: person.name, description: person.description });
    if (!alone.success) add(alone.error.issues.filter((i) => i.path[0] === 'name'), ['persons', index]);
  });
  return errors;
}

/** The server's per-field messages (details.fields), in the same path form as ours. */
export function serverFieldErrors(details: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {};
  if (!Array.isArray(details.fields)) return errors;
  for (const item of details.fields as { field?: unknown; path?: unknown; message?: unknown }[]) {
    const raw = typeof item.field === 'string' ? item.field : Array.isArray(item.path) ? item.path.join('.') : null;
    if (raw === null || typeof item.message !== 'string') continue;
    const path = raw.replace(/^\/?(body[./])?/, '').replace(/[/[\]]+/g, '.').replace(/\.+/g, '.').replace(/^\.|\.$/g, '');
    // A message about the whole request (no field) is not a field's: the form shows it instead.
    if (path) errors[path] ??= item.message;
  }
  return errors;
}

import { afContactBody, type AfContact } from '../../../../domain/af-contact/schema';

export const AF_FIELDS = ['name', 'phone', 'email', 'hours'] as const;
export type AfField = (typeof AF_FIELDS)[number];

/** The form's fields as typed. */
export type AfContactText = Record<AfField, string>;

/** What is wrong with a field, for a message in the page's language. */
export type AfProblem = 'missing' | 'invalid' | 'too-long';

export type AfContactCheck = { contact: AfContact; problems: null } | { contact: null; problems: Partial<Record<AfField, AfProblem>> };

/** The typed contact checked by the schema the server applies, or what is wrong per field. */
export function checkAfContact(text: AfContactText): AfContactCheck {
  const parsed = afContactBody.safeParse({ ...text, hours: text.hours.trim() === '' ? null : text.hours });
  if (parsed.success) return { contact: parsed.data, problems: null };
  const problems: Partial<Record<AfField, AfProblem>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as AfField;
    const problem: AfProblem = issue.code === 'too_big' ? 'too-long' : issue.code === 'too_small' ? 'missing' : 'invalid';
    problems[field] ??= problem;
  }
  return { contact: null, problems };
}

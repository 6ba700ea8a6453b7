/**
 * The walk state lives in the URL query (?antwoorden=no.yes.labour) so back/forward and reload
 * work. Option ids are kebab-case content ids, so a dot never occurs inside one.
 */
export const ANSWERS_PARAM = 'antwoorden';

export function parseAnswers(value: string | null): string[] {
  if (!value) return [];
  return value.split('.').filter((part) => part.length > 0);
}

/** The query parameters for a walk; no parameter at all at the start. */
export function answersParams(answers: readonly string[]): Record<string, string> {
  return answers.length > 0 ? { [ANSWERS_PARAM]: answers.join('.') } : {};
}

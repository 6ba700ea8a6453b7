import { retentionTermsBody, type RetentionTermName, type RetentionTerms } from '../../../../domain/retention/terms';

/** The terms as typed in the form, one text per term. */
export type TermsText = Record<RetentionTermName, string>;

/** What is wrong with a term: no whole number within its bounds, or shorter than a term it must outlast. */
export type TermProblem = 'range' | 'shorter';

export type TermsCheck = { terms: RetentionTerms; problems: null } | { terms: null; problems: Partial<Record<RetentionTermName, TermProblem>> };

const whole = (text: string) => (/^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/**
 * The typed terms checked by the domain's own rules (the server applies the same), as numbers, or
 * what is wrong per term. A term out of bounds is named before the comparison between two terms,
 * which says little while one of them is wrong.
 */
export function checkTerms(text: TermsText): TermsCheck {
  const parsed = retentionTermsBody.safeParse(Object.fromEntries(Object.entries(text).map(([name, typed]) => [name, whole(typed)])));
  if (parsed.success) return { terms: parsed.data, problems: null };
  const outOfBounds = parsed.error.issues.filter((issue) => issue.code !== 'custom');
  const problems: Partial<Record<RetentionTermName, TermProblem>> = {};
  for (const issue of outOfBounds.length > 0 ? outOfBounds : parsed.error.issues) {
    problems[issue.path[0] as RetentionTermName] ??= issue.code === 'custom' ? 'shorter' : 'range';
  }
  return { terms: null, problems };
}

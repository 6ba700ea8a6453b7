import type { Person, PersonAware, SignalForm } from '../../api/signal-types';

/**
 * Copies of the domain's option lists (src/domain/signal/schema.ts). Importing them from there
 * would bring zod into every page that shows a form label; `satisfies` and the checks below keep
 * the copies in step with the domain at compile time.
 */
export const SIGNAL_FORMS_VIEW = ['sexual', 'labour', 'criminal', 'organ', 'unknown'] as const satisfies readonly SignalForm[];
export const PERSON_ROLES_VIEW = ['possible-victim', 'possible-perpetrator', 'other'] as const satisfies readonly Person['role'][];
export const PERSON_AWARE_VIEW = ['yes', 'no', 'unknown'] as const satisfies readonly PersonAware[];

type Missing<T, Copy> = Exclude<T, Copy>;
const complete: [Missing<SignalForm, (typeof SIGNAL_FORMS_VIEW)[number]>, Missing<Person['role'], (typeof PERSON_ROLES_VIEW)[number]>, Missing<PersonAware, (typeof PERSON_AWARE_VIEW)[number]>] extends [never, never, never]
  ? true
  : never = true;
void complete;

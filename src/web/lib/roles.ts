import type { Role } from '../api/types';

/**
 * The roles in the order a beheerder thinks of them. A copy of the domain's list: importing that
 * module would bring zod into the web bundle. `satisfies` keeps the two in step at compile time.
 */
export const ALL_ROLES = ['medewerker', 'aandachtsfunctionaris', 'beheerder', 'regiobeheerder', 'auditor'] as const satisfies readonly Role[];

type MissingRole = Exclude<Role, (typeof ALL_ROLES)[number]>;
// Fails to compile when the domain gains a role that this list lacks.
const complete: MissingRole extends never ? true : never = true;
void complete;

/** Roles that must set up a second factor (mirrors requiresSecondFactor in the domain). */
export const ROLES_WITH_SECOND_FACTOR: readonly Role[] = ['aandachtsfunctionaris', 'beheerder', 'regiobeheerder', 'auditor'];

/** Whether the user holds the role, or one of the roles when given several (a page for beheerder and auditor). */
export function hasRole(user: { roles: readonly Role[] } | null | undefined, role: Role | readonly Role[]): boolean {
  const wanted: readonly Role[] = typeof role === 'string' ? [role] : role;
  return wanted.some((r) => user?.roles.includes(r));
}

import { z } from 'zod';

/**
 * The roles of PRODUCT.md. A user belongs to one municipality (a regiobeheerder to one region)
 * and may hold several roles.
 */
export const ROLES = ['medewerker', 'aandachtsfunctionaris', 'beheerder', 'regiobeheerder', 'auditor'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

/** Roles that see personal data or manage others must use a second factor (TOTP or SSO). */
export const ROLES_REQUIRING_SECOND_FACTOR: readonly Role[] = ['aandachtsfunctionaris', 'beheerder', 'regiobeheerder', 'auditor'];

export function requiresSecondFactor(roles: readonly Role[]): boolean {
  return roles.some((r) => ROLES_REQUIRING_SECOND_FACTOR.includes(r));
}

/** Who is asking. Anonymous visitors (the public route maps) have no actor. */
export interface Actor {
  userId: string;
  roles: readonly Role[];
  /** CBS code of the user's municipality; null for a regiobeheerder. */
  municipality: string | null;
  /** The region of a regiobeheerder (or of the user's municipality). */
  region: string | null;
}

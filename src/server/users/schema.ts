import { z } from 'zod';
import { ROLES } from '../../domain/access/roles';
import { PASSWORD_MAX_LENGTH } from '../auth/password-rules';

const roles = z.array(z.enum(ROLES)).min(1, 'Geef minstens één rol.').max(ROLES.length).describe(`Rollen: ${ROLES.join(', ')}`);
const name = z.string().trim().min(1).max(200);

export const createUserRequest = z
  .object({ name, email: z.email().max(254), roles })
  .meta({ id: 'CreateUserRequest' });

/**
 * The department a user works in, for the training completion rate per department. Free text
 * (with suggestions in the browser) rather than a fixed list: every municipality names and cuts
 * its departments differently, and a list of ours would not fit most of them. Empty clears it.
 */
export const DEPARTMENT_MAX_LENGTH = 100;
const department = z
  .string()
  .trim()
  .max(DEPARTMENT_MAX_LENGTH, `De afdeling is te lang (hoogstens ${DEPARTMENT_MAX_LENGTH} tekens).`)
  .nullable()
  .transform((d) => (d === '' ? null : d))
  .describe('De afdeling, bijvoorbeeld "Publiekszaken"; leeg of null: geen afdeling');

export const updateUserRequest = z
  .object({ name: name.optional(), roles: roles.optional(), active: z.boolean().optional(), department: department.optional() })
  .refine(
    (b) => b.name !== undefined || b.roles !== undefined || b.active !== undefined || b.department !== undefined,
    'Geef minstens één van name, roles, active of department.',
  )
  .meta({ id: 'UpdateUserRequest' });

export const userIdParams = z.object({ id: z.uuid().describe('Id van de gebruiker') });

export const activationRequest = z
  .object({
    token: z.string().min(20).max(200).describe('Het token uit de activeringslink (het deel na #token=)'),
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH * 4),
  })
  .meta({ id: 'ActivationRequest' });

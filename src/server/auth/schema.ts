import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_POLICY_DESCRIPTION } from './password-rules';

// The answers shared with the web are in the domain (src/domain/access/views.ts).
export { confirmResponse, enrolResponse, loginResponse, passwordChangeResponse, secondFactorResponse, sessionResponse } from '../../domain/access/views';

export const loginRequest = z
  .object({
    email: z.string().trim().min(1).max(254).describe('E-mailadres (hoofdletters maken niet uit)'),
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'LoginRequest' });

export const codeRequest = z
  .object({ code: z.string().trim().min(6).max(32).describe('De 6 cijfers uit de authenticator-app, of een herstelcode') })
  .meta({ id: 'SecondFactorCode' });

export const passwordChangeRequest = z
  .object({
    currentPassword: z.string().min(1).max(1024).describe('Het huidige wachtwoord'),
    newPassword: z
      .string()
      .min(1)
      .max(PASSWORD_MAX_LENGTH * 4)
      .describe(PASSWORD_POLICY_DESCRIPTION),
  })
  .meta({ id: 'PasswordChangeRequest' });

export const okResponse = z.object({ status: z.literal('ok') }).meta({ id: 'Ok' });

import { z } from 'zod';
import { ROLES } from '../../domain/access/roles';
import { PASSWORD_MAX_LENGTH } from './password-policy';

const csrfToken = z.string().describe('Stuur deze waarde mee in de header x-csrf-token bij elk POST-, PUT-, PATCH- of DELETE-verzoek');

export const loginRequest = z
  .object({
    email: z.string().trim().min(1).max(254).describe('E-mailadres (hoofdletters maken niet uit)'),
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'LoginRequest' });

export const loginResponse = z
  .object({
    status: z
      .enum(['ok', 'second-factor', 'enrol-second-factor'])
      .describe('ok: ingelogd; second-factor: vraag de code uit de app; enrol-second-factor: laat eerst een tweede factor instellen'),
    csrfToken,
  })
  .meta({ id: 'LoginResponse' });

export const codeRequest = z
  .object({ code: z.string().trim().min(6).max(32).describe('De 6 cijfers uit de authenticator-app, of een herstelcode') })
  .meta({ id: 'SecondFactorCode' });

export const secondFactorResponse = z.object({ status: z.literal('ok'), csrfToken }).meta({ id: 'SecondFactorResponse' });

export const enrolResponse = z
  .object({
    secret: z.string().describe('Het geheim in base32, om over te typen als scannen niet lukt'),
    otpauthUri: z.string().describe('otpauth://-adres met hetzelfde geheim'),
    qrDataUrl: z.string().describe('QR-code van het otpauth-adres als PNG (data:image/png;base64,...)'),
  })
  .meta({ id: 'SecondFactorEnrolment' });

export const confirmResponse = z
  .object({
    recoveryCodes: z.array(z.string()).length(10).describe('Tien herstelcodes; ze worden maar één keer getoond en werken elk één keer'),
    csrfToken,
  })
  .meta({ id: 'SecondFactorConfirmation' });

export const passwordChangeRequest = z
  .object({
    currentPassword: z.string().min(1).max(1024).describe('Het huidige wachtwoord'),
    newPassword: z
      .string()
      .min(1)
      .max(PASSWORD_MAX_LENGTH * 4)
      .describe('Minstens 12 en hoogstens 128 tekens; geen veelgebruikt wachtwoord en niet het deel van het e-mailadres vóór de @'),
  })
  .meta({ id: 'PasswordChangeRequest' });

export const passwordChangeResponse = z.object({ status: z.literal('ok'), csrfToken }).meta({ id: 'PasswordChangeResponse' });

export const sessionUser = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    roles: z.array(z.enum(ROLES)),
    municipality: z.string().nullable().describe('CBS-code van de gemeente'),
    region: z.string().nullable(),
    secondFactor: z.boolean().describe('Heeft een tweede factor (authenticator-app) ingesteld'),
  })
  .meta({ id: 'SessionUser' });

export const sessionResponse = z
  .object({
    user: sessionUser.nullable().describe('Alleen als het inloggen helemaal klaar is'),
    csrfToken: csrfToken.nullable(),
    stage: z
      .enum(['none', 'ok', 'second-factor', 'enrol-second-factor'])
      .describe('none: niet ingelogd; ok: ingelogd; second-factor: code nodig; enrol-second-factor: tweede factor instellen'),
  })
  .meta({ id: 'Session' });

export const okResponse = z.object({ status: z.literal('ok') }).meta({ id: 'Ok' });

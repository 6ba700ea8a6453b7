import { z } from 'zod';
import { ROLES } from './roles';

/*
 * The answers of the login, session and user-management API that the server and the web share:
 * the server validates and documents its responses with these schemas (OpenAPI), the web takes
 * their types. The web imports this module with `import type` only, so zod stays out of its bundle.
 */

export const csrfToken = z.string().describe('Stuur deze waarde mee in de header x-csrf-token bij elk POST-, PUT-, PATCH- of DELETE-verzoek');

// Logging in

export const loginResponse = z
  .object({
    status: z
      .enum(['ok', 'second-factor', 'enrol-second-factor'])
      .describe('ok: ingelogd; second-factor: vraag de code uit de app; enrol-second-factor: laat eerst een tweede factor instellen'),
    csrfToken,
  })
  .meta({ id: 'LoginResponse' });
export type LoginResponse = z.infer<typeof loginResponse>;

export const secondFactorResponse = z.object({ status: z.literal('ok'), csrfToken }).meta({ id: 'SecondFactorResponse' });
export type SecondFactorResponse = z.infer<typeof secondFactorResponse>;

/** A changed password: this browser goes on in a new session, with a new CSRF token. */
export const passwordChangeResponse = z.object({ status: z.literal('ok'), csrfToken }).meta({ id: 'PasswordChangeResponse' });
export type PasswordChangeResponse = z.infer<typeof passwordChangeResponse>;

export const enrolResponse = z
  .object({
    secret: z.string().describe('Het geheim in base32, om over te typen als scannen niet lukt'),
    otpauthUri: z.string().describe('otpauth://-adres met hetzelfde geheim'),
    qrDataUrl: z.string().describe('QR-code van het otpauth-adres als PNG (data:image/png;base64,...)'),
  })
  .meta({ id: 'SecondFactorEnrolment' });
export type SecondFactorEnrolment = z.infer<typeof enrolResponse>;

export const confirmResponse = z
  .object({
    recoveryCodes: z.array(z.string()).length(10).describe('Tien herstelcodes; ze worden maar één keer getoond en werken elk één keer'),
    csrfToken,
  })
  .meta({ id: 'SecondFactorConfirmation' });
export type SecondFactorConfirmation = z.infer<typeof confirmResponse>;

/** A municipality whose users can log in through their own identity provider (the login page's buttons). */
export const ssoProviderBody = z.object({
  municipality: z.string().describe('CBS-code'),
  label: z.string().describe('Tekst op de knop, bijvoorbeeld "Inloggen met uw Leiden-account"'),
});
export type SsoProvider = z.infer<typeof ssoProviderBody>;

// The session

/** Who a user is: the logged-in user's own account and the beheerder's list both start with it. */
const account = z.object({ id: z.uuid(), name: z.string(), email: z.string(), roles: z.array(z.enum(ROLES)) });

/** The logged-in user's own account (GET /api/v1/auth/session). */
export const sessionUser = account
  .extend({
    municipality: z.string().nullable().describe('CBS-code van de gemeente'),
    region: z.string().nullable(),
    secondFactor: z.boolean().describe('Heeft een tweede factor (authenticator-app) ingesteld'),
    hasPassword: z.boolean().describe('Heeft een wachtwoord in Signaalroute; zonder logt de gebruiker alleen in via de eigen organisatie (SSO)'),
  })
  .meta({ id: 'SessionUser' });
export type SessionUser = z.infer<typeof sessionUser>;

export const sessionResponse = z
  .object({
    user: sessionUser.nullable().describe('Alleen als het inloggen helemaal klaar is'),
    csrfToken: csrfToken.nullable(),
    stage: z
      .enum(['none', 'ok', 'second-factor', 'enrol-second-factor'])
      .describe('none: niet ingelogd; ok: ingelogd; second-factor: code nodig; enrol-second-factor: tweede factor instellen'),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionResponse>;
/** How far the login is. */
export type SessionStage = Session['stage'];

// Users, as the beheerder manages them

export const userBody = account
  .extend({
    active: z.boolean(),
    secondFactor: z.boolean().describe('Heeft een authenticator-app ingesteld'),
    hasPassword: z.boolean().describe('Heeft een wachtwoord gekozen met de activeringslink'),
    createdAt: z.iso.datetime().describe('Aangemaakt op (ISO 8601)'),
    department: z.string().nullable().describe('De afdeling waar de gebruiker werkt (vrije tekst); null: niet ingevuld'),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userBody>;

export const activationLinkBody = z
  .object({
    userId: z.uuid(),
    activationLink: z.string().describe('Eenmalige link waarmee de gebruiker een wachtwoord kiest; alleen nu te zien. Geef hem veilig door.'),
    expiresAt: z.iso.datetime().describe('Geldig tot (ISO 8601); 72 uur'),
  })
  .meta({ id: 'ActivationLink' });
export type ActivationLink = z.infer<typeof activationLinkBody>;

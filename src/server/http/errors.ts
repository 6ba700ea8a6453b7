/**
 * The one catalogue of errors the API returns. Each has a stable id (clients and tests rely on it),
 * an HTTP status and a Dutch message for the user. Unknown errors become `internal` with a
 * correlation id, never a stack trace.
 */
export class AppError extends Error {
  constructor(
    readonly id: string,
    readonly status: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const errors = {
  validation: (message: string, details?: Record<string, unknown>) => new AppError('validation', 400, message, details),
  notFound: (what: string) => new AppError('not-found', 404, `${what} bestaat niet.`),
  routemapNotFound: (id: string) => new AppError('routemap-not-found', 404, `Routekaart "${id}" bestaat niet.`),
  unknownMunicipality: (code: string) =>
    new AppError('unknown-municipality', 400, `Gemeentecode "${code}" is onbekend. Gebruik een CBS-code zoals GM0518.`),
  unknownRegion: (id: string) => new AppError('unknown-region', 400, `Regio "${id}" is onbekend.`),
  invalidAnswer: (step: number, questionId: string, answer: string, allowed: string[]) =>
    new AppError(
      'invalid-answer',
      400,
      `Stap ${step} (vraag "${questionId}"): "${answer}" is geen antwoord op deze vraag. Toegestaan: ${allowed.join(', ')}.`,
      { step, questionId, allowed },
    ),
  pastOutcome: (step: number) =>
    new AppError('past-outcome', 400, `Stap ${step}: de route is bij de vorige stap al afgelopen; er zijn te veel antwoorden gegeven.`, {
      step,
    }),
  rateLimited: (seconds: number) =>
    new AppError('rate-limited', 429, `Te veel verzoeken. Probeer het over ${seconds} seconden opnieuw.`),
  // Identity and sessions (docs/decisions/0005-authentication.md).
  unauthenticated: () => new AppError('unauthenticated', 401, 'Log in om verder te gaan.'),
  forbidden: () => new AppError('forbidden', 403, 'U hebt geen toegang tot deze gegevens of deze functie.'),
  /** The same answer for an unknown e-mail address, a wrong password and a deactivated account. */
  invalidCredentials: () => new AppError('invalid-credentials', 401, 'Onjuist e-mailadres of wachtwoord.'),
  loginLocked: (at: string, retryAfterSeconds: number) =>
    new AppError(
      'login-locked',
      429,
      `Te veel mislukte pogingen om in te loggen. U kunt het om ${at} uur opnieuw proberen.`,
      { retryAfterSeconds },
    ),
  csrfTokenInvalid: () =>
    new AppError(
      'csrf-token-invalid',
      403,
      'Dit verzoek is geweigerd omdat de beveiligingscode ontbreekt of niet klopt. Laad de pagina opnieuw en probeer het nog eens.',
    ),
  originMismatch: () =>
    new AppError('origin-mismatch', 403, 'Dit verzoek komt van een andere website dan Signaalroute en is daarom geweigerd.'),
  unsupportedMediaType: () =>
    new AppError('unsupported-media-type', 415, 'Dit soort gegevens wordt niet geaccepteerd; stuur JSON (Content-Type: application/json).'),
  weakPassword: (reason: string, message: string) => new AppError('weak-password', 400, message, { reason }),
  /** Changing one's own password: the current one was wrong (it counts towards the lock-out, and says so). */
  currentPasswordInvalid: (attempts: number, minutes: number) =>
    new AppError(
      'current-password-invalid',
      400,
      `Uw huidige wachtwoord klopt niet. Let op: na ${attempts} foute pogingen achter elkaar kunt u ${minutes} minuten niet met uw wachtwoord inloggen of het wijzigen.`,
    ),
  passwordChangeLocked: (at: string, retryAfterSeconds: number) =>
    new AppError(
      'password-locked',
      429,
      `Te veel foute pogingen met uw wachtwoord. U kunt het om ${at} uur opnieuw proberen; tot dan kunt u ook niet met uw wachtwoord inloggen.`,
      { retryAfterSeconds },
    ),
  passwordUnchanged: () => new AppError('password-unchanged', 400, 'Uw nieuwe wachtwoord is hetzelfde als uw huidige. Kies een ander wachtwoord.'),
  noPassword: () =>
    new AppError(
      'no-password',
      409,
      'Uw account heeft geen wachtwoord in Signaalroute: u logt in via uw gemeente (SSO). Uw wachtwoord wijzigt u bij uw eigen organisatie.',
    ),
  secondFactorInvalid: () =>
    new AppError('second-factor-invalid', 401, 'De code klopt niet of is al gebruikt. Probeer het opnieuw met de nieuwste code uit uw app.'),
  secondFactorConfirmFailed: () =>
    new AppError(
      'second-factor-confirm-failed',
      400,
      'De code klopt niet. Controleer of de tijd op uw telefoon goed staat en voer de nieuwste code uit uw app in.',
    ),
  secondFactorRequired: () => new AppError('second-factor-required', 401, 'Voer eerst de code van uw tweede factor in.'),
  secondFactorNotPending: () =>
    new AppError('second-factor-not-pending', 409, 'Er wordt op dit moment geen code van een tweede factor gevraagd.'),
  secondFactorAlreadyEnabled: () =>
    new AppError(
      'second-factor-already-enabled',
      409,
      'U hebt al een tweede factor ingesteld. Wilt u een nieuwe telefoon gebruiken? Vraag de beheerder van uw gemeente om uw tweede factor te herstellen.',
    ),
  secondFactorNoEnrolment: () =>
    new AppError('second-factor-no-enrolment', 409, 'Start eerst het instellen van de tweede factor; er wacht geen nieuwe code op bevestiging.'),
  setupUnavailable: () =>
    new AppError(
      'setup-unavailable',
      410,
      'Deze inrichtingslink is ongeldig, verlopen of al gebruikt, of Signaalroute is al ingericht. Is er nog geen enkele gebruiker? Start de server opnieuw voor een nieuwe link.',
    ),
  activationLinkInvalid: () =>
    new AppError(
      'activation-link-invalid',
      410,
      'Deze activeringslink is ongeldig, verlopen of al gebruikt. Vraag de beheerder van uw gemeente om een nieuwe link.',
    ),
  emailTaken: () => new AppError('email-taken', 409, 'Er bestaat al een account met dit e-mailadres.'),
  lastBeheerder: () =>
    new AppError(
      'last-beheerder',
      409,
      'Dit is de laatste actieve beheerder van de gemeente. Wijs eerst een andere beheerder aan; anders kan niemand de gebruikers meer beheren.',
    ),
  userNotFound: () => new AppError('user-not-found', 404, 'Deze gebruiker bestaat niet in uw gemeente.'),
  ssoNotConfigured: () =>
    new AppError('sso-not-configured', 404, 'Voor deze gemeente is inloggen via de eigen organisatie (SSO) niet ingesteld.'),
  signalNotFound: () => new AppError('signal-not-found', 404, 'Dit signaal bestaat niet in uw gemeente.'),
  transitionRefused: (message: string) => new AppError('transition-refused', 409, message),
  // Answers before a request reaches a route: its URL or the request itself could not be read (early-errors.ts).
  badUrl: () => new AppError('bad-url', 400, 'Dit webadres is ongeldig: het bevat een %-teken dat niet goed is gecodeerd. Controleer het adres.'),
  urlPartTooLong: () => new AppError('url-too-long', 414, 'Een deel van dit webadres is te lang. Controleer het adres.'),
  headersTooLarge: () =>
    new AppError(
      'headers-too-large',
      431,
      'Het verzoek bevat te veel of te grote kopregels (headers), meestal door te grote cookies. Verwijder de cookies van deze website en probeer het opnieuw.',
    ),
  requestTimeout: () => new AppError('request-timeout', 408, 'Het verzoek kwam niet op tijd binnen. Probeer het opnieuw.'),
  unreadableRequest: () => new AppError('bad-request', 400, 'Ongeldig verzoek: de server kon het niet lezen.'),
  internal: (correlationId: string) =>
    new AppError('internal', 500, `Er ging iets mis aan onze kant. Vermeld bij contact met de beheerder dit kenmerk: ${correlationId}.`),
} as const;

export type ErrorBody = { error: { id: string; message: string; details?: Record<string, unknown> } };

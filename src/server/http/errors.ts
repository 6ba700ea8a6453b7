/**
 * The one catalogue of errors the API, the CLI and the jobs report. Each has a stable id (clients
 * and tests rely on it), an HTTP status and a Dutch message for the user. Unknown errors become
 * `internal` with a correlation id, never a stack trace.
 */

/**
 * A refusal the audit trail must show (BIO2 8.15): someone asked for an object that is not there
 * for them (unknown, or another municipality's, invisible through row-level security), or was
 * turned away. `run` (src/server/context/run.ts) records it under the command's action once the
 * command's transaction has rolled back.
 */
export interface RefusalAudit {
  result: 'failure' | 'denied';
  reason: string;
  objectType?: string;
  objectId?: string;
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  constructor(
    readonly id: string,
    readonly status: number,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly audit?: RefusalAudit,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

const notThere = (objectType: string, objectId: string, details?: Record<string, unknown>): RefusalAudit => ({
  result: 'failure',
  reason: 'not-found',
  objectType,
  objectId,
  ...(details ? { details } : {}),
});

/** A validation error of one field, in the shape of the request validation's answers. */
const fieldError = (field: string, message: string) =>
  new AppError('validation', 400, `Ongeldige invoer: ${field}: ${message}.`, { fields: [{ field, message }] });

export const errors = {
  validation: (message: string, details?: Record<string, unknown>) => new AppError('validation', 400, message, details),
  notFound: (what: string) => new AppError('not-found', 404, `${what} bestaat niet.`),
  routemapNotFound: (id: string) => new AppError('routemap-not-found', 404, `Routekaart "${id}" bestaat niet.`),
  unknownMunicipality: (code: string) =>
    new AppError('unknown-municipality', 400, `Gemeentecode "${code}" is onbekend. Gebruik een CBS-code zoals GM0518.`),
  unknownRegion: (id: string) => new AppError('unknown-region', 400, `Regio "${id}" is onbekend.`),
  regionNotFound: (id: string) => new AppError('region-not-found', 404, `Regio "${id}" bestaat niet.`),
  infoPointLanguageNotFound: (lang: string) =>
    new AppError('info-point-language-not-found', 404, `Het informatiepunt is er niet in de taal "${lang}". Zie /api/v1/info-point voor de talen.`),
  municipalityOutsideRegion: (name: string, region: string) =>
    new AppError('municipality-outside-region', 400, `${name} hoort niet bij regio "${region}". Vraag de routekaart van de eigen regio van de gemeente op.`),
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
  lastBeheerder: (userId: string) =>
    new AppError(
      'last-beheerder',
      409,
      'Dit is de laatste actieve beheerder van de gemeente. Wijs eerst een andere beheerder aan; anders kan niemand de gebruikers meer beheren.',
      undefined,
      { result: 'failure', reason: 'last-beheerder', objectType: 'user', objectId: userId },
    ),
  userNotFound: (userId: string) =>
    new AppError('user-not-found', 404, 'Deze gebruiker bestaat niet in uw gemeente.', undefined, notThere('user', userId)),
  ssoNotConfigured: () =>
    new AppError('sso-not-configured', 404, 'Voor deze gemeente is inloggen via de eigen organisatie (SSO) niet ingesteld.'),
  // The signal chain (docs/decisions/0006-signal-chain.md).
  signalNotFound: (signalId: string) =>
    new AppError('signal-not-found', 404, 'Dit signaal bestaat niet in uw gemeente.', undefined, notThere('signal', signalId)),
  transitionRefused: (message: string) => new AppError('transition-refused', 409, message),
  legalHoldAlready: () => new AppError('legal-hold-already', 409, 'Dit signaal staat al op bewaring (legal hold).'),
  legalHoldNone: () => new AppError('legal-hold-none', 409, 'Dit signaal staat niet op bewaring (legal hold); er is niets op te heffen.'),
  idempotencyKeyReused: (reference: string, signalId: string) =>
    new AppError(
      'idempotency-key-reused',
      422,
      `Dit verzoek is niet verwerkt. Met dezelfde Idempotency-Key is al eerder een signaal met een andere inhoud doorgegeven (kenmerk ${reference}); dat signaal is niet gewijzigd. Wilt u iets aanvullen, neem dan contact op met de aandachtsfunctionaris. Een nieuw signaal geeft u door met een nieuw formulier.`,
      { reference },
      { result: 'denied', reason: 'idempotency-key-reused', objectType: 'signal', objectId: signalId, details: { repeated: true } },
    ),
  unknownContent: (fields: { field: string; message: string }[]) =>
    new AppError('validation', 400, `Ongeldige invoer: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, { fields }),
  eventNotOfSignal: (eventId: number) => fieldError('correctsEventId', `gebeurtenis ${eventId} hoort niet bij dit signaal`),
  unknownRoutemap: (mapId: string) => fieldError('mapId', `routekaart "${mapId}" bestaat niet`),
  routeIncomplete: (step: number, question: string) =>
    new AppError(
      'route-incomplete',
      400,
      `De antwoorden eindigen nog niet bij een uitkomst van de routekaart. Beantwoord ook vraag ${step}: "${question}"`,
      { step },
    ),
  signalClosed: () =>
    new AppError('signal-closed', 409, 'Dit signaal is afgesloten. Heropen het eerst als er opnieuw iets mee moet gebeuren.'),
  meldcodeNotApplicable: () =>
    new AppError(
      'meldcode-not-applicable',
      409,
      'De meldcode-checklist hoort bij signalen van criminele uitbuiting. Bij dit signaal is criminele uitbuiting niet aangevinkt.',
    ),
  // Handovers, partner feedback and reminders (step 5).
  unknownPartner: (partnerId: string) =>
    new AppError('unknown-partner', 400, `Partner "${partnerId}" staat niet in de partnerlijst van de regio van uw gemeente. Kies een partner uit de lijst.`),
  unknownContact: (contactId: string, partnerName: string) =>
    new AppError(
      'unknown-contact',
      400,
      `Contact "${contactId}" hoort niet bij ${partnerName}, of geldt niet voor uw deel van de regio. Kies een contact van deze partner.`,
    ),
  contactWithoutEmail: (contactName: string) =>
    new AppError(
      'contact-without-email',
      400,
      `${contactName} heeft geen e-mailadres. Kies een contact met een e-mailadres, of leg de overdracht vast als telefonisch of via beveiligde mail.`,
    ),
  mailNotConfigured: (attempt?: RefusalAudit) =>
    new AppError(
      'mail-not-configured',
      503,
      'Er is geen e-mailserver ingesteld, dus de overdracht kan niet per e-mail worden verstuurd. Er is niets vastgelegd. Leg de overdracht vast als telefonisch of via beveiligde mail, of vraag de beheerder om de e-mailserver (SMTP_URL) in te stellen.',
      undefined,
      attempt,
    ),
  mailFailed: (attempt?: RefusalAudit) =>
    new AppError(
      'mail-failed',
      502,
      'De e-mail aan de partner kon niet worden verstuurd. Er is daarom niets vastgelegd: het signaal is niet overgedragen. Probeer het over enkele minuten opnieuw, of leg de overdracht vast als telefonisch of via beveiligde mail.',
      undefined,
      attempt,
    ),
  handoverNotFound: (signalId: string, handoverId: string) =>
    new AppError('handover-not-found', 404, 'Deze overdracht bestaat niet bij dit signaal.', undefined, notThere('signal', signalId, { handoverId })),
  feedbackAlreadyGiven: () =>
    new AppError('feedback-already-given', 409, 'Op deze overdracht is al terugkoppeling vastgelegd. Wilt u iets aanvullen? Voeg een notitie toe aan het signaal.'),
  feedbackLinkUnknown: () =>
    new AppError(
      'feedback-link-unknown',
      404,
      'Deze link voor terugkoppeling is onbekend. Controleer of u de hele link uit de e-mail hebt gebruikt. Hebt u een herinnering ontvangen? Gebruik dan de link uit de nieuwste e-mail: eerdere links werken niet meer.',
    ),
  feedbackLinkUsed: (municipality: string) =>
    new AppError(
      'feedback-link-used',
      410,
      `Deze link is al gebruikt: de terugkoppeling is ontvangen. Dank u wel. Wilt u iets aanvullen? Neem dan contact op met de aandachtsfunctionaris mensenhandel van de gemeente ${municipality}.`,
    ),
  feedbackLinkExpired: (municipality: string) =>
    new AppError(
      'feedback-link-expired',
      410,
      `Deze link is verlopen. Neem voor uw terugkoppeling contact op met de aandachtsfunctionaris mensenhandel van de gemeente ${municipality}.`,
    ),
  // The audit trail.
  sealedRecordNotFound: (reference: string) =>
    new AppError(
      'sealed-record-not-found',
      404,
      `Er is geen afgeschermde auditregel met kenmerk ${reference} in uw gemeente. Controleer het kenmerk (AR-XXXX-XXXX).`,
      undefined,
      notThere('audit-record', reference),
    ),
  // Background jobs.
  jobFailureNotFound: (id: string) =>
    new AppError('job-failure-not-found', 404, 'Deze mislukte taak bestaat niet in uw gemeente, of is al afgehandeld.', undefined, notThere('job', id)),
  jobsNotRunning: () =>
    new AppError('jobs-not-running', 503, 'De achtergrondtaken draaien op dit moment niet. Er is niets gewijzigd; probeer het over enkele minuten opnieuw.'),
  // The signal meeting.
  meetingNotFound: (meetingId: string) =>
    new AppError('meeting-not-found', 404, 'Dit overleg bestaat niet in uw gemeente.', undefined, notThere('meeting', meetingId)),
  notOnAgenda: () => new AppError('not-on-agenda', 409, 'Dit signaal staat niet op de agenda van dit overleg. Zet het er eerst op.'),
  // The registers and matching (issue 8).
  emptyUpload: () => new AppError('empty-upload', 400, 'Het bestand is leeg. Kies het CSV-bestand met de export.'),
  importNotFound: (id: string) => new AppError('import-not-found', 404, 'Deze import bestaat niet in uw gemeente.', undefined, notThere('register-import', id)),
  subjectNotFound: (subject: string) => new AppError('subject-not-found', 404, `Het signaal heeft geen onderdeel "${subject}" om te koppelen.`),
  candidateNotFound: () =>
    new AppError('candidate-not-found', 404, 'Deze kandidaat wordt niet (meer) gevonden bij dit onderdeel van het signaal. Ververs de pagina en kies opnieuw.'),
  matchQueryInvalid: (message: string) => new AppError('match-query-invalid', 400, `Zoeken lukt zo niet: ${message}`),
  municipalityRequired: () => new AppError('municipality-required', 400, 'Geef de gemeente op waarvoor u importeert, met haar CBS-code (bijvoorbeeld GM0546).'),
  registerSourceInvalid: () =>
    new AppError('register-source-invalid', 400, 'Geef de bron een naam van 1 tot 100 tekens, bijvoorbeeld "Handhaving" of "Vergunningen".'),
  jsonTooDeep: (levels: number) =>
    new AppError('json-too-deep', 400, `De verzonden gegevens zijn te diep genest: meer dan ${levels} niveaus. Stuur de gegevens zoals het formulier ze maakt.`),
  /** The database cannot be reached: nothing of the request was stored, so it is safe to send again. */
  serviceUnavailable: (retryAfterSeconds: number) =>
    new AppError(
      'service-unavailable',
      503,
      'Signaalroute is tijdelijk niet beschikbaar. Er is niets opgeslagen. Probeer het over een halve minuut opnieuw.',
      { retryAfterSeconds },
    ),
  /** Too many requests at once (load-shedding.ts): refused before any work, so nothing was stored. */
  overloaded: (retryAfterSeconds: number) =>
    new AppError(
      'overloaded',
      503,
      `Signaalroute is op dit moment erg druk. Er is niets opgeslagen. Probeer het over ${retryAfterSeconds} seconden opnieuw.`,
      { retryAfterSeconds },
    ),
  // Answers before a request reaches a route: its URL or the request itself could not be read (early-errors.ts).
  badUrl: () => new AppError('bad-url', 400, 'Dit webadres is ongeldig: het bevat een %-teken dat niet goed is gecodeerd. Controleer het adres.'),
  urlPartTooLong: () => new AppError('url-too-long', 400, 'Een deel van dit webadres is te lang. Controleer het adres.'),
  headersTooLarge: () =>
    new AppError(
      'headers-too-large',
      431,
      'Het verzoek bevat te veel of te grote kopregels (headers), meestal door te grote cookies. Verwijder de cookies van deze website en probeer het opnieuw.',
    ),
  requestTimeout: () => new AppError('request-timeout', 408, 'Het verzoek kwam niet op tijd binnen. Probeer het opnieuw.'),
  unreadableRequest: () => new AppError('bad-request', 400, 'Ongeldig verzoek: de server kon het niet lezen.'),
  // Region packs (ADR 28)
  regionPackNotFound: (region: string) => new AppError('region-pack-not-found', 404, `Regio "${region}" heeft geen inhoud in deze installatie.`),
  regionPackVersionNotFound: (region: string, version: number) => new AppError('region-pack-version-not-found', 404, `Regio "${region}" heeft geen versie ${version}.`),
  regionPackNewRegion: (region: string) =>
    new AppError('region-pack-new-region', 409, `Regio "${region}" is nieuw in deze installatie: een nieuwe regio wordt in één keer gepubliceerd (content import BESTAND --publish).`),
  regionPackNoDraft: () => new AppError('region-pack-no-draft', 409, 'Er is geen concept om te publiceren. Maak eerst een wijziging of importeer een bestand.'),
  regionPackStale: (basedOn: number, published: number) =>
    new AppError('region-pack-stale', 409, `Het concept is gemaakt op versie ${basedOn}, maar inmiddels is versie ${published} gepubliceerd. Bekijk de verschillen, neem ze over in het concept en publiceer opnieuw.`, { basedOn, published }),
  regionPackProblems: (problems: { path: PropertyKey[]; message: string }[]) =>
    new AppError('region-pack-problems', 409, `Het concept heeft ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'} en kan zo niet worden gepubliceerd.`, {
      problems: problems.map((p) => ({ path: p.path.map(String), message: p.message })),
    }),
  regionPackNoRelease: (region: string) =>
    new AppError('region-pack-no-release', 409, `Voor regio "${region}" wacht geen nieuwe inhoud uit een release: er is niets over te nemen of te weigeren.`),
  regionPackUnreadable: (message: string) => new AppError('region-pack-unreadable', 400, `Het bestand is geen leesbaar regiopakket: ${message}`),
  internal: (correlationId: string) =>
    new AppError('internal', 500, `Er ging iets mis aan onze kant. Vermeld bij contact met de beheerder dit kenmerk: ${correlationId}.`),
} as const;

export type ErrorBody = { error: { id: string; message: string; details?: Record<string, unknown> } };

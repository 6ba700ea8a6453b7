import { AppError } from '../http/errors';

/** The Dutch errors of handovers, partner feedback and reminders (same shape as src/server/http/errors.ts). */
export const handoverErrors = {
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
  mailNotConfigured: () =>
    new AppError(
      'mail-not-configured',
      503,
      'Er is geen e-mailserver ingesteld, dus de overdracht kan niet per e-mail worden verstuurd. Er is niets vastgelegd. Leg de overdracht vast als telefonisch of via beveiligde mail, of vraag de beheerder om de e-mailserver (SMTP_URL) in te stellen.',
    ),
  mailFailed: () =>
    new AppError(
      'mail-failed',
      502,
      'De e-mail aan de partner kon niet worden verstuurd. Er is daarom niets vastgelegd: het signaal is niet overgedragen. Probeer het over enkele minuten opnieuw, of leg de overdracht vast als telefonisch of via beveiligde mail.',
    ),
  handoverNotFound: () => new AppError('handover-not-found', 404, 'Deze overdracht bestaat niet bij dit signaal.'),
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
} as const;

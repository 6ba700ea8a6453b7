import { AppError } from '../http/errors';

/**
 * Errors of the signal chain, in the shape of the API's error catalogue (src/server/http/errors.ts):
 * a stable id, a status and a Dutch message for the user.
 */
export const signalErrors = {
  idempotencyKeyMissing: () =>
    new AppError(
      'idempotency-key-missing',
      400,
      'De header Idempotency-Key ontbreekt of is geen UUID. Het formulier stuurt die mee, zodat een dubbel verzonden signaal één signaal blijft.',
    ),
  idempotencyKeyReused: (reference: string) =>
    new AppError(
      'idempotency-key-reused',
      422,
      `Dit verzoek is niet verwerkt. Met dezelfde Idempotency-Key is al eerder een signaal met een andere inhoud doorgegeven (kenmerk ${reference}); dat signaal is niet gewijzigd. Wilt u iets aanvullen, neem dan contact op met de aandachtsfunctionaris. Een nieuw signaal geeft u door met een nieuw formulier.`,
      { reference },
    ),
  unknownContent: (fields: { field: string; message: string }[]) =>
    new AppError('validation', 400, `Ongeldige invoer: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, { fields }),
  eventNotOfSignal: (eventId: number) =>
    new AppError('validation', 400, `Ongeldige invoer: correctsEventId: gebeurtenis ${eventId} hoort niet bij dit signaal.`, {
      fields: [{ field: 'correctsEventId', message: `gebeurtenis ${eventId} hoort niet bij dit signaal` }],
    }),
  unknownRoutemap: (mapId: string) =>
    new AppError('validation', 400, `Ongeldige invoer: mapId: routekaart "${mapId}" bestaat niet.`, {
      fields: [{ field: 'mapId', message: `routekaart "${mapId}" bestaat niet` }],
    }),
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
} as const;

/**
 * The outcome of one look-up in an external register. A look-up never throws: enrichment is an
 * extra beside the signal, so a register that is missing, slow or down becomes a sentence the AF
 * reads next to the other results instead of an error page.
 */
export type LookupResult<T> =
  | { status: 'ok'; items: T }
  | { status: 'not-configured'; message: string }
  | { status: 'unreachable'; reason: UnreachableReason; message: string }
  | { status: 'refused'; reason: RefusedReason; message: string };

/** The register did not answer usefully; trying again later may help. */
export type UnreachableReason = 'timeout' | 'network' | `http-${number}` | 'bad-response';

/**
 * The register answered but would not serve this question: our key (401/403), the question itself
 * (400, or a value we would not send), or too many questions (429).
 */
export type RefusedReason = 'unauthorised' | 'invalid-query' | 'rate-limited';

/** How the AF knows each register, at the start of a sentence. */
export type RegisterName = 'BAG' | 'KVK';

const SUBJECT: Record<RegisterName, string> = {
  BAG: 'De BAG',
  KVK: 'Het Handelsregister van de KVK',
};

const REST_BELOW = 'de rest van de zoekresultaten staat hieronder.';

export function ok<T>(items: T): LookupResult<T> {
  return { status: 'ok', items };
}

export function notConfigured<T>(register: RegisterName): LookupResult<T> {
  return { status: 'not-configured', message: `${SUBJECT[register]} is niet gekoppeld voor deze installatie.` };
}

export function unreachable<T>(register: RegisterName, reason: UnreachableReason, timeoutMs: number): LookupResult<T> {
  return { status: 'unreachable', reason, message: unreachableMessage(register, reason, timeoutMs) };
}

export function refused<T>(register: RegisterName, reason: RefusedReason): LookupResult<T> {
  return { status: 'refused', reason, message: refusedMessage(register, reason) };
}

function unreachableMessage(register: RegisterName, reason: UnreachableReason, timeoutMs: number): string {
  const subject = SUBJECT[register];
  switch (reason) {
    case 'timeout':
      return `${subject} gaf geen antwoord binnen ${dutchSeconds(timeoutMs)}; ${REST_BELOW}`;
    case 'network':
      return `${subject} is op dit moment niet bereikbaar; ${REST_BELOW}`;
    case 'bad-response':
      return `${subject} gaf een antwoord dat Signaalroute niet kan lezen; ${REST_BELOW}`;
    default:
      return `${subject} gaf een foutmelding (${reason.replace('http-', 'HTTP ')}); ${REST_BELOW}`;
  }
}

function refusedMessage(register: RegisterName, reason: RefusedReason): string {
  const subject = SUBJECT[register];
  switch (reason) {
    case 'unauthorised':
      return `${subject} weigert de zoekvraag: de sleutel van deze installatie wordt niet geaccepteerd. Vraag de beheerder de koppeling na te kijken.`;
    case 'invalid-query':
      return `${subject} kan met deze gegevens niet zoeken; controleer wat u hebt ingevuld.`;
    case 'rate-limited':
      return `${subject} neemt even geen zoekvragen aan omdat er te veel zijn gesteld; probeer het over een minuut opnieuw.`;
  }
}

/** 3000 → "3 seconden", 1000 → "1 seconde", 250 → "0,25 seconden". */
export function dutchSeconds(ms: number): string {
  const seconds = ms / 1000;
  // Not toLocaleString: a Node built without full ICU would write "0.25".
  const text = String(Math.round(seconds * 100) / 100).replace('.', ',');
  return `${text} ${seconds === 1 ? 'seconde' : 'seconden'}`;
}

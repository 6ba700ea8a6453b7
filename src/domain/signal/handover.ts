import type { Address, Organisation, Person, SignalSubmission } from './schema';

/**
 * The parts of a signal the AF can tick for a handover (step 5 of seed 004). The reporter is not
 * among them: the reporter's identity is known only to the AF (step 2) and can never be handed over.
 */
export const HANDOVER_PARTS = ['forms', 'description', 'when-where', 'persons', 'organisations', 'addresses', 'sector', 'acute-danger', 'person-aware'] as const;
export type HandoverPart = (typeof HANDOVER_PARTS)[number];

/** How a handover goes: by e-mail from Signaalroute, or recorded as made by phone or secure mail. */
export const HANDOVER_CHANNELS = ['email', 'phone', 'secure-mail'] as const;
export type HandoverChannel = (typeof HANDOVER_CHANNELS)[number];

/** Days a partner gets to give feedback on a handover, unless the municipality or the AF sets another term. */
export const DEFAULT_FEEDBACK_DAYS = 14;

/**
 * The feedback terms that may be set, for a municipality and for one handover alike. Three months
 * at most: a longer term would leave an unanswered handover unnoticed for too long.
 */
export const FEEDBACK_DAYS_RANGE = { min: 1, max: 90 } as const;

/** The term typed in a form as a number of days, or null when it is not whole digits within the range. */
export function parseFeedbackDays(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days >= FEEDBACK_DAYS_RANGE.min && days <= FEEDBACK_DAYS_RANGE.max ? days : null;
}

/** What the partner did with the signal (their one answer to the feedback request). */
export const FEEDBACK_OUTCOMES = ['taken-up', 'not-taken-up', 'forwarded', 'other'] as const;
export type FeedbackOutcome = (typeof FEEDBACK_OUTCOMES)[number];

/** Exactly what a partner receives: built only from ticked parts, never from the reporter fields. */
export interface HandoverContent {
  reference: string;
  municipality: string;
  forms?: SignalSubmission['forms'];
  observedSignals?: string[];
  description?: string;
  observedOn?: string | null;
  location?: string | null;
  persons?: Person[];
  organisations?: Organisation[];
  addresses?: Address[];
  sector?: string | null;
  acuteDanger?: boolean;
  personAware?: SignalSubmission['personAware'];
}

/**
 * The content of a handover: the preview the AF sees, the e-mail and the printable version are all
 * made from this one object, so the preview is exactly what the partner gets.
 */
export function handoverContent(
  signal: SignalSubmission,
  meta: { reference: string; municipality: string },
  parts: readonly HandoverPart[],
): HandoverContent {
  const has = (p: HandoverPart) => parts.includes(p);
  return {
    reference: meta.reference,
    municipality: meta.municipality,
    ...(has('forms') ? { forms: signal.forms, observedSignals: signal.observedSignals } : {}),
    ...(has('description') ? { description: signal.description } : {}),
    ...(has('when-where') ? { observedOn: signal.observedOn ?? null, location: signal.location ?? null } : {}),
    ...(has('persons') ? { persons: signal.persons } : {}),
    ...(has('organisations') ? { organisations: signal.organisations } : {}),
    ...(has('addresses') ? { addresses: signal.addresses } : {}),
    ...(has('sector') ? { sector: signal.sector ?? null } : {}),
    ...(has('acute-danger') ? { acuteDanger: signal.acuteDanger } : {}),
    ...(has('person-aware') ? { personAware: signal.personAware } : {}),
  };
}

/**
 * The agenda of a signal meeting shows signals pseudonymised: no names of persons, no reporter,
 * no free text that may hold names; only the kind of signal, its form and the sector.
 */
export function pseudonymisedSummary(signal: SignalSubmission, reference: string) {
  return {
    reference,
    forms: signal.forms,
    observedSignals: signal.observedSignals,
    sector: signal.sector ?? null,
    acuteDanger: signal.acuteDanger,
    persons: signal.persons.map((p, i) => ({ label: `Persoon ${String.fromCharCode(65 + i)}`, role: p.role, estimatedAge: p.estimatedAge ?? null })),
    organisations: signal.organisations.length,
    addresses: signal.addresses.map((a) => a.place ?? null).filter(Boolean),
  };
}

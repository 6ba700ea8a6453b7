import { addDutchDays, startOfDutchDay } from '../time/dutch-calendar';

/**
 * The reporter's identity is known only to the AF of the municipality (seed 004, step 2). What a
 * person does as the reporter of a signal — drafts, submitting, reading their own signals and the
 * feedback — must therefore not be traceable to them in the audit trail the auditor reads, by any
 * field or by correlation (docs/decisions/0011-shielded-reporter-audit.md). Such a record is
 * "shielded": the auditor sees what happened and on which day; who, from where, on what object and
 * at what moment is sealed (encrypted) for the AF.
 */
export const SHIELDED_ACTOR = 'melder';

export function isShielded(actor: string): boolean {
  return actor === SHIELDED_ACTOR;
}

export interface AuditFields {
  actorUserId: string | null;
  origin: string | null;
  objectId: string | null;
  details: Record<string, unknown>;
  at: Date;
}

/** What the auditor sees of a shielded record, and what is sealed. */
export interface ShieldedRecord {
  visible: AuditFields;
  sealed: { actorUserId: string | null; origin: string | null; objectId: string | null; details: Record<string, unknown>; at: string };
}

/**
 * Splits a record: nothing that identifies the person or the signal stays visible (no user, no
 * address, no object id, no counts or references in the details), and the moment becomes the start
 * of its Dutch day.
 */
export function shield(fields: AuditFields): ShieldedRecord {
  return {
    visible: { actorUserId: null, origin: null, objectId: null, details: {}, at: startOfDutchDay(fields.at) },
    sealed: { actorUserId: fields.actorUserId, origin: fields.origin, objectId: fields.objectId, details: fields.details, at: fields.at.toISOString() },
  };
}

/**
 * A shielded record is shown to the auditor once its day is over. Shown earlier, an auditor who
 * looks every few minutes would see it appear, and so learn its time after all.
 */
export function shieldedVisibleAt(day: Date): Date {
  return addDutchDays(startOfDutchDay(day), 1);
}

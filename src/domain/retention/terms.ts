import { z } from 'zod';

/**
 * How long what a municipality records is kept, and the bounds within which its beheerder may
 * change that (docs/decisions/0017-retention.md argues the defaults). Signals are kept from the
 * moment they are closed; a draft from its last change.
 */
export const RETENTION_BOUNDS = {
  /** A signal closed without a handover to a partner. */
  closedMonths: { default: 12, min: 6, max: 60 },
  /** A signal closed after it was handed over: a partner may come back to it. */
  handedOverMonths: { default: 60, min: 12, max: 120 },
  /** A signal being written that was never submitted. */
  draftDays: { default: 30, min: 7, max: 90 },
  /** A deactivated account: its name, e-mail address and login secrets. */
  userMonths: { default: 12, min: 3, max: 60 },
  /**
   * A complete import of the municipality's own register that no newer export replaced, from its
   * completion (docs/decisions/0024-register-retention.md): a copy kept only to find earlier knowledge.
   */
  registerMonths: { default: 12, min: 1, max: 36 },
  /** An audit record: who did what, kept as long as the data it is about may be asked after. */
  auditMonths: { default: 72, min: 24, max: 120 },
} as const;

export type RetentionTermName = keyof typeof RETENTION_BOUNDS;

const term = (name: RetentionTermName, unit: string) => {
  const { min, max } = RETENTION_BOUNDS[name];
  const message = `Kies een hele termijn van ${min} tot en met ${max} ${unit}.`;
  return z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });
};

export const retentionTermsBody = z
  .object({
    closedMonths: term('closedMonths', 'maanden'),
    handedOverMonths: term('handedOverMonths', 'maanden'),
    draftDays: term('draftDays', 'dagen'),
    userMonths: term('userMonths', 'maanden'),
    registerMonths: term('registerMonths', 'maanden'),
    auditMonths: term('auditMonths', 'maanden'),
  })
  .strict()
  .refine((t) => t.handedOverMonths >= t.closedMonths, {
    error: 'Een overgedragen signaal wordt minstens zo lang bewaard als een signaal dat niet werd overgedragen.',
    path: ['handedOverMonths'],
  })
  .refine((t) => t.auditMonths >= t.handedOverMonths, {
    error: 'De audittrail wordt minstens zo lang bewaard als een overgedragen signaal: wie het signaal inzag, moet te achterhalen zijn zolang het bestaat.',
    path: ['auditMonths'],
  });

export type RetentionTerms = z.infer<typeof retentionTermsBody>;

export const DEFAULT_RETENTION_TERMS: RetentionTerms = {
  closedMonths: RETENTION_BOUNDS.closedMonths.default,
  handedOverMonths: RETENTION_BOUNDS.handedOverMonths.default,
  draftDays: RETENTION_BOUNDS.draftDays.default,
  userMonths: RETENTION_BOUNDS.userMonths.default,
  registerMonths: RETENTION_BOUNDS.registerMonths.default,
  auditMonths: RETENTION_BOUNDS.auditMonths.default,
};

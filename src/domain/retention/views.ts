import { z } from 'zod';
import { retentionTermsBody } from './terms';

// The answers of the retention API (docs/decisions/0017-retention.md); the web takes its types from here.

const iso = z.iso.datetime();

export const retentionTermsView = retentionTermsBody.and(
  z.object({ setAt: iso.nullable().describe('Wanneer de beheerder de termijnen het laatst instelde; leeg: de standaardtermijnen') }),
);
export type RetentionTermsView = z.infer<typeof retentionTermsView>;

export const retentionPreviewBody = z.object({
  until: iso,
  signals: z.array(
    z.object({ reference: z.string(), closedAt: iso, term: z.enum(['closed', 'handed-over']), dueAt: iso, onHold: z.boolean(), holdSince: iso.nullable() }),
  ),
  drafts: z.array(z.object({ dueAt: iso, count: z.number().int() })),
  /** The municipality's own register imports that go: the source as the beheerder named it, and how many rows. */
  registerImports: z.array(z.object({ source: z.string(), completedAt: iso, rows: z.number().int(), dueAt: iso })),
});
export type RetentionPreview = z.infer<typeof retentionPreviewBody>;

const deletionLogEntryBody = z.object({
  batch: z.uuid(),
  objectType: z.enum(['signal', 'drafts', 'user', 'register-import']),
  objectId: z.uuid().nullable(),
  reference: z.string().nullable(),
  state: z.string().nullable(),
  receivedAt: iso.nullable(),
  closedAt: iso.nullable(),
  count: z.number().int(),
  term: z.enum(['closed', 'handed-over', 'draft', 'user', 'register']),
  termLength: z.number().int(),
  termSetByUserId: z.uuid().nullable(),
  dueAt: iso.nullable(),
  deletedAt: iso,
});

export const deletionLogBody = z.object({
  items: z.array(deletionLogEntryBody),
  next: z.string().nullable().describe('De cursor van de volgende (oudere) pagina, of null op de laatste'),
});
export type DeletionLogPage = z.infer<typeof deletionLogBody>;
export type DeletionLogEntry = z.infer<typeof deletionLogEntryBody>;

/** The reason the AF gives for placing or lifting a legal hold; it goes into the signal's history. */
export const LEGAL_HOLD_REASON_MAX = 2000;

export const legalHoldRequest = z
  .object({ reason: z.string().trim().min(1, 'geef de reden').max(LEGAL_HOLD_REASON_MAX, `de reden is te lang (hoogstens ${LEGAL_HOLD_REASON_MAX} tekens)`) })
  .strict();

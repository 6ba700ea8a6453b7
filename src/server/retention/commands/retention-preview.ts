import { addDays } from 'date-fns';
import { draftDueAt, signalDue } from '../../../domain/retention';
import { defineCommand } from '../../context/run';
import { signalDrafts } from '../../db/schema';
import { importDue, ownRegisterImports } from '../expire-register-imports';
import { retentionTermsOf } from '../retention-terms';
import { closedSignalFacts } from '../signal-facts';

/** How far ahead the dry run looks. */
export const PREVIEW_DAYS = 7;

export interface RetentionPreview {
  until: string;
  signals: Array<{ reference: string; closedAt: string; term: 'closed' | 'handed-over'; dueAt: string; onHold: boolean; holdSince: string | null }>;
  /** Drafts by the day they go; a number only (whose draft it is would say who is writing a signal). */
  drafts: Array<{ dueAt: string; count: number }>;
  /** The municipality's own register imports that go: their source, when they completed, how many rows. */
  registerImports: Array<{ source: string; completedAt: string; rows: number; dueAt: string }>;
}

/**
 * The dry run for the beheerder and the auditor: which signals of the municipality are deleted on
 * which date within the coming week (those already due go at the next run), and which a legal hold
 * keeps; how many drafts go; which imports of its own registers go. References, sources, numbers
 * and dates only, nothing of the signals' content or the registers' rows.
 */
export const previewRetention = defineCommand('retention.preview', async (ctx, _input: void): Promise<RetentionPreview> => {
  const until = addDays(ctx.now, PREVIEW_DAYS);
  const { terms } = await retentionTermsOf(ctx.tx, ctx.municipality!);
  const signals = (await closedSignalFacts(ctx.tx))
    .flatMap((s) => {
      const due = signalDue(s, terms);
      return due && due.dueAt <= until ? [{ reference: s.reference, closedAt: s.closedAt!.toISOString(), term: due.term, dueAt: due.dueAt.toISOString(), onHold: s.onHold, holdSince: s.holdSince?.toISOString() ?? null }] : [];
    })
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.reference.localeCompare(b.reference));
  const drafts = new Map<string, number>();
  for (const { updatedAt } of await ctx.tx.select({ updatedAt: signalDrafts.updatedAt }).from(signalDrafts)) {
    const dueAt = draftDueAt(updatedAt, terms);
    if (dueAt <= until) drafts.set(dueAt.toISOString(), (drafts.get(dueAt.toISOString()) ?? 0) + 1);
  }
  // Row-level security keeps the imports to the municipality's own.
  const registerImports = (await ownRegisterImports(ctx.tx))
    .map((i) => importDue(i, terms))
    .filter((i) => i.dueAt <= until)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.source.localeCompare(b.source))
    .map((i) => ({ source: i.source, completedAt: i.completedAt.toISOString(), rows: i.rows, dueAt: i.dueAt.toISOString() }));
  await ctx.audit({ action: 'retention.preview', objectType: 'retention', details: { signals: signals.length, registerImports: registerImports.length } });
  return {
    until: until.toISOString(),
    signals,
    drafts: [...drafts].sort(([a], [b]) => a.localeCompare(b)).map(([dueAt, count]) => ({ dueAt, count })),
    registerImports,
  };
});

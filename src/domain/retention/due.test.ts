import { describe, expect, it } from 'vitest';
import { auditRecordsMadeBefore, isSignalDue, signalDue, draftDueAt, registerImportDueAt, type SignalRetentionFacts } from './due';
import { DEFAULT_RETENTION_TERMS, retentionTermsBody } from './terms';

const closed = (closedAt: string, more: Partial<SignalRetentionFacts> = {}): SignalRetentionFacts => ({ state: 'afgesloten', closedAt: new Date(closedAt), handedOver: false, onHold: false, ...more });
const terms = DEFAULT_RETENTION_TERMS;

describe('when a signal is deleted', () => {
  it('is a year after closing without a handover, five years after one, on the same Dutch calendar date', () => {
    // Closed at 10:15 Dutch summer time; a year later it is the same time of day in Dutch time.
    expect(signalDue(closed('2026-06-30T08:15:00Z'), terms)).toEqual({ term: 'closed', months: 12, dueAt: new Date('2027-06-30T08:15:00Z') });
    expect(signalDue(closed('2026-06-30T08:15:00Z', { handedOver: true }), terms)).toEqual({ term: 'handed-over', months: 60, dueAt: new Date('2031-06-30T08:15:00Z') });
    // The API answers the moment in UTC, not with the zone's offset.
    expect(signalDue(closed('2026-06-30T08:15:00Z'), terms)!.dueAt.toISOString()).toBe('2027-06-30T08:15:00.000Z');
    // Closed in winter, due in summer: 09:00 in Amsterdam both times.
    expect(signalDue(closed('2026-01-15T08:00:00Z'), { ...terms, closedMonths: 6 })!.dueAt).toEqual(new Date('2026-07-15T07:00:00Z'));
  });

  it('is not a second early and is a second late', () => {
    const facts = closed('2026-03-01T12:00:00Z');
    expect(isSignalDue(facts, terms, new Date('2027-03-01T11:59:59Z'))).toBe(false);
    expect(isSignalDue(facts, terms, new Date('2027-03-01T12:00:00Z'))).toBe(true);
    expect(isSignalDue(facts, terms, new Date('2027-03-01T12:00:01Z'))).toBe(true);
  });

  it('never comes while a signal is being handled, has been reopened, or is on legal hold', () => {
    const long = new Date('2040-01-01T00:00:00Z');
    expect(isSignalDue({ state: 'doorgezet', closedAt: null, handedOver: true, onHold: false }, terms, long)).toBe(false);
    expect(isSignalDue({ state: 'heropend', closedAt: new Date('2026-01-01T00:00:00Z'), handedOver: false, onHold: false }, terms, long)).toBe(false);
    expect(isSignalDue(closed('2026-01-01T00:00:00Z', { onHold: true }), terms, long)).toBe(false);
    // The dry run still shows the date a hold keeps it past.
    expect(signalDue(closed('2026-01-01T00:00:00Z', { onHold: true }), terms)?.dueAt).toEqual(new Date('2027-01-01T00:00:00Z'));
  });

  it('deletes a draft its term in days after its last change', () => {
    expect(draftDueAt(new Date('2026-12-01T09:00:00Z'), terms)).toEqual(new Date('2026-12-31T09:00:00Z'));
  });
});

describe("when an import of the municipality's own register goes", () => {
  it('is twelve months after it completed by default, at the same Dutch time, or the term the beheerder set', () => {
    expect(registerImportDueAt(new Date('2026-02-03T10:15:00Z'), terms)).toEqual(new Date('2027-02-03T10:15:00Z'));
    // Completed in winter, due in summer: 11:15 in Amsterdam both times.
    expect(registerImportDueAt(new Date('2026-02-03T10:15:00Z'), { ...terms, registerMonths: 6 })).toEqual(new Date('2026-08-03T09:15:00Z'));
  });
});

describe('when an audit record goes', () => {
  it('is six years after it was made by default, never earlier, also at the end of a month', () => {
    expect(auditRecordsMadeBefore(new Date('2032-12-06T10:00:00Z'), terms)).toEqual(new Date('2026-12-06T10:00:00Z'));
    // 28 February counted back one month is 28 January: a record of 31 January is kept a few days longer.
    const end = auditRecordsMadeBefore(new Date('2027-02-28T10:00:00Z'), { ...terms, auditMonths: 1 });
    expect(end.getTime()).toBeLessThan(new Date('2027-01-31T10:00:00Z').getTime());
  });
});

describe('the terms a beheerder may set', () => {
  it('accepts terms within the bounds and refuses others with a Dutch reason', () => {
    expect(retentionTermsBody.safeParse({ closedMonths: 6, handedOverMonths: 120, draftDays: 7, userMonths: 3, registerMonths: 1, auditMonths: 120 }).success).toBe(true);
    const tooShort = retentionTermsBody.safeParse({ closedMonths: 1, handedOverMonths: 60, draftDays: 30, userMonths: 12, registerMonths: 12, auditMonths: 72 });
    expect(tooShort.error?.issues[0]?.message).toBe('Kies een hele termijn van 6 tot en met 60 maanden.');
    expect(retentionTermsBody.safeParse({ closedMonths: 12.5, handedOverMonths: 60, draftDays: 30, userMonths: 12, registerMonths: 12, auditMonths: 72 }).success).toBe(false);
    const shorterAfterHandover = retentionTermsBody.safeParse({ closedMonths: 24, handedOverMonths: 12, draftDays: 30, userMonths: 12, registerMonths: 12, auditMonths: 72 });
    expect(shorterAfterHandover.error?.issues[0]?.path).toEqual(['handedOverMonths']);
    expect(retentionTermsBody.safeParse({ ...terms, extra: 1 }).success).toBe(false);
    const auditShorter = retentionTermsBody.safeParse({ ...terms, auditMonths: 48 });
    expect(auditShorter.error?.issues.map((i) => i.path)).toEqual([['auditMonths']]);
  });
});

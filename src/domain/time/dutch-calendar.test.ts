import { describe, expect, it } from 'vitest';
import { addDutchDays, dutchDate, dutchMidnight, startOfDutchDay } from './dutch-calendar';

describe('the Dutch calendar', () => {
  it('keeps the time of day across the change to summer time (a 14-day term is 335 hours then)', () => {
    const before = new Date('2026-03-20T09:00:00Z'); // 10:00 in Amsterdam (CET)
    const after = addDutchDays(before, 14);
    expect(after.toISOString()).toBe('2026-04-03T08:00:00.000Z'); // 10:00 in Amsterdam (CEST)
    expect((after.getTime() - before.getTime()) / 3_600_000).toBe(335);
  });

  it('keeps the time of day across the change to winter time (337 hours)', () => {
    const before = new Date('2026-10-20T08:00:00Z'); // 10:00 CEST
    expect(addDutchDays(before, 14).toISOString()).toBe('2026-11-03T09:00:00.000Z'); // 10:00 CET
  });

  it('finds the Dutch day of a moment, also just after midnight in the Netherlands', () => {
    const justAfterMidnight = new Date('2026-07-01T22:30:00Z'); // 00:30 on 2 July in Amsterdam
    expect(dutchDate(justAfterMidnight)).toBe('2026-07-02');
    expect(startOfDutchDay(justAfterMidnight).toISOString()).toBe('2026-07-01T22:00:00.000Z');
    expect(dutchMidnight('2026-07-02').toISOString()).toBe('2026-07-01T22:00:00.000Z');
    expect(dutchMidnight('2026-12-31', 1).toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });
});

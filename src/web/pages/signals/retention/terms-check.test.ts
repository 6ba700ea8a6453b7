import { describe, expect, it } from 'vitest';
import { checkTerms } from './terms-check';

const DEFAULTS = { closedMonths: '12', handedOverMonths: '60', draftDays: '30', userMonths: '12', registerMonths: '12', auditMonths: '72' };

describe('checking the retention terms typed by the beheerder', () => {
  it('accepts whole numbers within the bounds, spaces around them too', () => {
    expect(checkTerms({ ...DEFAULTS, draftDays: ' 7 ' })).toEqual({ terms: { closedMonths: 12, handedOverMonths: 60, draftDays: 7, userMonths: 12, registerMonths: 12, auditMonths: 72 }, problems: null });
    expect(checkTerms({ closedMonths: '60', handedOverMonths: '60', draftDays: '90', userMonths: '60', registerMonths: '36', auditMonths: '60' }).problems).toBeNull();
  });

  it('refuses a term outside its bounds, a fraction and an empty field', () => {
    expect(checkTerms({ ...DEFAULTS, closedMonths: '5' }).problems).toEqual({ closedMonths: 'range' });
    expect(checkTerms({ ...DEFAULTS, handedOverMonths: '121' }).problems).toEqual({ handedOverMonths: 'range' });
    expect(checkTerms({ ...DEFAULTS, draftDays: '12.5' }).problems).toEqual({ draftDays: 'range' });
    expect(checkTerms({ ...DEFAULTS, draftDays: '' }).problems).toEqual({ draftDays: 'range' });
    expect(checkTerms({ ...DEFAULTS, registerMonths: '0' }).problems).toEqual({ registerMonths: 'range' });
    expect(checkTerms({ ...DEFAULTS, registerMonths: '37' }).problems).toEqual({ registerMonths: 'range' });
  });

  it('refuses a shorter term after a handover than without, but names a term out of bounds first', () => {
    expect(checkTerms({ ...DEFAULTS, closedMonths: '24', handedOverMonths: '12' }).problems).toEqual({ handedOverMonths: 'shorter' });
    expect(checkTerms({ ...DEFAULTS, closedMonths: '70', handedOverMonths: '12' }).problems).toEqual({ closedMonths: 'range' });
    // The audit trail outlasts the signals it is about.
    expect(checkTerms({ ...DEFAULTS, auditMonths: '48' }).problems).toEqual({ auditMonths: 'shorter' });
  });
});

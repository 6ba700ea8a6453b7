import { describe, expect, it } from 'vitest';
import { FEEDBACK_DAYS_RANGE, HANDOVER_PARTS, handoverContent, parseFeedbackDays, pseudonymisedSummary } from './handover';
import type { SignalSubmission } from './schema';

const signal: SignalSubmission = {
  forms: ['sexual'],
  observedSignals: ['is-mogelijk-minderjarig'],
  description: 'Jong meisje wordt elke avond opgehaald door steeds andere mannen.',
  observedOn: '2026-11-20',
  location: 'Stationsplein',
  persons: [{ role: 'possible-victim', name: 'Lisa Jansen', estimatedAge: 16 }],
  organisations: [{ name: 'Hotel Centraal' }],
  addresses: [{ postcode: '2312AB', houseNumber: 3, place: 'Leiden' }],
  sector: 'horeca',
  acuteDanger: false,
  personAware: 'no',
  reporterPhone: '06-12345678',
};
const meta = { reference: 'SR-2026-0001', municipality: 'GM0546' };

describe('handover content', () => {
  it('contains only the ticked parts', () => {
    const content = handoverContent(signal, meta, ['forms', 'addresses']);
    expect(Object.keys(content).sort()).toEqual(['addresses', 'forms', 'municipality', 'observedSignals', 'reference']);
  });

  it('never contains the reporter, whatever is ticked', () => {
    const everything = JSON.stringify(handoverContent(signal, meta, HANDOVER_PARTS));
    expect(everything).not.toContain('06-12345678');
    expect(everything).not.toMatch(/reporter/i);
  });

  it('has no part for the reporter to tick', () => {
    expect(HANDOVER_PARTS.some((p) => /report|melder/.test(p))).toBe(false);
  });
});

describe('pseudonymised summary for the signal meeting', () => {
  it('holds no names, no free text and no reporter', () => {
    const text = JSON.stringify(pseudonymisedSummary(signal, meta.reference));
    for (const secret of ['Lisa', 'Jansen', 'Hotel Centraal', 'opgehaald', '06-12345678', 'Stationsplein']) expect(text).not.toContain(secret);
    expect(text).toContain('Persoon A');
  });
});

describe('the feedback term typed in a form', () => {
  it('is a whole number of days within the range', () => {
    expect(parseFeedbackDays(' 21 ')).toBe(21);
    expect(parseFeedbackDays(String(FEEDBACK_DAYS_RANGE.min))).toBe(FEEDBACK_DAYS_RANGE.min);
    expect(parseFeedbackDays(String(FEEDBACK_DAYS_RANGE.max))).toBe(FEEDBACK_DAYS_RANGE.max);
  });

  it('is refused outside the range or when it is not plain digits', () => {
    for (const text of ['', '0', String(FEEDBACK_DAYS_RANGE.max + 1), '365', '2.5', '-3', '14 dagen', '1e2']) {
      expect(parseFeedbackDays(text), text).toBeNull();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-date-time';

describe('formatDateTime', () => {
  it('shows a moment in Dutch notation and Dutch time, summer and winter', () => {
    expect(formatDateTime('2026-07-01T10:15:30Z', 'nl')).toBe('01-07-2026, 12:15:30');
    expect(formatDateTime('2026-11-22T23:30:00Z', 'nl')).toBe('23-11-2026, 00:30:00');
  });

  it('uses British notation in English, still in Dutch time', () => {
    expect(formatDateTime('2026-11-22T23:30:00Z', 'en')).toBe('23/11/2026, 00:30:00');
  });

  it('leaves an unreadable value as it is', () => {
    expect(formatDateTime('gisteren', 'nl')).toBe('gisteren');
  });
});

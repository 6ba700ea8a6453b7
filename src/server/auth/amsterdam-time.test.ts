import { describe, expect, it } from 'vitest';
import { amsterdamTime } from './amsterdam-time';

describe('time of day in the Netherlands', () => {
  it('follows winter and summer time', () => {
    expect(amsterdamTime(new Date('2026-01-15T09:15:00Z'))).toBe('10:15');
    expect(amsterdamTime(new Date('2026-07-15T09:15:00Z'))).toBe('11:15');
  });

  it('rounds up to the next minute, never naming a moment that is still too early', () => {
    expect(amsterdamTime(new Date('2026-01-15T09:15:01Z'))).toBe('10:16');
    expect(amsterdamTime(new Date('2026-01-15T22:59:30Z'))).toBe('00:00');
  });
});

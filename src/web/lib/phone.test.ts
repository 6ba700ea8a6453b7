import { describe, expect, it } from 'vitest';
import { telHref } from './phone';

describe('telHref', () => {
  it('dials only the digits of a number as printed in the seeds', () => {
    expect(telHref('112')).toBe('tel:112');
    expect(telHref('070-3614747')).toBe('tel:0703614747');
    expect(telHref('013 549 8430')).toBe('tel:0135498430');
  });
});

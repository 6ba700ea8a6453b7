import { describe, expect, it } from 'vitest';
import { phoneNumber, webAddress } from './partner-schema';

describe('phoneNumber', () => {
  it.each(['112', '0900-8844', '0800-5151', '0800 7000', '070-3614747', '013 549 8430', '06-14007438', '088-3084343', '0800-1234567'])(
    'accepts %s as printed in the seeds',
    (n) => expect(phoneNumber.safeParse(n).success).toBe(true),
  );

  it.each(['11', '070-361474', '0612345', '0700-5151', '0800--5151', '0800-51515', '+31 70 361 4747', 'bel 112'])('rejects %s', (n) =>
    expect(phoneNumber.safeParse(n).success).toBe(false),
  );
});

describe('webAddress', () => {
  it.each(['https://www.fairwork.nu', 'http://www.comensha.nl/meldformulier'])('accepts %s', (u) => expect(webAddress.safeParse(u).success).toBe(true));

  // Partner web addresses become links on the route map of every employee in the region.
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.nl', 'www.fairwork.nu'])('refuses %s', (u) =>
    expect(webAddress.safeParse(u).success).toBe(false),
  );
});

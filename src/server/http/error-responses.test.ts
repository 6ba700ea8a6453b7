import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorStatusesOf } from './error-responses';

const body = z.object({ a: z.string() });

describe('the error statuses every API route answers by construction', () => {
  it('a public read without input: only the rate limit and the database', () => {
    expect(errorStatusesOf({ method: 'GET', schema: {}, config: { policy: 'content.read' } })).toEqual([429, 503]);
  });

  it('a read with a query string, for a logged-in user of any role', () => {
    expect(errorStatusesOf({ method: 'GET', schema: { querystring: body }, config: { policy: 'account.read' } })).toEqual([400, 401, 429, 503]);
  });

  it('a change by a role of the municipality: also refused roles, another site, no CSRF token, a body too large or not JSON', () => {
    expect(errorStatusesOf({ method: 'POST', schema: { body }, config: { policy: 'user.write' } })).toEqual([400, 401, 403, 413, 415, 429, 503]);
  });

  it('a public change without a schema still takes a body that may be broken, and checks the origin', () => {
    expect(errorStatusesOf({ method: 'POST', schema: {}, config: { policy: 'feedback.partner' } })).toEqual([400, 403, 413, 415, 429, 503]);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cursorParam, CURSOR_MESSAGE, encodeCursor, exactMoment } from './page-cursor';

const param = cursorParam(exactMoment, z.number().int().positive());

describe('the page cursor', () => {
  it('gives back what it was made of, and looks like nothing in particular', () => {
    const cursor = encodeCursor(['2026-12-07T04:26:14.123456Z', 42]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(param.parse(cursor)).toEqual(['2026-12-07T04:26:14.123456Z', 42]);
  });

  it('refuses anything else with one Dutch message', () => {
    const garbage = [
      '',
      'abc',
      'a b',
      'x'.repeat(301),
      Buffer.from('not json').toString('base64url'),
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('[2,"2026-12-07T04:26:14.123456Z",42]').toString('base64url'), // another version
      Buffer.from('[1,"2026-12-07T04:26:14.123Z",42]').toString('base64url'), // milliseconds only
      Buffer.from('[1,"2026-13-40T04:26:14.123456Z",42]').toString('base64url'), // no such day
      Buffer.from('[1,"2026-12-07T04:26:14.123456Z",-1]').toString('base64url'),
      Buffer.from('[1,"2026-12-07T04:26:14.123456Z",42,"extra"]').toString('base64url'),
    ];
    for (const value of garbage) {
      const result = param.safeParse(value);
      expect(result.success, value).toBe(false);
      expect(result.error!.issues.map((i) => i.message), value).toContain(CURSOR_MESSAGE);
    }
  });
});

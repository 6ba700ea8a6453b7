import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from './json-body';

describe('the JSON depth cap', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it('counts nesting of arrays and objects on the raw text', () => {
    expect(jsonDepthExceeds(nested(32), 32)).toBe(false);
    expect(jsonDepthExceeds(nested(33), 32)).toBe(true);
    expect(jsonDepthExceeds('{"a":{"b":[{"c":1}]}}', 4)).toBe(false);
    expect(jsonDepthExceeds('{"a":{"b":[{"c":1}]}}', 3)).toBe(true);
    expect(jsonDepthExceeds(nested(10_000), 32)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthExceeds(`{"text":"${'[{'.repeat(100)}"}`, 1)).toBe(false);
    expect(jsonDepthExceeds(`{"text":"a \\" [[[[ \\\\","b":[[1]]}`, 3)).toBe(false);
    expect(jsonDepthExceeds(`{"text":"a \\" [[[[ \\\\","b":[[1]]}`, 2)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache';

describe('bounded cache', () => {
  it('keeps at most its capacity, forgetting the oldest entry first', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 10);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });
});

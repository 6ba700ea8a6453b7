import { describe, expect, it } from 'vitest';
import type { SignalSubject } from '../../domain/matching';
import { SignalSubjectsCache } from './signal-subjects-cache';

const subject = (label: string) => ({ label }) as unknown as SignalSubject;

/** A decrypter that says which ids it was asked for. */
function decrypter() {
  const asked: string[][] = [];
  const decrypt = async (missing: string[]) => {
    asked.push(missing);
    return new Map(missing.map((id) => [id, [subject(`subject of ${id}`)]]));
  };
  return { asked, decrypt };
}

const MINUTE = 60_000;

describe('SignalSubjectsCache', () => {
  it('decrypts a signal once, and again only what is new', async () => {
    const cache = new SignalSubjectsCache();
    const { asked, decrypt } = decrypter();
    expect(await cache.subjectsOf('GM0546', ['a', 'b'], decrypt, 0)).toEqual([[subject('subject of a')], [subject('subject of b')]]);
    expect(await cache.subjectsOf('GM0546', ['a', 'b', 'c'], decrypt, MINUTE)).toHaveLength(3);
    expect(asked).toEqual([['a', 'b'], ['c']]);
  });

  it('drops a signal the database no longer lists (deleted by retention), but not the one left out of its own search', async () => {
    const cache = new SignalSubjectsCache();
    const { asked, decrypt } = decrypter();
    await cache.subjectsOf('GM0546', ['a', 'b', 'c'], decrypt, 0);
    await cache.subjectsOf('GM0546', ['a', 'c'], decrypt, 1, 'c');
    expect(cache.size).toBe(2);
    await cache.subjectsOf('GM0546', ['a', 'b'], decrypt, 2);
    expect(asked.at(-1)).toEqual(['b']);
  });

  it('keeps municipalities apart and forgets one ten minutes after its last search', async () => {
    const cache = new SignalSubjectsCache();
    const { asked, decrypt } = decrypter();
    await cache.subjectsOf('GM0546', ['a'], decrypt, 0);
    await cache.subjectsOf('GM0518', ['x'], decrypt, 9 * MINUTE);
    expect(cache.size).toBe(2);
    await cache.subjectsOf('GM0518', ['x'], decrypt, 10 * MINUTE + 1);
    expect(cache.size).toBe(1);
    await cache.subjectsOf('GM0546', ['a'], decrypt, 11 * MINUTE);
    expect(asked).toEqual([['a'], ['x'], ['a']]);
  });
});

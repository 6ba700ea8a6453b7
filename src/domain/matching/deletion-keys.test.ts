import { describe, expect, it } from 'vitest';
import { deletionKeys } from './deletion-keys';

describe('deletion keys', () => {
  it('says how far a key is from the form: the form itself, or a letter left out', () => {
    expect(deletionKeys('bos')).toEqual([
      { key: 'bos', edits: 0 },
      { key: 'os', edits: 1 },
      { key: 'bs', edits: 1 },
      { key: 'bo', edits: 1 },
    ]);
  });

  it('leaves no letter out of a form shorter than three, and has no key for nothing', () => {
    expect(deletionKeys('ab')).toEqual([{ key: 'ab', edits: 0 }]);
    expect(deletionKeys('')).toEqual([]);
  });
});

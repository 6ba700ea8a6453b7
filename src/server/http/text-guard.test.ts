import { describe, expect, it } from 'vitest';
import { textProblems } from './text-guard';

describe('the text rule', () => {
  it('refuses NUL, other C0 and C1 control characters, DEL and lone surrogates, everywhere', () => {
    for (const bad of ['a\u0000b', '\u0001', 'x\u001b[31m', 'del\u007f', 'nel\u0085', '\u009f', 'half \ud83d', '\ude00 half']) {
      expect(textProblems({ note: bad }, true), JSON.stringify(bad)).toEqual([{ path: ['note'], problem: 'control' }]);
      expect(textProblems(bad, false), JSON.stringify(bad)).toEqual([{ path: [], problem: 'control' }]);
    }
  });

  it('allows tab, line feed and carriage return in multi-line text (a JSON body), and nowhere else', () => {
    const text = 'Regel een,\r\n\tregel twee.';
    expect(textProblems({ note: text }, true)).toEqual([]);
    expect(textProblems({ action: text }, false)).toEqual([{ path: ['action'], problem: 'singleLine' }]);
  });

  it('accepts ordinary text in any script, emoji (surrogate pairs) included', () => {
    expect(textProblems({ name: 'Zoë Ĳsselmeer-Ørsted 😀 €5', list: ['ḿ', 'ß'], n: 3, b: true, none: null }, false)).toEqual([]);
  });

  it('names every offending field by its path, array positions included, and a bad field name without echoing it', () => {
    const problems = textProblems({ persons: [{ name: 'ok' }, { name: 'a\u0000' }], payload: { 'x\u0000y': 1, nested: { deep: ['\u0007'] } } }, true);
    expect(problems).toEqual([
      { path: ['payload', '(veldnaam)'], problem: 'key' },
      { path: ['persons', 1, 'name'], problem: 'control' },
      { path: ['payload', 'nested', 'deep', 0], problem: 'control' },
    ]);
  });

  it('walks any depth without recursion', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(textProblems(deep, true)).toHaveLength(1);
  });
});

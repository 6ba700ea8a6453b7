import { describe, expect, it } from 'vitest';
import { readPackText } from './pack-yaml';

// A regiobeheerder uploads whatever file they have; a hostile or broken one is refused in Dutch, never a server error.
describe('readPackText', () => {
  it('refuses a file whose aliases multiply ("billion laughs") in Dutch', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [i, name] of [...'bcdefghi'].entries()) {
      const prev = 'abcdefgh'[i]!;
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const result = readPackText(levels.join('\n'));
    expect(result).toEqual({ errors: [expect.stringContaining('zo vaak andere delen dat het onleesbaar groot wordt')] });
  });

  // Deep enough to overflow the parser's stack, which can end the whole server process.
  it.each([
    ['brackets', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['dashes on one line', '- '.repeat(10_000) + 'x'],
    ['indented blocks', Array.from({ length: 900 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' x'],
  ])('refuses absurdly deep nesting (%s) in Dutch before parsing', (_, text) => {
    expect(readPackText(text)).toEqual({ errors: [expect.stringContaining('te diep genest')] });
  });

  it('reads a wide pack written as JSON on one line', () => {
    const wide = { partners: Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, contacts: [{ id: `c${i}`, label: { nl: 'x' } }] })) };
    expect(readPackText(JSON.stringify(wide))).toEqual({ data: wide });
  });

  it('still reads an ordinary file with an alias', () => {
    expect(readPackText('a: &x [1, 2]\nb: *x\n')).toEqual({ data: { a: [1, 2], b: [1, 2] } });
  });
});

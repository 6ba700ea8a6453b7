import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = import.meta.dirname;
type Texts = { [key: string]: string | Texts };

/** Every key of a text file, dotted; plural forms (`_one`, `_other`) count as their base key. */
const keysOf = (texts: Texts, prefix = ''): string[] =>
  Object.entries(texts).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')] : keysOf(value, `${prefix}${key}.`)));
const read = (file: string) => new Set(keysOf(JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Texts));

describe('the English texts', () => {
  const dutch = fs.readdirSync(DIR).filter((f) => f === 'nl.json' || f.endsWith('.nl.json'));

  it.each(dutch)('have every text that %s has: an English user never sees a key or a Dutch fallback', (file) => {
    const english = read(file === 'nl.json' ? 'en.json' : file.replace(/\.nl\.json$/, '.en.json'));
    expect([...read(file)].filter((key) => !english.has(key))).toEqual([]);
  });
});

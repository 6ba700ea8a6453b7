/**
 * Folding text for comparison. Registers, police reports and typed notes spell the same name with
 * and without accents, in any case and with foreign letters a Dutch keyboard lacks, so every
 * comparison in matching starts from one folded form.
 */

// Letters that Unicode decomposition does not turn into plain ASCII.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  þ: 'th',
  '’': "'",
  '‘': "'",
  '`': "'",
  '´': "'",
  '‐': '-',
  '‑': '-',
  '–': '-',
  '—': '-',
};

const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;

/** Lower case, no diacritics, ligatures spelt out (é→e, ß→ss, Ĳ→ij), whitespace collapsed. */
export function fold(text: string): string {
  // Most names are plain ASCII (the backtick, 0x60, is not: it becomes an apostrophe below).
  if (PLAIN.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  let out = '';
  for (const ch of text) out += SPECIAL_LETTERS[ch] ?? ch;
  // NFKD splits "é" into "e" + accent and the ligature "ĳ" (U+0133) into "ij".
  return out
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The folded form with "ij" written as "y": Dijk, Dyk and Dĳk are one name to a Dutch reader, as
 * are Meijer and Meyer.
 */
export function comparable(text: string): string {
  return fold(text).replace(/ij/g, 'y');
}

/** Only the letters of the comparable form, so "De Vries", "de-vries" and "Devries" meet. */
export function lettersOnly(text: string): string {
  return comparable(text).replace(/[^a-z]/g, '');
}

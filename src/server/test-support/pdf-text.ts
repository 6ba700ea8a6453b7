import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF made with pdfkit, one line per text-showing operator, in drawing order: enough
 * for a test to check what a reader of the printed card can read and select, with nothing to
 * install. The standard fonts write Windows-1252 bytes as hex strings; an embedded font writes
 * glyph numbers, read back through the font's ToUnicode map (the map a PDF reader copies text with).
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const maps = toUnicodeMaps(pdf, raw);
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const content = inflated(pdf, raw, match.index + match[0].length);
    if (content === undefined) continue; // not a compressed stream (an image, a font program)
    let font: Map<number, string> | undefined;
    for (const op of content.matchAll(/\/(F\d+) [0-9.]+ Tf|\[((?:<[0-9a-f]*>|\s|-?[0-9.]+)*)\]\s*TJ/g)) {
      if (op[1] !== undefined) {
        font = maps.get(op[1]);
        continue;
      }
      const hex = [...op[2]!.matchAll(/<([0-9a-f]*)>/g)].map(([, h]) => h).join('');
      lines.push(font ? glyphs(hex, font) : windows1252(Buffer.from(hex, 'hex')));
    }
  }
  return lines.join('\n');
}

function inflated(pdf: Buffer, raw: string, start: number): string | undefined {
  try {
    return inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
  } catch {
    return undefined;
  }
}

/** Font resource name (F1, F2, …) → glyph number → text, for every font that has a ToUnicode map. */
function toUnicodeMaps(pdf: Buffer, raw: string): Map<string, Map<number, string>> {
  const objects = new Map<string, number>();
  for (const m of raw.matchAll(/(\d+) 0 obj/g)) objects.set(m[1]!, m.index + m[0].length);
  const maps = new Map<string, Map<number, string>>();
  for (const [, name, ref] of raw.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const font = raw.slice(objects.get(ref!), raw.indexOf('endobj', objects.get(ref!)));
    const cmapRef = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
    if (cmapRef === undefined || maps.has(name!)) continue;
    const at = objects.get(cmapRef)!;
    const streamStart = raw.indexOf('stream', at) + 'stream'.length;
    const cmap = inflated(pdf, raw, raw[streamStart] === '\r' ? streamStart + 2 : streamStart + 1);
    if (cmap !== undefined) maps.set(name!, parseCmap(cmap));
  }
  return maps;
}

/** The bfrange entries pdfkit writes: `<start> <end> [<utf16> <utf16> …]`. */
function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, start, , list] of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/g)) {
    // A ligature maps to several characters, written `<0066 0069>`.
    [...list!.matchAll(/<([0-9a-f ]*)>/g)].forEach(([, utf16], i) =>
      map.set(parseInt(start!, 16) + i, Buffer.from(utf16!.replace(/ /g, ''), 'hex').swap16().toString('utf16le')),
    );
  }
  return map;
}

function glyphs(hex: string, font: Map<number, string>): string {
  let text = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) text += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\ufffd';
  return text;
}

// Windows-1252 at 0x80-0x9f; Node's TextDecoder reads that label as ISO-8859-1, which has control codes there.
const HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

function windows1252(bytes: Buffer): string {
  return [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : String.fromCharCode(b))).join('');
}

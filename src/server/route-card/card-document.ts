import { createRequire } from 'node:module';
import type PDFKitModule from 'pdfkit';
import type QRCodeModule from 'qrcode';

/**
 * pdfkit and qrcode are loaded when the first document is opened, not when the server starts: they
 * are among the largest modules of the server, and most instances print a card now and then.
 */
let libraries: { PDFDocument: typeof PDFKitModule; QRCode: typeof QRCodeModule } | undefined;
async function pdfLibraries(): Promise<NonNullable<typeof libraries>> {
  libraries ??= { PDFDocument: (await import('pdfkit')).default, QRCode: (await import('qrcode')).default };
  return libraries;
}

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;

export const COLORS = {
  text: '#1a1a1a',
  muted: '#4d4d4d',
  blue: '#154273',
  lightBlue: '#e6eef7',
  red: '#b3150d',
} as const;

/**
 * The PDF's standard fonts: no font file to ship, and their text stays selectable and searchable.
 * They cover the Windows-1252 characters; the few others content may hold are written out.
 */
export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;

/**
 * For text beyond Windows-1252 (Polish, Romanian, Cyrillic: the information point's languages):
 * DejaVu Sans, embedded from its npm package (free licence, Latin Extended, Cyrillic and Greek).
 * Only the glyphs used are embedded, so a card that does not use it is not larger.
 */
export const UNICODE_FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;
const fontFile = (name: string) => createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);
const STANDARD_FONTS = new Set<string>(Object.values(FONT));

/** Text as the font can show it: the standard fonts get `printable`, an embedded font every character. */
export function shownIn(font: string, text: string): string {
  return STANDARD_FONTS.has(font) ? printable(text) : text;
}

const SUBSTITUTES: Record<string, string> = { '→': '->', '←': '<-', '↓': 'v', '≥': '>=', '≤': '<=', '\u2011': '-', '\u00a0': ' ' };

/** Text the standard fonts can show: anything outside Windows-1252 is written out or dropped, never a wrong glyph. */
export function printable(text: string): string {
  return [...text].map((c) => SUBSTITUTES[c] ?? (isWindows1252(c) ? c : '')).join('');
}

const EXTRA_1252 = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
function isWindows1252(c: string): boolean {
  const code = c.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || c === '\n' || EXTRA_1252.has(c);
}

export interface CardDocument {
  doc: Doc;
  /** The document's structure root: headings and paragraphs are tagged in reading order. */
  root: Struct;
  finish(): Promise<Buffer>;
}

/** The document language of a PDF: a BCP 47 tag, with the region for the UI languages. */
const PDF_LANG: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A tagged PDF in the card's language (nl, en, or any language of the information point), written to memory. */
export async function openDocument(size: 'A4' | 'A5', title: string, lang: string): Promise<CardDocument> {
  const { PDFDocument } = await pdfLibraries();
  const doc = new PDFDocument({
    size,
    margin: 0,
    bufferPages: true,
    tagged: true,
    lang: PDF_LANG[lang] ?? lang,
    displayTitle: true,
    pdfVersion: '1.7',
    // pdfkit writes document info as UTF-16 where needed: no font is involved.
    info: { Title: title, Author: 'Signaalroute', Subject: title },
  });
  for (const name of Object.values(UNICODE_FONT)) doc.registerFont(name, fontFile(name));
  const root = doc.struct('Document');
  doc.addStructure(root);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    root,
    finish: () => {
      root.end();
      doc.end();
      return ended;
    },
  };
}

/** Text as a tagged element (H1, H2, P) of `parent`. */
export function tagged(doc: Doc, parent: Struct, type: string, draw: () => void): void {
  parent.add(doc.struct(type, {}, draw));
}

/** Lines, boxes and arrows: decoration a screen reader skips. */
export function artifact(doc: Doc, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
}

/** A QR code as squares (sharp at any print size), its quiet zone included in `size`. */
export function drawQrCode(doc: Doc, url: string, x: number, y: number, size: number): void {
  // A document is open, so the libraries are loaded.
  const { modules } = libraries!.QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = modules.size + 8; // four modules of quiet zone on each side
  const cell = size / count;
  artifact(doc, () => {
    doc.save().fillColor('#000000');
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) doc.rect(x + (col + 4) * cell, y + (row + 4) * cell, cell + 0.05, cell + 0.05);
      }
    }
    doc.fill().restore();
  });
}

/** An arrow from (x1, y1) to (x2, y2) with a filled head. */
export function drawArrow(doc: Doc, x1: number, y1: number, x2: number, y2: number, color: string = COLORS.blue): void {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = 5;
  artifact(doc, () => {
    doc.save().lineWidth(1.2).strokeColor(color).fillColor(color);
    doc.moveTo(x1, y1).lineTo(x2 - Math.cos(angle) * head, y2 - Math.sin(angle) * head).stroke();
    doc
      .moveTo(x2, y2)
      .lineTo(x2 - Math.cos(angle - 0.45) * head * 1.3, y2 - Math.sin(angle - 0.45) * head * 1.3)
      .lineTo(x2 - Math.cos(angle + 0.45) * head * 1.3, y2 - Math.sin(angle + 0.45) * head * 1.3)
      .closePath()
      .fill();
    doc.restore();
  });
}

/** Height of text in a font and size at a width, as `write` will lay it out. */
export function measure(doc: Doc, text: string, font: string, size: number, width: number, lineGap = 1): number {
  return doc.font(font).fontSize(size).heightOfString(shownIn(font, text), { width, lineGap });
}

/** Writes text at a position; returns its height. */
export function write(doc: Doc, text: string, x: number, y: number, options: { font: string; size: number; width: number; color?: string; lineGap?: number; align?: 'left' | 'right' | 'center' }): number {
  const { font, size, width, color = COLORS.text, lineGap = 1, align = 'left' } = options;
  const shown = shownIn(font, text);
  doc.font(font).fontSize(size).fillColor(color).text(shown, x, y, { width, lineGap, align });
  return doc.heightOfString(shown, { width, lineGap });
}

/** A web address as people type it: without https:// and a trailing slash. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

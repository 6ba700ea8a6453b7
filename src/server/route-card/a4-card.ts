import { COLORS, FONT, openDocument } from './card-document';
import { afBox, emergencyBox, qrWithCaption, questionParts, type Part } from './card-boxes';
import type { CardMap, RouteCardModel } from './card-model';
import { cardTexts, formatCardDate, type CardTexts } from './card-texts';
import { Pen } from './pen';

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 32;
const FOOTER = 24;
const GUTTER = 20;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const COLUMN_WIDTH = (CONTENT_WIDTH - GUTTER) / 2;

interface Placed {
  part: Part;
  page: number;
  column: number;
  y: number;
}

/**
 * The A4 route card (seed 000): the 112 box first, the municipality's AF and a QR code to the
 * signals, then the region's trees in two columns: two trees side by side, each going on in its
 * own column on the next page; one tree flowing from the left column into the right.
 */
export async function renderA4Card(model: RouteCardModel): Promise<Buffer> {
  const t = cardTexts(model.lang);
  const { doc, root, finish } = await openDocument('A4', `${t.title} – ${model.region.name}`, model.lang);
  const pen = new Pen(doc, root);
  const measure = pen.measuring();
  const firstTop = MARGIN + header(measure, t, model) + 12;
  const bottom = PAGE.height - MARGIN - FOOTER;

  const placed: Placed[] = [];
  const sideBySide = model.maps.length > 1;
  model.maps.forEach((map, index) => {
    // The slots a tree's parts fill in turn: its own column page after page, or both columns.
    let slot = 0;
    const slotOf = (n: number) => (sideBySide ? { page: n, column: index } : { page: Math.floor(n / 2), column: n % 2 });
    let y = firstTop;
    for (const part of partsOf(map, t)) {
      const height = part(measure, 0, 0, COLUMN_WIDTH);
      const { page, column } = slotOf(slot);
      if (y + height > bottom && placed.some((p) => p.page === page && p.column === column)) {
        slot += 1;
        y = slotOf(slot).page === 0 ? firstTop : MARGIN;
      }
      placed.push({ part, ...slotOf(slot), y });
      y += height;
    }
  });
  const pageCount = Math.max(...placed.map((p) => p.page)) + 1;

  for (let page = 0; page < pageCount; page++) {
    if (page > 0) doc.addPage({ size: 'A4', margin: 0 });
    if (page === 0) header(pen, t, model);
    for (const p of placed.filter((q) => q.page === page).sort((a, b) => a.column - b.column || a.y - b.y)) {
      p.part(pen, MARGIN + p.column * (COLUMN_WIDTH + GUTTER), p.y, COLUMN_WIDTH);
    }
    footer(pen, t, model, page + 1, pageCount);
  }
  return finish();
}

function partsOf(map: CardMap, t: CardTexts): Part[] {
  const title: Part = (pen, x, y, width) => {
    const qr = 58;
    const th = pen.text(map.title, x, y, width - qr - 10, { font: FONT.bold, size: 12, color: COLORS.blue, tag: 'H2' });
    const qh = qrWithCaption(pen, map.url, t.scanMap, x + width - qr, y - 4, qr, 6);
    return Math.max(th, qh - 4);
  };
  return [title, ...map.questions.flatMap((question, index) => questionParts(t, question, index > 0 ? map.questions[index - 1]!.onward : null))];
}

function header(pen: Pen, t: CardTexts, model: RouteCardModel): number {
  const x = MARGIN;
  const width = CONTENT_WIDTH;
  let y = MARGIN;
  const versionWidth = 150;
  y += pen.text(t.title, x, y, width - versionWidth, { font: FONT.bold, size: 18, color: COLORS.blue, tag: 'H1' });
  pen.text(t.version(formatCardDate(model.versionDate, model.lang)), x + width - versionWidth, MARGIN + 4, versionWidth, { font: FONT.regular, size: 8, color: COLORS.muted, align: 'right' });
  const place = model.municipality ? `${model.region.name} – ${t.forMunicipality(model.municipality.name)}` : model.region.name;
  y += pen.text(place, x, y + 1, width, { font: FONT.bold, size: 12 }) + 5;
  y += pen.text(t.intro, x, y, width, { font: FONT.regular, size: 9, color: COLORS.muted }) + 8;
  y += emergencyBox(pen, t, x, y, width) + 8;
  const qr = 76;
  const afHeight = afBox(pen, t, model.municipality?.name ?? null, model.af, x, y, width - qr - 24);
  const qrHeight = qrWithCaption(pen, model.links.signals, t.scanSignals, x + width - qr - 4, y - 2, qr, 7.5);
  return y + Math.max(afHeight, qrHeight) - MARGIN;
}

function footer(pen: Pen, t: CardTexts, model: RouteCardModel, page: number, pages: number): void {
  const y = PAGE.height - MARGIN - 8;
  const left = `Signaalroute · ${model.region.name} · ${t.version(formatCardDate(model.versionDate, model.lang))}`;
  pen.text(left, MARGIN, y, CONTENT_WIDTH - 90, { font: FONT.regular, size: 7, color: COLORS.muted, tag: 'Artifact' });
  pen.text(t.page(page, pages), MARGIN + CONTENT_WIDTH - 90, y, 90, { font: FONT.regular, size: 7, color: COLORS.muted, align: 'right', tag: 'Artifact' });
}

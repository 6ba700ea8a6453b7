import type { InfoPointView } from '../../domain/info-point/view';
import { qrWithCaption } from '../route-card/card-boxes';
import { COLORS, openDocument, shortUrl, UNICODE_FONT } from '../route-card/card-document';
import { boxed, Pen } from '../route-card/pen';

const PAGE = { width: 419.53, height: 595.28 };
const MARGIN = 28;
const WIDTH = PAGE.width - 2 * MARGIN;
const FONT = UNICODE_FONT;

/**
 * The A5 poster of the information point in one language, for front desks, the GGD and
 * workplaces: 112 first, that help is free, whom to call in the region, and a QR code to the page.
 * In the embedded font, because the standard PDF fonts have no Polish, Romanian or Cyrillic letters.
 */
export async function renderInfoPointPoster(view: InfoPointView, pageUrl: string): Promise<Buffer> {
  const { doc, root, finish } = await openDocument('A5', view.title, view.lang);
  const pen = new Pen(doc, root);

  const notices = view.checkedBy
    ? [view.labels.checked.replace('{name}', view.checkedBy).replace('{date}', view.checkedOn ?? '')]
    : [view.labels.unchecked, ...(view.uncheckedInDutch ? [view.uncheckedInDutch] : [])];
  const footer = [`Signaalroute · ${shortUrl(pageUrl)}`, ...notices].join('\n');
  const footerStyle = { font: FONT.regular, size: 7, color: COLORS.muted, align: 'center' as const };
  const footerTop = PAGE.height - MARGIN - pen.measuring().text(footer, MARGIN, 0, WIDTH, footerStyle);

  // Some languages take more room than others: the largest scale at which the body fits above the footer.
  let scale = 1;
  while (scale > 0.7 && body(pen.measuring(), view, pageUrl, scale) > footerTop - 8) scale -= 0.04;
  body(pen, view, pageUrl, scale);
  pen.text(footer, MARGIN, footerTop, WIDTH, footerStyle);
  return finish();
}

/** Draws (or measures) everything above the footer at a scale of the type sizes; returns where it ends. */
function body(pen: Pen, view: InfoPointView, pageUrl: string, scale: number): number {
  const align = view.dir === 'rtl' ? 'right' : 'left';
  const size = (points: number) => points * scale;
  let y = MARGIN;
  y += pen.text(view.title, MARGIN, y, WIDTH, { font: FONT.bold, size: size(20), color: COLORS.blue, tag: 'H1', align }) + 2;
  if (view.region) y += pen.text(view.region.name, MARGIN, y, WIDTH, { font: FONT.bold, size: size(10), color: COLORS.muted, align });
  y += size(10);
  y +=
    boxed(pen, MARGIN, y, WIDTH, size(8), { fill: COLORS.red }, (p, x, iy, w) =>
      p.text(view.emergency, x, iy, w, { font: FONT.bold, size: size(14), color: '#ffffff', tag: 'H2', align }),
    ) + size(10);

  const free = view.sections.find((s) => s.id === 'free-help');
  if (free) {
    y += pen.text(free.title, MARGIN, y, WIDTH, { font: FONT.bold, size: size(12), color: COLORS.blue, tag: 'H2', align }) + 2;
    for (const paragraph of free.paragraphs) y += pen.text(paragraph, MARGIN, y, WIDTH, { font: FONT.regular, size: size(10), align }) + 3;
    y += size(8);
  }

  // The contacts beside the QR code, so the whole poster reads at a glance.
  const qr = 120;
  const listWidth = WIDTH - qr - 14;
  const qrX = view.dir === 'rtl' ? MARGIN : MARGIN + WIDTH - qr;
  const listX = view.dir === 'rtl' ? MARGIN + qr + 14 : MARGIN;
  const qrBottom = y + qrWithCaption(pen, pageUrl, view.labels.scanToRead, qrX, y, qr, 8, FONT.bold);
  for (const group of view.contactGroups) {
    y += pen.text(group.title, listX, y, listWidth, { font: FONT.bold, size: size(10.5), color: COLORS.blue, tag: 'H3', align }) + 1;
    for (const contact of group.contacts) {
      y += pen.text(contact.partner, listX, y, listWidth, { font: FONT.regular, size: size(8.5), color: COLORS.muted, align });
      if (contact.phone) y += pen.text(`${view.labels.phone} ${contact.phone}`, listX, y, listWidth, { font: FONT.bold, size: size(12), align });
      else if (contact.url) y += pen.text(shortUrl(contact.url), listX, y, listWidth, { font: FONT.bold, size: size(10), align });
    }
    y += size(7);
  }
  return Math.max(y, qrBottom);
}

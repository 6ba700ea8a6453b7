import { COLORS, FONT, openDocument } from './card-document';
import { afBox, emergencyBox, qrWithCaption } from './card-boxes';
import type { RouteCardModel } from './card-model';
import { cardTexts, formatCardDate } from './card-texts';
import { Pen } from './pen';

const PAGE = { width: 419.53, height: 595.28 };
const MARGIN = 28;
const WIDTH = PAGE.width - 2 * MARGIN;

/**
 * The A5 poster for the front desk: no tree, only what a clerk needs at a glance: 112 first, who
 * the AF is, and QR codes to the route map and the signals.
 */
export async function renderA5Poster(model: RouteCardModel): Promise<Buffer> {
  const t = cardTexts(model.lang);
  const { doc, root, finish } = await openDocument('A5', `${t.posterTitle} – ${model.region.name}`, model.lang);
  const pen = new Pen(doc, root);
  let y = MARGIN;
  y += pen.text(t.posterTitle, MARGIN, y, WIDTH, { font: FONT.bold, size: 22, color: COLORS.blue, tag: 'H1' }) + 2;
  const place = model.municipality ? `${model.municipality.name} · ${model.region.name}` : model.region.name;
  y += pen.text(place, MARGIN, y, WIDTH, { font: FONT.bold, size: 11, color: COLORS.muted }) + 8;
  y += pen.text(t.posterIntro, MARGIN, y, WIDTH, { font: FONT.regular, size: 10.5 }) + 12;
  y += emergencyBox(pen, t, MARGIN, y, WIDTH, 1.1) + 12;
  y += afBox(pen, t, model.municipality?.name ?? null, model.af, MARGIN, y, WIDTH, 1.25) + 18;

  const qr = 116;
  const mapUrl = model.maps.length === 1 ? model.maps[0]!.url : model.links.home;
  const gap = (WIDTH - 2 * qr) / 3;
  qrWithCaption(pen, mapUrl, model.maps.length === 1 ? t.scanMap : t.scanMaps, MARGIN + gap, y, qr, 8.5);
  qrWithCaption(pen, model.links.signals, t.scanSignals, MARGIN + 2 * gap + qr, y, qr, 8.5);

  const footer = `Signaalroute · ${model.region.name} · ${t.version(formatCardDate(model.versionDate, model.lang))}`;
  pen.text(footer, MARGIN, PAGE.height - MARGIN - 8, WIDTH, { font: FONT.regular, size: 7.5, color: COLORS.muted, align: 'center', tag: 'Artifact' });
  return finish();
}

import type { AfContactView } from '../../domain/af-contact/schema';
import { COLORS, FONT, shortUrl } from './card-document';
import type { CardBranch, CardContact, CardOutcome, CardQuestion } from './card-model';
import type { CardTexts } from './card-texts';
import { boxed, type Pen } from './pen';

/** The 112 box that comes before everything else (seed 001: "Bel dan altijd de politie via 112"). */
export function emergencyBox(pen: Pen, t: CardTexts, x: number, y: number, width: number, scale = 1): number {
  return boxed(pen, x, y, width, 8 * scale, { fill: COLORS.red }, (p, ix, iy, w) => {
    let h = p.text(t.emergency, ix, iy, w, { font: FONT.bold, size: 16 * scale, color: '#ffffff', tag: 'H2' });
    h += 2 * scale;
    h += p.text(t.emergencyText, ix, iy + h, w, { font: FONT.regular, size: 9 * scale, color: '#ffffff' });
    return h;
  });
}

/**
 * The municipality's aandachtsfunctionaris (seed 004's "randvoorwaarde"); without one, lines to
 * write the AF in by hand, so a card printed for a whole region still names them at the desk.
 */
export function afBox(pen: Pen, t: CardTexts, municipality: string | null, af: AfContactView['contact'], x: number, y: number, width: number, scale = 1): number {
  return boxed(pen, x, y, width, 8 * scale, { fill: COLORS.lightBlue, stroke: COLORS.blue, lineWidth: 1.2 }, (p, ix, iy, w) => {
    let h = p.text(t.afHeading(municipality), ix, iy, w, { font: FONT.bold, size: 10 * scale, color: COLORS.blue, tag: 'H2' });
    h += 3 * scale;
    if (af) {
      h += p.text(af.name, ix, iy + h, w, { font: FONT.bold, size: 12 * scale });
      h += 1 * scale;
      h += p.text(`${t.phone} ${af.phone}`, ix, iy + h, w, { font: FONT.bold, size: 12 * scale });
      h += 1 * scale;
      h += p.text(`${t.email}: ${af.email}`, ix, iy + h, w, { font: FONT.regular, size: 9.5 * scale });
      if (af.hours) h += p.text(`${t.hours}: ${af.hours}`, ix, iy + h, w, { font: FONT.regular, size: 9.5 * scale });
      return h;
    }
    h += p.text(t.afUnknown, ix, iy + h, w, { font: FONT.regular, size: 9 * scale });
    for (const label of [t.afName, t.phone, t.email]) {
      h += 6 * scale;
      const lh = p.text(`${label}:`, ix, iy + h, 60 * scale, { font: FONT.regular, size: 9 * scale });
      p.rule(ix + p.widthOf(`${label}:`, FONT.regular, 9 * scale) + 4, ix + w, iy + h + lh - 1);
      h += lh;
    }
    return h;
  });
}

/** A QR code with its caption beneath; returns the height. */
export function qrWithCaption(pen: Pen, url: string, caption: string, x: number, y: number, size: number, captionSize = 7, font: string = FONT.bold): number {
  pen.qr(url, x, y, size);
  const h = pen.text(caption, x - 6, y + size, size + 12, { font, size: captionSize, color: COLORS.blue, align: 'center' });
  return size + h;
}

function contactLines(pen: Pen, t: CardTexts, contact: CardContact, title: string, x: number, y: number, width: number): number {
  // The outcome's title often is the partner's name already; the contact's name adds only what differs.
  const name = `${contact.subregion ? `${contact.subregion}: ` : ''}${contact.name === title ? '' : contact.name}${contact.unverified ? ` (${t.unverified})` : ''}`.trim();
  let h = name ? pen.text(name, x, y, width, { font: FONT.regular, size: 7.5, color: COLORS.muted }) : 0;
  if (contact.phone) h += pen.text(`${t.phone} ${contact.phone}`, x, y + h, width, { font: FONT.bold, size: 9.5 });
  if (contact.email) h += pen.text(contact.email, x, y + h, width, { font: FONT.regular, size: 7.5 });
  if (contact.url) h += pen.text(shortUrl(contact.url), x, y + h, width, { font: FONT.regular, size: 7.5 });
  if (contact.hours) h += pen.text(contact.hours, x, y + h, width, { font: FONT.italic, size: 7 });
  return h;
}

/** Where an answer leads: the partner(s) to call, or the call to 112. */
export function outcomeBox(pen: Pen, t: CardTexts, outcome: CardOutcome, x: number, y: number, width: number): number {
  if (outcome.emergency) {
    return boxed(pen, x, y, width, 4, { fill: COLORS.red }, (p, ix, iy, w) => p.text(outcome.title, ix, iy, w, { font: FONT.bold, size: 10, color: '#ffffff' }));
  }
  return boxed(pen, x, y, width, 5, { fill: COLORS.lightBlue }, (p, ix, iy, w) => {
    let h = p.text(outcome.title, ix, iy, w, { font: FONT.bold, size: 8.5, color: COLORS.blue });
    for (const contact of outcome.contacts) h += 3 + contactLines(p, t, contact, outcome.title, ix, iy + h + 3, w);
    return h;
  });
}

/** Answers this short sit left of their arrow ("Ja →"); longer ones get a line of their own above it. */
const INLINE_LABEL = 36;

/**
 * A question of the tree, in parts that may each start a new page: first the arrow down from the
 * previous question with its answer ("Nee"), the question in a numbered box and its first other
 * answer; then each further answer, with an arrow to where it leads.
 */
export function questionParts(t: CardTexts, question: CardQuestion, onwardFromPrevious: string | null): Part[] {
  const [first, ...rest] = question.branches;
  const head: Part = (pen, x, y, width) => {
    let h = 0;
    if (onwardFromPrevious !== null) {
      pen.arrow(x + 12, y, x + 12, y + 16);
      pen.text(onwardFromPrevious, x + 20, y + 4, width - 20, { font: FONT.bold, size: 8, color: COLORS.blue });
      h += 18;
    } else {
      h += 8;
    }
    h += boxed(pen, x, y + h, width, 6, { stroke: COLORS.blue, lineWidth: 1.4 }, (p, ix, iy, w) => {
      p.circle(ix + 6, iy + 6, 7, COLORS.blue);
      p.text(String(question.number), ix - 1, iy + 2.2, 14, { font: FONT.bold, size: 8, color: '#ffffff', align: 'center' });
      return Math.max(14, p.text(question.text, ix + 18, iy, w - 18, { font: FONT.bold, size: 9, tag: 'H3' }));
    });
    return first ? h + branch(pen, t, first, x, y + h, width) : h;
  };
  return [head, ...rest.map((b): Part => (pen, x, y, width) => branch(pen, t, b, x, y, width))];
}

/** A part of the card kept together on one page; draws (or measures) itself and returns its height. */
export type Part = (pen: Pen, x: number, y: number, width: number) => number;

/** One answer (or several with the same destination) with its arrow and where it leads. */
function branch(pen: Pen, t: CardTexts, branch: CardBranch, x: number, y: number, width: number): number {
  const top = y + 5;
  const label = branch.labels.join(' / ');
  let targetX: number;
  let targetY: number;
  if (pen.widthOf(label, FONT.bold, 8) <= INLINE_LABEL) {
    pen.text(label, x + 4, top + 5, INLINE_LABEL, { font: FONT.bold, size: 8, color: COLORS.blue });
    targetX = x + INLINE_LABEL + 18;
    pen.arrow(x + 7 + pen.widthOf(label, FONT.bold, 8), top + 9, targetX - 2, top + 9);
    targetY = top;
  } else {
    pen.arrow(x + 2, top + 5, x + 14, top + 5);
    const lh = pen.text(label, x + 18, top + 1, width - 18, { font: FONT.bold, size: 8, color: COLORS.blue });
    targetX = x + 18;
    targetY = top + lh + 3;
  }
  const targetWidth = x + width - targetX;
  const height =
    branch.to === 'outcome'
      ? outcomeBox(pen, t, branch.outcome, targetX, targetY, targetWidth)
      : pen.text(t.goTo(branch.number), targetX, targetY + 4.5, targetWidth, { font: FONT.italic, size: 8.5, color: COLORS.blue }) + 4.5;
  return targetY - y + height;
}

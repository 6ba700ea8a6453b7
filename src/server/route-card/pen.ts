import { artifact, COLORS, drawArrow, drawQrCode, measure, shownIn, tagged, write, type Doc, type Struct } from './card-document';

export interface TextStyle {
  font: string;
  size: number;
  color?: string;
  lineGap?: number;
  align?: 'left' | 'right' | 'center';
  /** The structure tag: P unless a heading; page furniture (footers) is an artifact a screen reader skips. */
  tag?: 'P' | 'H1' | 'H2' | 'H3' | 'Artifact';
}

/**
 * Draws, or only measures: every part of the card is laid out by one function that runs twice,
 * first with a measuring pen (to find its height, so it can be paginated and boxed), then with a
 * drawing pen. The two can never disagree about a height.
 */
export class Pen {
  constructor(
    readonly doc: Doc,
    /** Where tagged text goes; null while only measuring. */
    private readonly parent: Struct | null,
  ) {}

  get drawing(): boolean {
    return this.parent !== null;
  }

  measuring(): Pen {
    return new Pen(this.doc, null);
  }

  text(text: string, x: number, y: number, width: number, style: TextStyle): number {
    const options = { font: style.font, size: style.size, width, color: style.color ?? COLORS.text, lineGap: style.lineGap ?? 1, align: style.align ?? 'left' };
    if (!this.parent) return measure(this.doc, text, style.font, style.size, width, options.lineGap);
    let height = 0;
    const draw = () => {
      height = write(this.doc, text, x, y, options);
    };
    if (style.tag === 'Artifact') artifact(this.doc, draw);
    else tagged(this.doc, this.parent, style.tag ?? 'P', draw);
    return height;
  }

  box(x: number, y: number, width: number, height: number, options: { fill?: string; stroke?: string; radius?: number; lineWidth?: number }): void {
    if (!this.parent) return;
    const doc = this.doc;
    artifact(doc, () => {
      doc.save().lineWidth(options.lineWidth ?? 1);
      doc.roundedRect(x, y, width, height, options.radius ?? 4);
      if (options.fill && options.stroke) doc.fillAndStroke(options.fill, options.stroke);
      else if (options.fill) doc.fill(options.fill);
      else if (options.stroke) doc.stroke(options.stroke);
      doc.restore();
    });
  }

  circle(x: number, y: number, radius: number, fill: string): void {
    if (!this.parent) return;
    artifact(this.doc, () => this.doc.save().circle(x, y, radius).fill(fill).restore());
  }

  arrow(x1: number, y1: number, x2: number, y2: number, color?: string): void {
    if (this.parent) drawArrow(this.doc, x1, y1, x2, y2, color);
  }

  qr(url: string, x: number, y: number, size: number): void {
    if (this.parent) drawQrCode(this.doc, url, x, y, size);
  }

  /** A line to write on by hand. */
  rule(x1: number, x2: number, y: number): void {
    if (!this.parent) return;
    artifact(this.doc, () => this.doc.save().lineWidth(0.6).strokeColor(COLORS.muted).moveTo(x1, y).lineTo(x2, y).stroke().restore());
  }

  /** Width of one line of text. */
  widthOf(text: string, font: string, size: number): number {
    return this.doc.font(font).fontSize(size).widthOfString(shownIn(font, text));
  }
}

/** Draws content in a box sized to it: measured first, then the box, then the content on top. */
export function boxed(pen: Pen, x: number, y: number, width: number, padding: number, style: { fill?: string; stroke?: string; lineWidth?: number }, content: (pen: Pen, x: number, y: number, width: number) => number): number {
  const inner = width - 2 * padding;
  const height = content(pen.measuring(), x + padding, y + padding, inner) + 2 * padding;
  pen.box(x, y, width, height, style);
  if (pen.drawing) content(pen, x + padding, y + padding, inner);
  return height;
}

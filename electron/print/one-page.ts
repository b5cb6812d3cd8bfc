// The blocks of a one-page paper (layout.ts's Block: text, field, list, framed, number with its
// QR code, line, rule) laid out and drawn by our own line setting (line-setting.ts) into the
// operators of one page, written by page-writer.ts — the same places, sizes and breaks as
// layout.ts's drawing on pdfkit, and the same operators pdfkit wrote for them, without pdfkit's
// cost per document (issue 12). What does not fit one sheet, a table, or a character outside
// the prepared subset is left to pdfkit: `layOutPage` says so.

import type { Block } from './layout.ts';
import {
  type Face,
  lineHeight,
  newWrapper,
  type Pen,
  type SetGlyph,
  type SetRun,
  setText,
  TextCache,
  type WrappedLine,
  widthOf,
  wrap,
} from './line-setting.ts';
import { deskPageFonts, num } from './page-writer.ts';
import { QUIET_ZONE, qrPath } from './qr.ts';
import { DEFAULT_GAP, MM } from './units.ts';

export interface PageBox {
  width: number;
  height: number;
  margin: number;
}

export interface LaidPage {
  /** The content stream (empty when only measured). */
  content: string;
  /** Where the blocks ended, down from the top. */
  y: number;
  /** pdfkit would have turned the page. */
  overflow: boolean;
  /** A block this writer does not draw (a table) or a glyph outside the prepared subset. */
  unsupported: boolean;
}

const BLACK_FILL = '/DeviceRGB cs\n0 0 0 scn';
const BLACK_STROKE = '/DeviceRGB CS\n0 0 0 SCN';

/** Lines shown before, by text and then face and size: the operators after the text matrix. */
const shownText = new TextCache<string>(20_000);

/**
 * The operators that show a set line (pdfkit's _fragment after its `Tm`): the font, then the
 * glyph numbers in hex with each kerning as a TJ adjustment. A line with a glyph moved off its
 * place (an accent) moves the text matrix, so it depends on where the line starts: a function of it.
 */
function showText(face: Face, size: number, run: SetRun): string | ((x: number, baseline: number) => string) {
  const glyphs = run.glyphs;
  const font = `/${face.id} ${num(size)} Tf`;
  if (glyphs.some((g) => g.xOffset || g.yOffset))
    return (x, baseline) => `${font}\n${showGlyphs(glyphs, size, x, baseline)}`;
  return `${font}\n${showGlyphs(glyphs, size, 0, 0)}`;
}

function hexGid(gid: number): string {
  return `000${gid.toString(16)}`.slice(-4);
}

function showGlyphs(glyphs: readonly SetGlyph[], size: number, x: number, baseline: number): string {
  const out: string[] = [];
  const scale = size / 1000;
  const commands: string[] = [];
  let hex = '';
  let hadOffset = false;
  let pen = x;
  const flush = () => {
    if (commands.length > 0) {
      out.push(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  const segment = (g: SetGlyph) => {
    if (hex) commands.push(`<${hex}> ${num(-(g.xAdvance - g.advanceWidth))}`);
    hex = '';
  };
  for (let i = 0; i < glyphs.length; i++) {
    const g = glyphs[i] as SetGlyph;
    if (g.xOffset || g.yOffset) {
      segment(glyphs[i - 1] as SetGlyph);
      flush();
      out.push(`1 0 0 1 ${num(pen + g.xOffset * scale)} ${num(baseline + g.yOffset * scale)} Tm`);
      hex = hexGid(g.gid);
      segment(g);
      flush();
      hadOffset = true;
    } else {
      if (hadOffset) {
        out.push(`1 0 0 1 ${num(pen)} ${num(baseline)} Tm`);
        hadOffset = false;
      }
      hex += hexGid(g.gid);
      if (g.xAdvance - g.advanceWidth !== 0) segment(g);
    }
    pen += g.xAdvance * scale;
  }
  segment(glyphs[glyphs.length - 1] as SetGlyph);
  flush();
  return out.join('\n');
}

class PageDrawing {
  readonly out: string[] = [];
  readonly pen: Pen;
  readonly left: number;
  readonly width: number;
  readonly bottom: number;
  readonly flip: string;
  unsupported = false;
  readonly box: PageBox;
  readonly draw: boolean;
  private readonly regular: Face;
  private readonly bold: Face;

  constructor(box: PageBox, draw: boolean) {
    this.box = box;
    this.draw = draw;
    const fonts = deskPageFonts();
    this.regular = fonts.regular;
    this.bold = fonts.bold;
    this.left = box.margin;
    this.width = box.width - 2 * box.margin;
    this.bottom = box.height - box.margin;
    this.pen = { x: box.margin, y: box.margin, maxY: this.bottom, overflow: false };
    this.flip = `1 0 0 -1 0 ${num(box.height)} cm`;
    if (draw) this.out.push(this.flip);
  }

  face(bold: boolean | undefined): Face {
    return bold ? this.bold : this.regular;
  }

  op(s: string): void {
    if (this.draw) this.out.push(s);
  }

  /** layout.ts's keepTogether: pdfkit would start a new page. */
  keepTogether(height: number): void {
    if (this.pen.y + height > this.bottom) this.pen.overflow = true;
  }

  /** pdfkit's _fragment: one line of text at (x, y), its top-left corner. */
  fragment(face: Face, size: number, text: string, x: number, y: number): void {
    if (!this.draw) return;
    const line = text.replace(/\n/g, '');
    if (line.length === 0) return;
    let shown: string | ((x: number, baseline: number) => string) | undefined = shownText.get(
      line,
      face,
      size,
      0,
      () => {
        const run = setText(face, line);
        const made = run ? showText(face, size, run) : undefined;
        return typeof made === 'string' ? made : undefined;
      },
    );
    if (shown === undefined) {
      // A line with a moved glyph (not kept), or a glyph outside the prepared subset.
      const run = setText(face, line);
      shown = run ? showText(face, size, run) : undefined;
    }
    if (shown === undefined) {
      this.unsupported = true;
      return;
    }
    const baseline = this.box.height - y - (face.ascender / 1000) * size;
    this.out.push('q', this.flip, 'BT', `1 0 0 1 ${num(x)} ${num(baseline)} Tm`);
    this.out.push(typeof shown === 'string' ? shown : shown(x, baseline));
    this.out.push('ET', 'Q');
  }

  /** `doc.text(text, x, y, { width, align })`: wrapped lines, the pen moved below them. */
  text(face: Face, size: number, text: string, x: number, width: number, align = 'left'): void {
    this.pen.x = x;
    const w = newWrapper(x, width);
    wrap(this.pen, w, { face, size, text }, (l) => this.alignedLine(face, size, l, align));
  }

  alignedLine(face: Face, size: number, l: WrappedLine, align: string): void {
    let x = l.x;
    if (align === 'center') x += l.lineWidth / 2 - l.textWidth / 2;
    else if (align === 'right') x += l.lineWidth - widthOf(face, l.text.replace(/\s+$/, ''), size);
    this.fragment(face, size, l.text, x, l.y);
  }

  /** pdfkit's heightOfString: how tall the text runs in `width`. */
  heightOf(face: Face, size: number, text: string, width: number): number {
    const pen: Pen = { x: this.pen.x, y: 0, maxY: this.bottom, overflow: false };
    wrap(pen, newWrapper(pen.x, width), { face, size, text, measureOnly: true }, () => {});
    return pen.y;
  }

  stroke(lineWidth: number): void {
    this.op(`${num(lineWidth)} w`);
    this.op(BLACK_STROKE);
    this.op('S');
  }

  block(b: Block, s: number): void {
    const { left, width, pen } = this;
    switch (b.kind) {
      case 'text':
        this.text(this.face(b.bold), b.size * s, b.text, left, width, b.align ?? 'left');
        break;
      case 'field': {
        const size = b.size * s;
        pen.x = left;
        const w = newWrapper(left, width);
        wrap(pen, w, { face: this.regular, size, text: `${b.label}: `, continued: true }, (l) =>
          this.alignedLine(this.regular, size, l, 'left'),
        );
        wrap(pen, w, { face: this.bold, size, text: b.value }, (l) =>
          this.alignedLine(this.bold, size, l, 'left'),
        );
        break;
      }
      case 'list': {
        const size = b.size * s;
        const indent = widthOf(this.regular, '00) ', size);
        for (const item of b.items) {
          this.keepTogether(lineHeight(this.regular, size, true));
          const y = pen.y;
          this.text(this.regular, size, `${item.marker})`, left, indent);
          pen.y = y;
          this.text(this.regular, size, item.text, left + indent, width - indent);
        }
        break;
      }
      case 'framed': {
        const pad = 3 * s;
        const size = b.size * s;
        const h = this.heightOf(this.bold, size, b.text, width - 2 * pad) + 2 * pad;
        this.keepTogether(h);
        const y = pen.y;
        this.op(`${num(left)} ${num(y)} ${num(width)} ${num(h)} re`);
        if (b.inverse) {
          this.op(BLACK_FILL);
          this.op('f');
        } else this.stroke(1.2 * s);
        this.op(b.inverse ? '/DeviceRGB cs\n1 1 1 scn' : BLACK_FILL);
        pen.y = y + pad;
        this.text(this.bold, size, b.text, left + pad, width - 2 * pad, 'center');
        this.op(BLACK_FILL);
        pen.y = y + h;
        break;
      }
      case 'number': {
        const side = 24 * MM * Math.min(s, 1.2);
        this.keepTogether(side);
        const y = pen.y;
        if (this.draw) {
          const { size, path } = qrPath(b.qr);
          const unit = side / (size + 2 * QUIET_ZONE);
          const x = left + width - side;
          this.out.push(
            'q',
            `${num(unit)} 0 0 ${num(unit)} ${num(x + QUIET_ZONE * unit)} ${num(y + QUIET_ZONE * unit)} cm`,
            path,
            BLACK_FILL,
            'f',
            'Q',
          );
        }
        const textWidth = width - side - 4 * s;
        pen.y = y + 2 * MM * s;
        this.text(this.regular, 8 * s, b.label, left, textWidth);
        this.text(this.bold, 22 * s, b.number, left, textWidth);
        pen.y = Math.max(pen.y, y + side);
        break;
      }
      case 'line': {
        const size = b.size * s;
        this.keepTogether(lineHeight(this.regular, size, true) * (b.caption ? 2.2 : 1.2));
        const y = pen.y;
        const label = `${b.label}: `;
        const lineX = left + Math.max(widthOf(this.regular, label, size), width * 0.35);
        const lineWidth = Math.min(left + width - lineX, 70 * MM);
        this.fragment(this.regular, size, label, left, y);
        const baseline = y + lineHeight(this.regular, size, false);
        this.op(`${num(lineX)} ${num(baseline)} m`);
        this.op(`${num(lineX + lineWidth)} ${num(baseline)} l`);
        this.stroke(0.6);
        if (b.prefilled) this.fragment(this.bold, size, b.prefilled, lineX + 2 * s, y);
        pen.y = baseline + 2 * s;
        if (b.caption) this.text(this.regular, size * 0.8, b.caption, lineX, lineWidth, 'center');
        break;
      }
      case 'rule': {
        const y = pen.y + 1.5 * s;
        this.op(`${num(left)} ${num(y)} m`);
        this.op(`${num(left + width)} ${num(y)} l`);
        this.stroke(0.6 * s);
        pen.y = y + 1.5 * s;
        break;
      }
      case 'table':
        this.unsupported = true;
        break;
    }
    pen.y += (b.gap ?? DEFAULT_GAP) * s;
  }
}

/**
 * Lays the blocks out from the top margin of one page `box` at scale `s`; `draw` false only
 * measures (no operators are made).
 */
export function layOutPage(blocks: readonly Block[], s: number, box: PageBox, draw: boolean): LaidPage {
  const page = new PageDrawing(box, draw);
  for (const b of blocks) {
    page.block(b, s);
    if (page.unsupported) break;
  }
  return {
    content: draw ? `${page.out.join('\n')}\n` : '',
    y: page.pen.y,
    overflow: page.pen.overflow,
    unsupported: page.unsupported,
  };
}

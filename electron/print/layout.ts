// The sheets our documents are printed on, and a small flow of blocks that each document
// module describes and this one draws. A document is a list of blocks; the same list is laid
// out on A6, A5 or an 80 mm roll, so the three talon layouts can never say different things.
// A paper that fits one sheet is laid out and written by our own writer (one-page.ts, issue 12:
// the same places and breaks, a fraction of pdfkit's time); pdfkit draws the rest here.

import { lazyModule } from '../kernel/lazy-module.ts';
import { BOLD, deskFonts, REGULAR, registerDeskFonts } from './fonts.ts';
import { drawRecorded, packPages } from './fragments.ts';
import { layOutPage } from './one-page.ts';
import { writeOnePage } from './page-writer.ts';
import { drawQr } from './qr.ts';
import { DEFAULT_GAP, MM } from './units.ts';

/** pdfkit, loaded by the first document (kernel/lazy-module.ts). */
const pdfkit = lazyModule<typeof import('pdfkit')>('pdfkit');

export { MM } from './units.ts';

export type SheetName = 'a6' | 'a5' | 'receipt80' | 'a4';

export interface Sheet {
  width: number;
  /** null: a roll, cut as long as the content. */
  height: number | null;
  margin: number;
  /** Font sizes of the blocks are written for A6; other sheets scale them. */
  scale: number;
  /** Shrink the type until everything fits on one sheet (talons and lists), or flow onto more pages. */
  fitOnePage: boolean;
}

export const SHEETS: Record<SheetName, Sheet> = {
  a6: { width: 105 * MM, height: 148 * MM, margin: 7 * MM, scale: 0.85, fitOnePage: true },
  a5: { width: 148 * MM, height: 210 * MM, margin: 11 * MM, scale: 1.2, fitOnePage: true },
  // An 80 mm roll prints ~72 mm. Thermal printers' text code pages lack the Kazakh letters
  // (FACTS.md), so the receipt is a graphics PDF that goes through the printer's driver.
  receipt80: { width: 80 * MM, height: null, margin: 4 * MM, scale: 0.95, fitOnePage: false },
  a4: { width: 210 * MM, height: 297 * MM, margin: 20 * MM, scale: 1.3, fitOnePage: false },
};

export type Align = 'left' | 'center' | 'right';

/** Sizes are points on A6; `gap` is the space after the block. */
export type Block =
  | { kind: 'text'; text: string; size: number; bold?: boolean; align?: Align; gap?: number }
  /** "Label: value" on one line, the value in bold. */
  | { kind: 'field'; label: string; value: string; size: number; gap?: number }
  /** A numbered list; `marker` is the standard's item number. */
  | { kind: 'list'; items: { marker: string; text: string }[]; size: number; gap?: number }
  | { kind: 'framed'; text: string; size: number; inverse?: boolean; gap?: number }
  /** The register number in large digits beside its QR code. */
  | { kind: 'number'; label: string; number: string; qr: string; gap?: number }
  /** A line to write on by hand, with what goes on it, e.g. "Қолы: ________ / name /". */
  | { kind: 'line'; label: string; prefilled?: string; caption?: string; size: number; gap?: number }
  | { kind: 'rule'; gap?: number }
  /**
   * A ruled table (the report's appendix table): column widths are relative, the header row is
   * grey and bold and repeated at the top of every page the rows flow onto.
   */
  | {
      kind: 'table';
      columns: readonly { header: string; width: number; align?: Align }[];
      rows: readonly (readonly string[])[];
      size: number;
      gap?: number;
    };

const SLACK = 4 * MM;

function contentBox(doc: PDFKit.PDFDocument) {
  const { margins, width, height } = doc.page;
  return { left: margins.left, width: width - margins.left - margins.right, bottom: height - margins.bottom };
}

/** Starts a new page when a block that cannot be split would cross the bottom margin. */
function keepTogether(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > contentBox(doc).bottom) doc.addPage();
}

function drawTable(doc: PDFKit.PDFDocument, b: Extract<Block, { kind: 'table' }>, s: number): void {
  const { left, width } = contentBox(doc);
  const pad = 1.5 * s;
  const total = b.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = b.columns.map((c) => (c.width / total) * width);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  const heightOf = (cells: readonly string[], head: boolean) => {
    doc.font(head ? BOLD : REGULAR).fontSize(b.size * s);
    return (
      Math.max(
        ...cells.map((t, i) => doc.heightOfString(t || ' ', { width: (widths[i] as number) - 2 * pad })),
      ) +
      2 * pad
    );
  };
  const row = (cells: readonly string[], head: boolean) => {
    const h = heightOf(cells, head);
    const y = doc.y;
    if (head) doc.rect(left, y, width, h).fill('#e6e6e6');
    doc
      .fillColor('#000000')
      .font(head ? BOLD : REGULAR)
      .fontSize(b.size * s);
    cells.forEach((t, i) => {
      doc.text(t, (xs[i] as number) + pad, y + pad, {
        width: (widths[i] as number) - 2 * pad,
        align: head ? 'center' : (b.columns[i]?.align ?? 'left'),
      });
    });
    doc.lineWidth(0.5).strokeColor('#000000').rect(left, y, width, h).stroke();
    for (const x of xs.slice(1))
      doc
        .moveTo(x, y)
        .lineTo(x, y + h)
        .stroke();
    doc.y = y + h;
  };
  const header = b.columns.map((c) => c.header);
  keepTogether(doc, heightOf(header, true) + (b.rows[0] ? heightOf(b.rows[0], false) : 0));
  row(header, true);
  for (const cells of b.rows) {
    if (doc.y + heightOf(cells, false) > contentBox(doc).bottom) {
      doc.addPage();
      doc.y = doc.page.margins.top;
      row(header, true);
    }
    row(cells, false);
  }
}

/** Each block's name for its recordings, made once per block (a talon is laid out up to three times). */
const blockKeys = new WeakMap<Block, string>();

/** A block, from its recording when it was drawn before (fragments.ts). */
function drawBlock(doc: PDFKit.PDFDocument, b: Block, s: number): void {
  let key = blockKeys.get(b);
  if (key === undefined) {
    key = JSON.stringify(b);
    blockKeys.set(b, key);
  }
  drawRecorded(doc, s, key, () => drawBlockNow(doc, b, s));
}

function drawBlockNow(doc: PDFKit.PDFDocument, b: Block, s: number): void {
  const { left, width } = contentBox(doc);
  switch (b.kind) {
    case 'text':
      doc
        .font(b.bold ? BOLD : REGULAR)
        .fontSize(b.size * s)
        .text(b.text, left, doc.y, { width, align: b.align ?? 'left' });
      break;
    case 'field':
      doc
        .font(REGULAR)
        .fontSize(b.size * s)
        .text(`${b.label}: `, left, doc.y, { width, continued: true })
        .font(BOLD)
        .text(b.value);
      break;
    case 'list': {
      doc.font(REGULAR).fontSize(b.size * s);
      const indent = doc.widthOfString('00) ');
      for (const item of b.items) {
        keepTogether(doc, doc.currentLineHeight(true));
        const y = doc.y;
        doc.text(`${item.marker})`, left, y, { width: indent, lineBreak: false });
        doc.text(item.text, left + indent, y, { width: width - indent });
      }
      break;
    }
    case 'framed': {
      const pad = 3 * s;
      doc.font(BOLD).fontSize(b.size * s);
      const h = doc.heightOfString(b.text, { width: width - 2 * pad, align: 'center' }) + 2 * pad;
      keepTogether(doc, h);
      const y = doc.y;
      if (b.inverse) doc.rect(left, y, width, h).fill('#000000');
      else
        doc
          .rect(left, y, width, h)
          .lineWidth(1.2 * s)
          .stroke('#000000');
      doc
        .fillColor(b.inverse ? '#ffffff' : '#000000')
        .text(b.text, left + pad, y + pad, { width: width - 2 * pad, align: 'center' })
        .fillColor('#000000');
      doc.y = y + h;
      break;
    }
    case 'number': {
      const side = 24 * MM * Math.min(s, 1.2);
      keepTogether(doc, side);
      const y = doc.y;
      drawQr(doc, b.qr, left + width - side, y, side);
      const textWidth = width - side - 4 * s;
      doc
        .font(REGULAR)
        .fontSize(8 * s)
        .text(b.label, left, y + 2 * MM * s, { width: textWidth });
      doc
        .font(BOLD)
        .fontSize(22 * s)
        .text(b.number, left, doc.y, { width: textWidth });
      doc.y = Math.max(doc.y, y + side);
      break;
    }
    case 'line': {
      doc.font(REGULAR).fontSize(b.size * s);
      keepTogether(doc, doc.currentLineHeight(true) * (b.caption ? 2.2 : 1.2));
      const y = doc.y;
      const label = `${b.label}: `;
      // Lines of one form start in one column, so date, signature and clerk lines align.
      const lineX = left + Math.max(doc.widthOfString(label), width * 0.35);
      const lineWidth = Math.min(left + width - lineX, 70 * MM);
      doc.text(label, left, y, { lineBreak: false });
      const baseline = y + doc.currentLineHeight();
      doc
        .moveTo(lineX, baseline)
        .lineTo(lineX + lineWidth, baseline)
        .lineWidth(0.6)
        .stroke('#000000');
      if (b.prefilled) doc.font(BOLD).text(b.prefilled, lineX + 2 * s, y, { lineBreak: false });
      doc.y = baseline + 2 * s;
      if (b.caption) {
        doc
          .font(REGULAR)
          .fontSize(b.size * s * 0.8)
          .text(b.caption, lineX, doc.y, { width: lineWidth, align: 'center' });
      }
      break;
    }
    case 'table':
      drawTable(doc, b, s);
      break;
    case 'rule': {
      const y = doc.y + 1.5 * s;
      doc
        .moveTo(left, y)
        .lineTo(left + width, y)
        .lineWidth(0.6 * s)
        .stroke('#000000');
      doc.y = y + 1.5 * s;
      break;
    }
  }
  doc.y += (b.gap ?? DEFAULT_GAP) * s;
}

function drawBlocks(doc: PDFKit.PDFDocument, blocks: readonly Block[], s: number): void {
  doc.y = doc.page.margins.top;
  for (const b of blocks) drawBlock(doc, b, s);
}

/**
 * Draws blocks from `top` down on a document that places some things itself (the letter's
 * window address): the same blocks and sizes as every other paper, flowing onto more pages.
 */
export function drawFlow(doc: PDFKit.PDFDocument, blocks: readonly Block[], s: number, top: number): void {
  doc.y = top;
  for (const b of blocks) drawBlock(doc, b, s);
}

export interface DocOptions {
  size: [number, number];
  margin: number;
  /** Different margins per side (a letter), on every page; `margin` otherwise. */
  margins?: { top: number; bottom: number; left: number; right: number };
  lang: 'kk' | 'ru';
  title: string;
  createdAt: Date;
}

/** A document with PT Sans set up and the desk's metadata; pages are buffered. */
export function newDocument(o: DocOptions): PDFKit.PDFDocument {
  const doc = new (pdfkit())({
    size: o.size,
    ...(o.margins ? { margins: o.margins } : { margin: o.margin }),
    bufferPages: true,
    // The parsed PT Sans from the start, so that no standard font is ever set up (FACTS.md).
    font: deskFonts().regular as unknown as string,
    lang: o.lang,
    displayTitle: true,
    // The clock of the desk, not the machine's: the same document prints the same bytes.
    info: { Title: o.title, Creator: 'Qabyldau', Producer: 'Qabyldau', CreationDate: o.createdAt },
  });
  registerDeskFonts(doc);
  return doc;
}

/** How tall a page blocks are measured on (ten thousand points: never turned by a paper that fits a sheet). */
const MEASURING_HEIGHT = 10_000;

/** One tall scratch page per sheet, never ended: what measure() draws on and then wipes. */
const scratchPages = new Map<Sheet, PDFKit.PDFDocument>();

interface PageContent {
  buffer: Uint8Array[];
  uncompressedLength: number;
  data: { Length?: number };
}

/** How tall the blocks run at scale `s` on a sheet `width` wide (a tall scratch page, never ended). */
function measure(sheet: Sheet, blocks: readonly Block[], s: number, o: Omit<DocOptions, 'size'>): number {
  let doc = scratchPages.get(sheet);
  if (!doc) {
    doc = newDocument({ ...o, size: [sheet.width, MEASURING_HEIGHT] });
    scratchPages.set(sheet, doc);
  }
  drawBlocks(doc, blocks, s);
  const used = doc.y - sheet.margin;
  const content = (doc.page as unknown as { content: PageContent }).content;
  content.buffer = [];
  content.uncompressedLength = 0;
  content.data.Length = 0;
  // Ten thousand points of blocks turned the page: start the next measure on a fresh one.
  if (doc.bufferedPageRange().count > 1) scratchPages.delete(sheet);
  return used;
}

export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
}

export interface RenderRequest {
  sheet: SheetName;
  blocks: readonly Block[];
  lang: 'kk' | 'ru';
  /** PDF metadata; no personal data goes here. */
  title: string;
  createdAt: Date;
}

/** Lays the blocks out on sheets of a fixed size; an unended document, to keep or to drop. */
function layOut(sheet: Sheet, height: number, r: RenderRequest, s: number): PDFKit.PDFDocument {
  const doc = newDocument({ ...options(sheet, r), size: [sheet.width, height] });
  drawBlocks(doc, r.blocks, s);
  return doc;
}

function options(sheet: Sheet, r: RenderRequest): Omit<DocOptions, 'size'> {
  return { margin: sheet.margin, lang: r.lang, title: r.title, createdAt: r.createdAt };
}

/**
 * The sheet's height and the scale a paper is laid out at, by `layOut` (which says whether the
 * blocks turned the page) and `measure` (how tall they run on an endless page): a roll is cut to
 * the content; a talon that does not fit its sheet is set smaller and laid out again.
 */
function fitOnSheet<T>(
  sheet: Sheet,
  layOut: (height: number, s: number) => T,
  turnedPage: (laid: T) => boolean,
  measure: (s: number) => number,
): T {
  let s = sheet.scale;
  if (sheet.height === null) {
    // The slack keeps pdfkit's own line-fits test from pushing the last line onto a second
    // page, and leaves room for the printer's tear bar.
    const height = measure(s) + 2 * sheet.margin + SLACK;
    return layOut(Math.max(height, 60 * MM), s);
  }
  let laid = layOut(sheet.height, s);
  // Long names and a child's extra lines must not push a talon onto a second sheet: set the
  // type smaller and lay it out again. Below 60 % of the usual size it is no longer legible,
  // and a second sheet is better.
  const room = sheet.height - 2 * sheet.margin;
  const smallest = sheet.scale * 0.6;
  for (let i = 0; i < 8 && sheet.fitOnePage && turnedPage(laid) && s > smallest; i++) {
    const used = measure(s) + SLACK;
    s = Math.max(smallest, s * Math.min(0.97, Math.max(0.85, room / used)));
    laid = layOut(sheet.height, s);
  }
  return laid;
}

/** A paper of blocks: one sheet by our own writer, anything else by pdfkit. */
export async function renderPdf(r: RenderRequest): Promise<RenderedPdf> {
  const sheet = SHEETS[r.sheet];
  // Our own writer (one-page.ts) for a paper that fits one sheet; pdfkit for the rest. The
  // sheet and the scale are found without drawing; the page is drawn once.
  const box = (height: number) => ({ width: sheet.width, height, margin: sheet.margin });
  let height = 0;
  let scale = 0;
  let laidY = 0;
  const fit = fitOnSheet(
    sheet,
    (h, s) => {
      height = h;
      scale = s;
      const laid = layOutPage(r.blocks, s, box(h), false);
      laidY = laid.y;
      return laid;
    },
    (laid) => laid.overflow && !laid.unsupported,
    // The blocks end where they ended on the sheet at the same scale (the height of a page
    // only decides whether pdfkit would have turned it).
    (s) => (s === scale ? laidY : layOutPage(r.blocks, s, box(MEASURING_HEIGHT), false).y) - sheet.margin,
  );
  if (!fit.overflow && !fit.unsupported) {
    const page = layOutPage(r.blocks, scale, box(height), true);
    if (!page.unsupported) {
      const pdf = writeOnePage({
        width: sheet.width,
        height,
        content: page.content,
        lang: r.lang,
        title: r.title,
        createdAt: r.createdAt,
      });
      return { pdf, pages: 1 };
    }
  }
  return renderWithPdfkit(r);
}

/** The paper laid out and written by pdfkit: more than one sheet, a table, a glyph of its own. */
export function renderWithPdfkit(r: RenderRequest): Promise<RenderedPdf> {
  const sheet = SHEETS[r.sheet];
  const doc = fitOnSheet(
    sheet,
    (h, s) => layOut(sheet, h, r, s),
    (d) => d.bufferedPageRange().count > 1,
    (s) => measure(sheet, r.blocks, s, options(sheet, r)),
  );
  return endDocument(doc);
}

/** Ends a document and collects its bytes. */
export async function endDocument(doc: PDFKit.PDFDocument): Promise<RenderedPdf> {
  const pages = doc.bufferedPageRange().count;
  packPages(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.end();
  await done;
  return { pdf: Buffer.concat(chunks), pages };
}

// Large print on request (issue 13): the A5 sheet and the type sizes every large-print paper
// shares — the talon (large-talon.ts), the queue ticket (large-ticket.ts) and the notification
// letter (large-letter.ts). What the issue promises: the number, the date, the term and the room
// at 20 pt or more; we print them at KEY (22 pt) and the number at NUMBER, and all other text at
// BODY (16 pt) or more — never shrunk to fit: a long paper flows onto a second A5 sheet instead,
// the promised facts on the first.

import { BOLD, REGULAR } from './fonts.ts';
import { type Block, drawFlow, MM, newDocument } from './layout.ts';
import { drawQr } from './qr.ts';
import type { Lang } from './texts.ts';

export const A5 = { width: 148, height: 210 } as const;
/** The layout a large-print paper is kept under (printed on A5 paper: shell/print-document.ts). */
export const LARGE_LAYOUT = 'a5-large';

export const SIZES = {
  /** Every word of the paper: 16 pt, twice the talon's usual 8 pt. */
  body: 16,
  /** The promised facts: number (in words around it), date, term, room. */
  key: 22,
  title: 26,
  /** The register or ticket number. */
  number: 30,
} as const;

// 9 mm: within what office printers print to (5 mm), and a line of 16 pt type holds ~40 letters.
const MARGIN = 9 * MM;

export function newLargeDocument(lang: Lang, title: string, createdAt: Date): PDFKit.PDFDocument {
  return newDocument({ size: [A5.width * MM, A5.height * MM], margin: MARGIN, lang, title, createdAt });
}

/**
 * Blocks written for the standard papers, made large: every size scaled so the standard body
 * becomes BODY, and nothing left below BODY. Drawn at scale 1.
 */
export function enlarged(blocks: readonly Block[], standardBody: number): Block[] {
  const k = SIZES.body / standardBody;
  return blocks.map((b) => ('size' in b ? { ...b, size: Math.max(SIZES.body, b.size * k) } : b));
}

/** A number the reader finds first: its label, the number in large bold type, its QR beside. */
export interface LargeNumber {
  label: string;
  number: string;
  qr: string | null;
}

function drawNumber(doc: PDFKit.PDFDocument, n: LargeNumber): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const side = n.qr ? 26 * MM : 0;
  const y = doc.y;
  if (n.qr) drawQr(doc, n.qr, left + width - side, y, side);
  const textWidth = width - side - (n.qr ? 3 * MM : 0);
  doc
    .font(REGULAR)
    .fontSize(SIZES.body)
    .text(n.label, left, y + 1 * MM, { width: textWidth });
  doc.font(BOLD).fontSize(SIZES.number).text(n.number, left, doc.y, { width: textWidth });
  doc.y = Math.max(doc.y, y + side) + 3 * MM;
}

export type LargeItem = Block | ({ kind: 'largeNumber' } & LargeNumber) | { kind: 'pageBreak' };

/** Draws the items from `top` down at their own sizes, flowing onto more A5 pages. */
export function drawLarge(doc: PDFKit.PDFDocument, items: readonly LargeItem[], top: number): void {
  doc.y = top;
  for (const item of items) {
    if (item.kind === 'largeNumber') drawNumber(doc, item);
    else if (item.kind === 'pageBreak') {
      doc.addPage();
      doc.y = doc.page.margins.top;
    } else drawFlow(doc, [item], 1, doc.y);
  }
}

/** The first top margin of a large paper: flows start here. */
export const LARGE_TOP = MARGIN;

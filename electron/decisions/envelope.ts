// For offices that post letters in plain envelopes (Settings → letters → addressing): the day's
// letters printed on DL envelopes (220 × 110 mm, one page each, fed into the printer's manual
// slot), or on one A4 sheet of address labels. The sender's block goes top left and the
// addressee's bottom right, as the post reads an envelope; each carries the outgoing number so
// the clerk puts the right letter in the right envelope.
//
// Labels: the A4 sheet of 14 labels, 2 × 7, each 99.1 × 38.1 mm, 15.1 mm from the top,
// 4.6 mm from the left, 2.5 mm between the columns (Avery L7163 geometry, sold under many
// brands and the usual "A4 14" office label sheet).

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { BOLD, REGULAR } from '../print/fonts.ts';
import { endDocument, MM, newDocument, type RenderedPdf } from '../print/layout.ts';
import { fill, type Lang } from '../print/texts.ts';
import { LETTER_TEXTS } from './letter-texts.ts';

export interface AddressedLetter {
  outNumber: string;
  /** What the letter answers, worded (see postal-register.ts). */
  subject: string;
  addresseeName: string;
  /** Kazpost's order, line by line (shared/domain/postal-address.ts). */
  addressLines: readonly string[];
}

export const DL_PAGE = { width: 220, height: 110 };
export const LABEL_SHEET = {
  columns: 2,
  rows: 7,
  width: 99.1,
  height: 38.1,
  top: 15.1,
  left: 4.6,
  gapX: 2.5,
};

/** Text in a box, made smaller (down to `min` pt) until it fits; returns the size used. */
function fitted(
  doc: PDFKit.PDFDocument,
  parts: { text: string; bold?: boolean; scale: number }[],
  width: number,
  height: number,
  size: number,
  min: number,
): number {
  let s = size;
  const total = (sz: number) =>
    parts.reduce(
      (sum, p) =>
        sum +
        doc
          .font(p.bold ? BOLD : REGULAR)
          .fontSize(sz * p.scale)
          .heightOfString(p.text, { width }),
      0,
    );
  while (s > min && total(s) > height) s -= 0.5;
  return s;
}

function drawParts(
  doc: PDFKit.PDFDocument,
  parts: { text: string; bold?: boolean; scale: number }[],
  x: number,
  y: number,
  width: number,
  size: number,
): void {
  doc.y = y;
  for (const p of parts) {
    doc
      .font(p.bold ? BOLD : REGULAR)
      .fontSize(size * p.scale)
      .text(p.text, x, doc.y, { width });
  }
}

export async function renderEnvelopes(
  letters: readonly AddressedLetter[],
  office: OfficeSettings,
  lang: Lang,
  createdAt: Date,
): Promise<RenderedPdf> {
  const t = LETTER_TEXTS[lang].envelope;
  const doc = newDocument({
    size: [DL_PAGE.width * MM, DL_PAGE.height * MM],
    // Everything is placed by hand; a small margin keeps pdfkit from breaking a page early.
    margin: 3 * MM,
    lang,
    title: t.to,
    createdAt,
  });
  letters.forEach((l, i) => {
    if (i > 0) doc.addPage();
    const from = [
      { text: `${t.from}:`, scale: 0.8 },
      { text: office.office.name[lang], bold: true, scale: 1 },
      { text: office.office.address[lang], scale: 0.9 },
    ];
    drawParts(doc, from, 10 * MM, 8 * MM, 90 * MM, fitted(doc, from, 90 * MM, 32 * MM, 8.5, 6));
    const to = [
      { text: `${t.to}:`, scale: 0.75 },
      { text: l.addresseeName, bold: true, scale: 1 },
      { text: `${t.where}:`, scale: 0.75 },
      { text: l.addressLines.join('\n'), scale: 1 },
    ];
    drawParts(doc, to, 105 * MM, 52 * MM, 105 * MM, fitted(doc, to, 105 * MM, 45 * MM, 12, 8));
    doc
      .font(REGULAR)
      .fontSize(6.5)
      .fillColor('#555555')
      .text(fill(t.reference, { outNumber: l.outNumber, subject: l.subject }), 10 * MM, 100 * MM, {
        width: 90 * MM,
        lineBreak: false,
      })
      .fillColor('#000000');
  });
  return endDocument(doc);
}

export async function renderAddressLabels(
  letters: readonly AddressedLetter[],
  _office: OfficeSettings,
  lang: Lang,
  createdAt: Date,
): Promise<RenderedPdf> {
  const t = LETTER_TEXTS[lang].envelope;
  const L = LABEL_SHEET;
  const doc = newDocument({ size: [210 * MM, 297 * MM], margin: 0, lang, title: t.to, createdAt });
  const perSheet = L.columns * L.rows;
  const pad = 5 * MM;
  letters.forEach((l, i) => {
    if (i > 0 && i % perSheet === 0) doc.addPage();
    const k = i % perSheet;
    const col = k % L.columns;
    const row = Math.floor(k / L.columns);
    const x = (L.left + col * (L.width + L.gapX)) * MM + pad;
    const y = (L.top + row * L.height) * MM + 3.5 * MM;
    const width = L.width * MM - 2 * pad;
    const parts = [
      { text: l.addresseeName, bold: true, scale: 1 },
      { text: l.addressLines.join('\n'), scale: 0.95 },
    ];
    drawParts(doc, parts, x, y, width, fitted(doc, parts, width, 24 * MM, 10.5, 7));
    doc
      .font(REGULAR)
      .fontSize(6)
      .fillColor('#555555')
      .text(fill(t.reference, { outNumber: l.outNumber, subject: l.subject }), x, y + 27.5 * MM, {
        width,
        lineBreak: false,
      })
      .fillColor('#000000');
  });
  return endDocument(doc);
}

// The frame every letter that goes by post shares (the notification letter of §5/§16, the
// answer to a complaint of §23): the letterhead, the addressee placed for the office's window
// envelope, the outgoing number beside it, the fold marks. Both letters go on one postal register
// and into the same envelopes, so the window is one setting (Settings → letters) and the address
// is placed by this one function.
//
// Where the window is. DL (110 × 220 mm) and C6/5 (114 × 229 mm) window envelopes have a window
// 90 mm wide and 45 mm high, 20 mm from the side edge and 15 mm from the bottom edge (DIN 680;
// de.wikipedia.org/wiki/DIN_lang: "Das Fenster ist 90 mm breit und 45 mm hoch, es liegt 20 mm vom
// linken und 15 mm vom unteren Rand entfernt", for both DL and C6/C5). Envelopes with the window on
// the right (sold here beside the left ones, E65/DL "окно справа") mirror it: 20 mm from the right
// edge. An A4 sheet folded in three (99 mm a third) sits in the envelope with its top third facing
// the window, free to slide up and down (envelope height − 99 mm) and sideways (envelope width −
// 210 mm). The part of the page the window shows in every position is WINDOW_SAFE below: the
// address is laid out inside it, and the test reads the words back with `pdftotext -bbox`.

import type { EnvelopeWindow } from '../../shared/contract/decisions.ts';
import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { BOLD, REGULAR } from './fonts.ts';
import { drawRecorded } from './fragments.ts';
import { MM, newDocument } from './layout.ts';
import { fill, type Lang, TEXTS } from './texts.ts';

/** A rectangle on the page, millimetres from the page's top-left corner. */
export interface BoxMm {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const A4 = { width: 210, height: 297 } as const;
/** A4 folded in three for a DL or C6/5 envelope. */
export const THIRD = A4.height / 3;
/** The letter's text starts below the first fold, so nothing of it shows in the window. */
export const BODY_TOP = THIRD + 5;

export const ENVELOPES = {
  dl: { width: 220, height: 110 },
  c5_6: { width: 229, height: 114 },
} as const;
/** DIN 680: the window's size and its distance from the side and the bottom edge. */
export const ENVELOPE_WINDOW = { width: 90, height: 45, side: 20, bottom: 15 } as const;

/** The window on the envelope, millimetres from the envelope's top-left corner. */
export function windowOnEnvelope(w: EnvelopeWindow): BoxMm {
  const e = ENVELOPES[w.envelope];
  const W = ENVELOPE_WINDOW;
  return {
    x: w.side === 'left' ? W.side : e.width - W.side - W.width,
    y: e.height - W.bottom - W.height,
    width: W.width,
    height: W.height,
  };
}

/** What the window shows of the page however the folded sheet lies in the envelope. */
export function windowSafeArea(w: EnvelopeWindow): BoxMm {
  const e = ENVELOPES[w.envelope];
  const win = windowOnEnvelope(w);
  // The sheet's top-left corner lies anywhere from the envelope's (0, 0) to (slideX, slideY).
  const slideX = e.width - A4.width;
  const slideY = e.height - THIRD;
  return { x: win.x, y: win.y, width: win.width - slideX, height: win.height - slideY };
}

/** Inside the safe area, with room for the printer's and the folder's inaccuracy. */
const ADDRESS_INSET = 2;
const toMm = (v: number) => v / MM;

export interface WindowAddress {
  name: string;
  /** The address line by line (addressLines in shared/domain/postal-address.ts), or an e-mail. */
  lines: readonly string[];
}

/**
 * The sender's line and the addressee inside the safe area of the office's window; the type
 * gets smaller (down to 7 pt) until a long address fits, and the boxes drawn are returned.
 */
export function drawWindowAddress(
  doc: PDFKit.PDFDocument,
  w: EnvelopeWindow,
  office: OfficeSettings,
  lang: Lang,
  a: WindowAddress,
): { addressee: BoxMm; block: BoxMm } {
  return drawAddressIn(doc, windowSafeArea(w), office, lang, a);
}

/**
 * The sender's line and the addressee inside `safe`, the part of the page an envelope's window
 * always shows (the A4 letter's here, the large-print A5 letter's in large-letter.ts).
 */
export function drawAddressIn(
  doc: PDFKit.PDFDocument,
  safe: BoxMm,
  office: OfficeSettings,
  lang: Lang,
  a: WindowAddress,
): { addressee: BoxMm; block: BoxMm } {
  // The sender's line above the addressee: the post returns an undelivered letter by it.
  const sender = fill(TEXTS[lang].common.sender, {
    name: office.office.name[lang],
    address: office.office.address[lang],
  });
  const x = (safe.x + ADDRESS_INSET) * MM;
  const top = (safe.y + ADDRESS_INSET) * MM;
  const width = (safe.width - 2 * ADDRESS_INSET) * MM;
  const room = (safe.height - 2 * ADDRESS_INSET) * MM;
  const address = a.lines.join('\n');
  const gap = 1.2 * MM;
  const heights = (sz: number) => {
    const senderH = doc
      .font(REGULAR)
      .fontSize(sz * 0.58)
      .heightOfString(sender, { width });
    const nameH = doc.font(BOLD).fontSize(sz).heightOfString(a.name, { width });
    const addressH = doc.font(REGULAR).fontSize(sz).heightOfString(address, { width });
    return { senderH, total: senderH + gap + nameH + addressH };
  };
  let size = 11;
  let h = heights(size);
  while (h.total > room && size > 7) {
    size -= 0.5;
    h = heights(size);
  }
  doc
    .font(REGULAR)
    .fontSize(size * 0.58)
    .text(sender, x, top, { width });
  const rule = top + h.senderH + 0.4 * MM;
  doc
    .moveTo(x, rule)
    .lineTo(x + width, rule)
    .lineWidth(0.4)
    .stroke('#000000');
  const nameTop = top + h.senderH + gap;
  doc.font(BOLD).fontSize(size).text(a.name, x, nameTop, { width });
  doc.font(REGULAR).fontSize(size).text(address, x, doc.y, { width });
  const bottom = doc.y;
  return {
    addressee: { x: toMm(x), y: toMm(nameTop), width: toMm(width), height: toMm(bottom - nameTop) },
    block: { x: toMm(x), y: toMm(top), width: toMm(width), height: toMm(bottom - top) },
  };
}

const LETTERHEAD_TOP = 12 * MM;

/** The office's name, address and contacts across the top, above the window, from doc.y. */
function drawLetterhead(doc: PDFKit.PDFDocument, office: OfficeSettings, lang: Lang): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const o = office.office;
  const c = TEXTS[lang].common;
  doc.font(BOLD).fontSize(11).text(o.name[lang], left, doc.y, { width, align: 'center' });
  doc.moveDown(0.2);
  doc.font(REGULAR).fontSize(8.5).text(o.address[lang], left, doc.y, { width, align: 'center' });
  const contacts = [fill(c.phone, { phone: o.phone }), o.email ? fill(c.email, { email: o.email }) : '']
    .filter(Boolean)
    .join(', ');
  doc.text(contacts, left, doc.y, { width, align: 'center' });
  const y = doc.y + 1.5 * MM;
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .lineWidth(1)
    .stroke('#000000');
  doc
    .moveTo(left, y + 1.2)
    .lineTo(left + width, y + 1.2)
    .lineWidth(0.4)
    .stroke('#000000');
}

export interface LetterInfo {
  /** The outgoing number, in bold. */
  number: string;
  /** The date and what the letter answers. */
  lines: readonly string[];
  copy: boolean;
}

/** The outgoing number, its date and what the letter answers: beside the window, on its other side. */
function drawInfo(doc: PDFKit.PDFDocument, w: EnvelopeWindow, info: LetterInfo, lang: Lang): void {
  const safe = windowSafeArea(w);
  const margin = { left: doc.page.margins.left, right: doc.page.width - doc.page.margins.right };
  const gutter = 8 * MM;
  const [x, right] =
    w.side === 'left'
      ? [(safe.x + safe.width) * MM + gutter, margin.right]
      : [margin.left, safe.x * MM - gutter];
  const width = right - x;
  doc.y = safe.y * MM;
  doc.font(BOLD).fontSize(10.5).text(info.number, x, doc.y, { width });
  doc.font(REGULAR).fontSize(10);
  for (const line of info.lines) doc.text(line, x, doc.y, { width });
  if (info.copy) {
    const y = doc.y + 3 * MM;
    doc.font(BOLD).fontSize(11);
    const h = doc.currentLineHeight() + 4;
    doc.rect(x, y, width, h).fill('#000000');
    doc
      .fillColor('#ffffff')
      .text(TEXTS[lang].common.copy, x, y + 2, { width, align: 'center' })
      .fillColor('#000000');
  }
}

/** Short ticks at the left edge where the sheet is folded in three for the envelope. */
function drawFoldMarks(doc: PDFKit.PDFDocument): void {
  for (const y of [THIRD, 2 * THIRD]) {
    doc
      .moveTo(4 * MM, y * MM)
      .lineTo(9 * MM, y * MM)
      .lineWidth(0.4)
      .stroke('#808080');
  }
}

/** An A4 letter with the margins every letter that goes in the envelope shares. */
export function newLetterDocument(lang: Lang, title: string, createdAt: Date): PDFKit.PDFDocument {
  return newDocument({
    size: [A4.width * MM, A4.height * MM],
    margin: 20 * MM,
    margins: { top: 15 * MM, bottom: 15 * MM, left: 22 * MM, right: 15 * MM },
    lang,
    title,
    createdAt,
  });
}

/**
 * Draws the top third of a letter — letterhead, window address, number, fold marks — with the
 * office's envelope; the letter's own blocks then flow from BODY_TOP.
 */
export function drawLetterFrame(
  doc: PDFKit.PDFDocument,
  office: OfficeSettings,
  lang: Lang,
  address: WindowAddress,
  info: LetterInfo,
): { addressee: BoxMm; block: BoxMm } {
  const w = office.letters.window;
  // The letterhead is the same on every letter of the office: laid out once (fragments.ts).
  doc.y = LETTERHEAD_TOP;
  drawRecorded(doc, 1, `letterhead|${lang}|${JSON.stringify(office.office)}`, () =>
    drawLetterhead(doc, office, lang),
  );
  const boxes = drawWindowAddress(doc, w, office, lang, address);
  drawInfo(doc, w, info, lang);
  drawFoldMarks(doc);
  return boxes;
}

// The notification letter (§5, §16): A4 from pdfkit, in Kazakh or Russian, with the office's
// letterhead, the outgoing number and date, the addressee placed for a window envelope, and
// the decision in plain words — what happens next after an approval; after a refusal the §17
// ground, the explanation, where to complain (§21, §22) and the right to go to court.
//
// Where the address goes. A DL window envelope is 110 × 220 mm with a 90 × 45 mm window 20 mm
// from its left and 15 mm from its bottom edge (DIN 680; de.wikipedia.org/wiki/DIN_lang:
// "Das Fenster ist 90 mm breit und 45 mm hoch, es liegt 20 mm vom linken und 15 mm vom unteren
// Rand entfernt"). An A4 sheet folded in three (99 mm a third) sits in it with its top third
// facing the window, free to slide 11 mm up and down and 10 mm sideways. So the window shows
// x 20–110, y 50–95 mm of the page when the sheet is up and to the left, x 10–100, y 39–84 when
// it is down and to the right: what it shows in every position is x 20–100, y 50–84 mm
// (WINDOW_SAFE). The addressee block is laid out inside that, and its box is recorded while it
// is drawn, for the test to measure. C5 and C6/5 window envelopes are made for the DIN 5008
// address field (45 mm from the top, 20 mm from the left), which contains the same area.

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { formatLocalDate } from '../../shared/domain/office-time.ts';
import type { ApplicantCategory, ServiceDefinition } from '../../shared/standard/service-definition.ts';
import { BOLD, REGULAR } from '../print/fonts.ts';
import { type Block, drawFlow, endDocument, MM, newDocument, type RenderedPdf } from '../print/layout.ts';
import { fill, type Lang, TEXTS } from '../print/texts.ts';
import { LETTER_TEXTS } from './letter-texts.ts';

/** A rectangle on the page, millimetres from the page's top-left corner. */
export interface BoxMm {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DL_ENVELOPE = {
  width: 220,
  height: 110,
  window: { left: 20, bottom: 15, width: 90, height: 45 },
};
export const A4 = { width: 210, height: 297 };
/** A4 folded in three for a DL envelope. */
export const THIRD = A4.height / 3;

/** The part of the page the DL window shows however the folded sheet lies in the envelope. */
export function windowSafeArea(): BoxMm {
  const w = DL_ENVELOPE.window;
  const windowTop = DL_ENVELOPE.height - w.bottom - w.height;
  const slideDown = DL_ENVELOPE.height - THIRD;
  const slideRight = DL_ENVELOPE.width - A4.width;
  return {
    x: w.left,
    y: windowTop,
    width: w.width - slideRight,
    height: w.height - slideDown,
  };
}
export const WINDOW_SAFE = windowSafeArea();

/** Inside the safe area, with room for the printer's and the folder's inaccuracy. */
const ADDRESS_INSET = 2;

export interface LetterPerson {
  lastName: string;
  firstName: string;
  middleName: string | null;
  sex: 'male' | 'female';
}

export interface LetterData {
  outNumber: string;
  letterDate: string;
  regNumber: string;
  acceptedDate: string;
  termEnd: string;
  category: ApplicantCategory;
  /** The disabled person the service is for (for a child, named in the body). */
  applicantName: string;
  addressee: LetterPerson & { fullName: string; address: string };
  decision:
    | {
        kind: 'approved';
        orderNumber: string;
        orderDate: string;
        servicesFrom: string;
        socialWorker: string;
        serviceUnit: string | null;
      }
    | {
        kind: 'refused';
        orderNumber: string;
        orderDate: string;
        ground: { item: number; text: string };
        explanation: string;
      };
  /** Who signs: the head or the deputy who decided (their title from the settings' contacts). */
  signer: { title: string; name: string };
  executor: { name: string; phone: string };
  copy: boolean;
}

export interface RenderedLetter extends RenderedPdf {
  /** Where the addressee's name and address were drawn on page 1 (mm). */
  addresseeBox: BoxMm;
  /** The whole window block: the sender line and the addressee. */
  windowBlockBox: BoxMm;
}

const S = 1.3; // the A4 scale of the shared blocks (layout.ts SHEETS.a4)

function salutationName(p: LetterPerson): string {
  return p.middleName ? `${p.firstName} ${p.middleName}` : `${p.firstName} ${p.lastName}`;
}

function letterhead(doc: PDFKit.PDFDocument, office: OfficeSettings, lang: Lang): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const o = office.office;
  const c = TEXTS[lang].common;
  doc.y = 12 * MM;
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

/** The outgoing number, its date and the application it answers: to the right of the window. */
function infoBlock(doc: PDFKit.PDFDocument, d: LetterData, lang: Lang): void {
  const t = LETTER_TEXTS[lang].letter;
  const x = 118 * MM;
  const width = doc.page.width - doc.page.margins.right - x;
  doc.y = WINDOW_SAFE.y * MM;
  doc
    .font(BOLD)
    .fontSize(10.5)
    .text(fill(t.outNumber, { number: d.outNumber }), x, doc.y, { width });
  doc
    .font(REGULAR)
    .fontSize(10)
    .text(fill(t.date, { date: formatLocalDate(d.letterDate) }), x, doc.y, { width });
  doc.text(fill(t.regarding, { regNumber: d.regNumber }), x, doc.y, { width });
  if (d.copy) {
    const y = doc.y + 3 * MM;
    const label = TEXTS[lang].common.copy;
    doc.font(BOLD).fontSize(11);
    const h = doc.currentLineHeight() + 4;
    doc.rect(x, y, width, h).fill('#000000');
    doc
      .fillColor('#ffffff')
      .text(label, x, y + 2, { width, align: 'center' })
      .fillColor('#000000');
  }
}

/**
 * The sender's line and the addressee inside WINDOW_SAFE; the type gets smaller (down to 8 pt)
 * until a long address fits, and the boxes actually drawn are returned.
 */
function windowBlock(
  doc: PDFKit.PDFDocument,
  d: LetterData,
  office: OfficeSettings,
  lang: Lang,
): { addressee: BoxMm; block: BoxMm } {
  const t = LETTER_TEXTS[lang].letter;
  const x = (WINDOW_SAFE.x + ADDRESS_INSET) * MM;
  const top = (WINDOW_SAFE.y + ADDRESS_INSET) * MM;
  const width = (WINDOW_SAFE.width - 2 * ADDRESS_INSET) * MM;
  const room = (WINDOW_SAFE.height - 2 * ADDRESS_INSET) * MM;
  const sender = fill(t.sender, { name: office.office.name[lang], address: office.office.address[lang] });
  let size = 11;
  const heights = (sz: number) => {
    const senderH = doc
      .font(REGULAR)
      .fontSize(sz * 0.58)
      .heightOfString(sender, { width });
    const nameH = doc.font(BOLD).fontSize(sz).heightOfString(d.addressee.fullName, { width });
    const addressH = doc.font(REGULAR).fontSize(sz).heightOfString(d.addressee.address, { width });
    return { senderH, nameH, addressH, gap: 1.5 * MM, total: senderH + 1.5 * MM + nameH + addressH };
  };
  let h = heights(size);
  while (h.total > room && size > 8) {
    size -= 0.5;
    h = heights(size);
  }
  doc
    .font(REGULAR)
    .fontSize(size * 0.58)
    .text(sender, x, top, { width });
  const rule = top + h.senderH + 0.5 * MM;
  doc
    .moveTo(x, rule)
    .lineTo(x + width, rule)
    .lineWidth(0.4)
    .stroke('#000000');
  const nameTop = top + h.senderH + h.gap;
  doc.font(BOLD).fontSize(size).text(d.addressee.fullName, x, nameTop, { width });
  doc.font(REGULAR).fontSize(size).text(d.addressee.address, x, doc.y, { width });
  const bottom = doc.y;
  const toMm = (v: number) => v / MM;
  return {
    addressee: { x: toMm(x), y: toMm(nameTop), width: toMm(width), height: toMm(bottom - nameTop) },
    block: { x: toMm(x), y: toMm(top), width: toMm(width), height: toMm(bottom - top) },
  };
}

/** Short ticks at the left edge where the sheet is folded in three for the envelope. */
function foldMarks(doc: PDFKit.PDFDocument): void {
  for (const y of [THIRD, 2 * THIRD]) {
    doc
      .moveTo(4 * MM, y * MM)
      .lineTo(9 * MM, y * MM)
      .lineWidth(0.4)
      .stroke('#808080');
  }
}

export function letterBodyBlocks(
  d: LetterData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
): Block[] {
  const t = LETTER_TEXTS[lang].letter;
  const dear = 'dearFemale' in t ? (d.addressee.sex === 'female' ? t.dearFemale : t.dearMale) : '';
  const service = def.title[lang];
  const lead = d.decision.kind === 'approved' ? t.approvedLead : t.refusedLead;
  const size = 8.5;
  const blocks: Block[] = [
    { kind: 'text', text: t.title, size: 10, bold: true, align: 'center', gap: 0.5 },
    { kind: 'text', text: t.subtitle, size: 8, align: 'center', gap: 5 },
    {
      kind: 'text',
      text: fill(t.salutation, { dear, name: salutationName(d.addressee) }),
      size,
      bold: true,
      align: 'center',
      gap: 3,
    },
    {
      kind: 'text',
      text: fill(lead, {
        acceptedDate: formatLocalDate(d.acceptedDate),
        regNumber: d.regNumber,
        service,
      }),
      size,
      gap: 3,
    },
    ...(d.category === 'child'
      ? [{ kind: 'field', label: t.child, value: d.applicantName, size, gap: 1.5 } as const]
      : []),
    {
      kind: 'framed',
      text: d.decision.kind === 'approved' ? t.decisionApproved : t.decisionRefused,
      size: 8.5,
      gap: 3,
    },
    {
      kind: 'field',
      label: t.basis,
      value: fill(t.basisValue, {
        number: d.decision.orderNumber,
        date: formatLocalDate(d.decision.orderDate),
      }),
      size,
      gap: 1.5,
    },
    {
      kind: 'field',
      label: t.term,
      value: fill(t.termValue, { date: formatLocalDate(d.termEnd) }),
      size,
      gap: 4,
    },
  ];
  const contacts = office.contacts;
  if (d.decision.kind === 'approved') {
    blocks.push(
      {
        kind: 'field',
        label: t.servicesFrom,
        value: formatLocalDate(d.decision.servicesFrom),
        size,
        gap: 1.5,
      },
      { kind: 'field', label: t.socialWorker, value: d.decision.socialWorker, size, gap: 1.5 },
      ...(d.decision.serviceUnit
        ? [{ kind: 'field', label: t.serviceUnit, value: d.decision.serviceUnit, size, gap: 1.5 } as const]
        : []),
      {
        kind: 'text',
        text: fill(t.next, { room: def.receptionRoom, phone: office.office.phone }),
        size,
        gap: 8,
      },
    );
  } else {
    blocks.push(
      {
        kind: 'field',
        label: fill(t.ground, { item: String(d.decision.ground.item) }),
        value: d.decision.ground.text,
        size,
        gap: 1.5,
      },
      { kind: 'field', label: t.explanation, value: d.decision.explanation, size, gap: 4 },
      { kind: 'text', text: t.complainLead, size, bold: true, gap: 1.5 },
      {
        kind: 'list',
        items: [contacts.head, contacts.deputy, contacts.regional].map((c, i) => ({
          marker: String(i + 1),
          text: fill(t.contact, {
            title: c.title[lang],
            address: c.address[lang],
            room: c.room,
            phone: c.phone,
            email: c.email,
          }),
        })),
        size: 8,
        gap: 2,
      },
      { kind: 'text', text: t.complainHow, size: 8, gap: 1.5 },
      { kind: 'text', text: t.court, size: 8, gap: 8 },
    );
  }
  blocks.push(
    { kind: 'line', label: d.signer.title, caption: d.signer.name, size, gap: 6 },
    {
      kind: 'text',
      text: fill(t.executor, { name: d.executor.name, phone: d.executor.phone }),
      size: 6.5,
      gap: 0,
    },
  );
  return blocks;
}

export async function renderLetter(
  d: LetterData,
  def: ServiceDefinition,
  office: OfficeSettings,
  lang: Lang,
  createdAt: Date,
): Promise<RenderedLetter> {
  const doc = newDocument({
    size: [A4.width * MM, A4.height * MM],
    margin: 20 * MM,
    margins: { top: 15 * MM, bottom: 15 * MM, left: 22 * MM, right: 15 * MM },
    lang,
    title: `${LETTER_TEXTS[lang].letter.title} ${d.outNumber}`,
    createdAt,
  });
  letterhead(doc, office, lang);
  const boxes = windowBlock(doc, d, office, lang);
  infoBlock(doc, d, lang);
  foldMarks(doc);
  // The body starts below the first fold, so nothing of it shows in the window.
  drawFlow(doc, letterBodyBlocks(d, def, office, lang), S, (THIRD + 5) * MM);
  const rendered = await endDocument(doc);
  return { ...rendered, addresseeBox: boxes.addressee, windowBlockBox: boxes.block };
}

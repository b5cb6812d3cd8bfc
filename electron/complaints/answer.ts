// §23: the written answer to a complaint, on A4. The complainant's name and postal address sit
// where the window of an E65 (DL, 110×220 mm) envelope shows them once the sheet is folded in
// three: the address field of the letter conventions (ГОСТ Р 7.0.97: the addressee top right;
// DIN 5008: 45–90 mm from the top edge, 85 mm wide), on the right. Fold marks at the thirds.
// An answer by e-mail is the same letter as a PDF to attach; its address field names the e-mail.

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import type { ComplaintAddressee } from '../../shared/domain/complaint.ts';
import { formatLocalDate } from '../../shared/domain/office-time.ts';
import { BOLD, REGULAR } from '../print/fonts.ts';
import {
  type Block,
  drawFlow,
  endDocument,
  MM,
  newDocument,
  type RenderedPdf,
  SHEETS,
} from '../print/layout.ts';
import { fill, type Lang, TEXTS } from '../print/texts.ts';
import { surveyInviteBlocks } from '../report/survey-invite.ts';
import { COMPLAINT_TEXTS } from './texts.ts';

/** Where the window of the envelope is on the unfolded sheet, in millimetres from the top left. */
export const ADDRESS_WINDOW = { left: 105, top: 45, width: 85, height: 45 } as const;
const PAGE = { width: 210, height: 297 } as const;
const MARGINS = { top: 15, bottom: 20, left: 20, right: 15 } as const;
/** The body starts below the window, with room for the fold. */
const BODY_TOP = 102;

export interface ComplaintAnswerData {
  journalNumber: string;
  receivedDate: string;
  addressee: ComplaintAddressee;
  complainantName: string;
  channel: 'post' | 'email';
  postalAddress: string | null;
  email: string | null;
  justified: boolean;
  satisfied: boolean | null;
  actionTaken: string | null;
  answerText: string;
  answerDate: string;
  outgoingNumber: string | null;
  /** Who signs: the head or the deputy who recorded the outcome. */
  signerTitle: string;
  signerName: string;
  /** Who prepared the letter (the executor line at the bottom). */
  executorName: string;
  /** The complaint's survey code (4.3, 4.4: the procedure and its terms, asked after the answer). */
  surveyCode?: string | null;
}

/** The letter's own text: title, salutation, the answer, the result, the right to appeal, the signature. */
export function answerBlocks(a: ComplaintAnswerData, office: OfficeSettings, lang: Lang): Block[] {
  const x = COMPLAINT_TEXTS[lang].answer;
  const regional = office.contacts.regional;
  const result = !a.justified ? x.unjustified : a.satisfied ? x.justifiedSatisfied : x.justifiedNotSatisfied;
  const paragraphs = a.answerText
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const body = 8.5;
  // §21: above the district department there is the regional one; above the regional one, the court.
  const appeal =
    a.addressee === 'regional'
      ? x.appealCourt
      : fill(x.appealRegional, {
          title: regional.title[lang],
          address: regional.address[lang],
          room: regional.room,
          phone: regional.phone,
          email: regional.email,
        });
  return [
    { kind: 'text', text: x.title, size: 10, bold: true, align: 'center', gap: 4 },
    {
      kind: 'text',
      text: fill(x.salutation, { name: a.complainantName }),
      size: body,
      bold: true,
      align: 'center',
      gap: 4,
    },
    {
      kind: 'text',
      text: fill(x.lead, {
        date: formatLocalDate(a.receivedDate),
        addressee: office.contacts[a.addressee].title[lang],
      }),
      size: body,
      gap: 2,
    },
    ...paragraphs.map((p): Block => ({ kind: 'text', text: p, size: body, gap: 2 })),
    { kind: 'text', text: result, size: body, bold: true, gap: a.justified && a.actionTaken ? 1 : 3 },
    ...(a.justified && a.actionTaken
      ? [{ kind: 'text', text: fill(x.actionTaken, { action: a.actionTaken }), size: body, gap: 3 } as const]
      : []),
    { kind: 'text', text: appeal, size: body - 0.5, gap: 12 },
    { kind: 'line', label: a.signerTitle, caption: a.signerName, size: body, gap: 14 },
    {
      kind: 'text',
      text: fill(x.executor, { name: a.executorName, phone: office.office.phone }),
      size: 6.5,
      gap: a.surveyCode ? 4 : 0,
    },
    ...(a.surveyCode ? surveyInviteBlocks(a.surveyCode, 6.5) : []),
  ];
}

const mm = (v: number) => v * MM;

/** The office's letterhead, the outgoing number and date, and what the letter answers: top left. */
function drawLetterhead(
  doc: PDFKit.PDFDocument,
  a: ComplaintAnswerData,
  office: OfficeSettings,
  lang: Lang,
): void {
  const x = COMPLAINT_TEXTS[lang].answer;
  const common = TEXTS[lang].common;
  const o = office.office;
  const left = mm(MARGINS.left);
  const width = mm(ADDRESS_WINDOW.left - MARGINS.left - 8);
  doc.font(BOLD).fontSize(10).text(o.name[lang], left, mm(MARGINS.top), { width });
  doc.moveDown(0.3);
  doc.font(REGULAR).fontSize(8).text(o.address[lang], { width });
  const contacts = [
    fill(common.phone, { phone: o.phone }),
    o.email ? fill(common.email, { email: o.email }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  doc.text(contacts, { width });
  doc.moveDown(1.2);
  const number = a.outgoingNumber ? fill(x.outNumber, { number: a.outgoingNumber }) : x.outNumberBlank;
  doc
    .font(BOLD)
    .fontSize(10)
    .text(`${number}   ${fill(x.date, { date: formatLocalDate(a.answerDate) })}`, { width });
  doc.moveDown(0.3);
  doc
    .font(REGULAR)
    .fontSize(9)
    .text(fill(x.regarding, { date: formatLocalDate(a.receivedDate), number: a.journalNumber }), { width });
}

/** The address field, shrunk until it fits the window (a long rural address must not hide under the paper). */
function drawWindowAddress(doc: PDFKit.PDFDocument, a: ComplaintAnswerData, lang: Lang): void {
  const x = COMPLAINT_TEXTS[lang].answer;
  const w = ADDRESS_WINDOW;
  // A few millimetres inside the window: envelopes and folds are not exact.
  const left = mm(w.left + 3);
  const width = mm(w.width - 6);
  const room = mm(w.height - 6);
  const where =
    a.channel === 'email' ? fill(x.byEmail, { email: a.email ?? '' }) : (a.postalAddress ?? '').trim();
  let size = 11;
  const height = () => {
    doc.font(BOLD).fontSize(size);
    const h1 = doc.heightOfString(a.complainantName, { width });
    doc.font(REGULAR).fontSize(size);
    return h1 + size * 0.4 + doc.heightOfString(where, { width });
  };
  while (size > 7 && height() > room) size -= 0.5;
  const top = mm(w.top + 3);
  doc.font(BOLD).fontSize(size).text(a.complainantName, left, top, { width });
  doc.moveDown(0.4);
  doc.font(REGULAR).fontSize(size).text(where, left, doc.y, { width });
}

/** Short marks on the left edge where the sheet is folded in three for the envelope. */
function drawFoldMarks(doc: PDFKit.PDFDocument): void {
  doc.save();
  for (const y of [PAGE.height / 3, (PAGE.height * 2) / 3]) {
    doc.moveTo(mm(4), mm(y)).lineTo(mm(9), mm(y)).lineWidth(0.4).stroke('#000000');
  }
  doc.restore();
}

export async function renderComplaintAnswer(
  a: ComplaintAnswerData,
  office: OfficeSettings,
  lang: Lang,
  createdAt: Date,
): Promise<RenderedPdf> {
  const doc = newDocument({
    size: [mm(PAGE.width), mm(PAGE.height)],
    margin: mm(MARGINS.top),
    margins: {
      top: mm(MARGINS.top),
      bottom: mm(MARGINS.bottom),
      left: mm(MARGINS.left),
      right: mm(MARGINS.right),
    },
    lang,
    title: `${COMPLAINT_TEXTS[lang].answer.title} ${a.journalNumber}`,
    createdAt,
  });
  drawFoldMarks(doc);
  drawLetterhead(doc, a, office, lang);
  drawWindowAddress(doc, a, lang);
  drawFlow(doc, answerBlocks(a, office, lang), SHEETS.a4.scale, mm(BODY_TOP));
  return endDocument(doc);
}

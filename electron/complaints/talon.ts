// §23: the tear-off talon of an accepted complaint, on one A5 or A6 sheet. The stub on top stays
// in the journal; below the dashed cut line, the talon for the complainant: the journal number,
// the date and time of acceptance, who accepted it, the addressee, the review term and the
// office's contacts. The type shrinks until both parts fit on the one sheet.

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import type { ComplaintAddressee, ComplaintChannel } from '../../shared/domain/complaint.ts';
import { formatLocalDate, formatLocalDateTime } from '../../shared/domain/office-time.ts';
import { REGULAR } from '../print/fonts.ts';
import {
  type Block,
  drawFlow,
  endDocument,
  MM,
  newDocument,
  type RenderedPdf,
  SHEETS,
} from '../print/layout.ts';
import { copyMark, officeHeader } from '../print/office-blocks.ts';
import { fill, type Lang, TEXTS } from '../print/texts.ts';
import { surveyInviteBlocks } from '../report/survey-invite.ts';
import { COMPLAINT_TEXTS, termLengthText } from './texts.ts';

export type ComplaintTalonSheet = 'a5' | 'a6';

export interface ComplaintTalonData {
  journalNumber: string;
  /** The instant of acceptance; printed in the office's zone. */
  receivedAt: string;
  channel: ComplaintChannel;
  addressee: ComplaintAddressee;
  complainantName: string;
  /** As computed and kept on registration (complaints.term_end). */
  termEnd: string;
  termLength: number;
  termUnit: 'working' | 'calendar';
  acceptedBy: string;
  /** A reprint: the paper says so. */
  copy: boolean;
  /** The complaint's survey code (report/visit-code.ts: 4.3, 4.4); null prints no invitation. */
  surveyCode: string | null;
}

function facts(t: ComplaintTalonData, office: OfficeSettings, lang: Lang, size: number): Block[] {
  const x = COMPLAINT_TEXTS[lang].talon;
  const tz = office.office.timeZone;
  return [
    {
      kind: 'field',
      label: x.receivedAt,
      value: formatLocalDateTime(new Date(t.receivedAt), tz),
      size,
      gap: 1.5,
    },
    { kind: 'field', label: x.channel, value: COMPLAINT_TEXTS[lang].channels[t.channel], size, gap: 1.5 },
    { kind: 'field', label: x.complainant, value: t.complainantName, size, gap: 1.5 },
    { kind: 'field', label: x.addressee, value: office.contacts[t.addressee].title[lang], size, gap: 1.5 },
  ];
}

function termValue(t: ComplaintTalonData, lang: Lang): string {
  return fill(COMPLAINT_TEXTS[lang].talon.termValue, {
    date: formatLocalDate(t.termEnd),
    length: termLengthText(t.termLength, t.termUnit, lang),
  });
}

/** The part that stays in the journal. */
export function stubBlocks(t: ComplaintTalonData, office: OfficeSettings, lang: Lang): Block[] {
  const x = COMPLAINT_TEXTS[lang].talon;
  return [
    { kind: 'text', text: x.stubTitle, size: 8.5, bold: true, align: 'center', gap: 0 },
    { kind: 'text', text: x.stubNote, size: 6.5, align: 'center', gap: 2.5 },
    { kind: 'field', label: x.number, value: t.journalNumber, size: 8.5, gap: 1.5 },
    ...facts(t, office, lang, 7.5),
    { kind: 'field', label: x.termLabel, value: termValue(t, lang), size: 7.5, gap: 1.5 },
    { kind: 'field', label: x.acceptedBy, value: t.acceptedBy, size: 7.5, gap: 3 },
    { kind: 'line', label: x.handedOver, caption: t.complainantName, size: 7.5, gap: 0 },
  ];
}

/** The part the complainant takes away. */
export function tearOffBlocks(t: ComplaintTalonData, office: OfficeSettings, lang: Lang): Block[] {
  const x = COMPLAINT_TEXTS[lang].talon;
  const common = TEXTS[lang].common;
  const o = office.office;
  const to = office.contacts[t.addressee];
  const contacts = [
    fill(common.phone, { phone: o.phone }),
    o.email ? fill(common.email, { email: o.email }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return [
    ...officeHeader(office, lang),
    { kind: 'text', text: x.title, size: 16, bold: true, align: 'center', gap: 0 },
    { kind: 'text', text: x.subtitle, size: 7.5, align: 'center', gap: 4 },
    ...copyMark(t.copy, lang),
    { kind: 'number', label: x.number, number: t.journalNumber, qr: t.journalNumber, gap: 3 },
    ...facts(t, office, lang, 8.5),
    { kind: 'framed', text: `${x.termLabel}: ${termValue(t, lang)}`, size: 10, gap: 3 },
    { kind: 'line', label: x.acceptedBy, caption: t.acceptedBy, size: 8, gap: 3 },
    { kind: 'text', text: x.result, size: 7.5, bold: true, gap: 1 },
    { kind: 'text', text: x.keep, size: 7, gap: 2 },
    ...(t.surveyCode ? surveyInviteBlocks(t.surveyCode, 6.5) : []),
    { kind: 'rule', gap: 2 },
    { kind: 'text', text: fill(common.address, { address: o.address[lang] }), size: 7, gap: 0.5 },
    { kind: 'text', text: contacts, size: 7, gap: 0.5 },
    {
      kind: 'text',
      text: fill(x.addresseeContact, { title: to.title[lang], room: to.room, phone: to.phone }),
      size: 7,
      gap: 0,
    },
  ];
}

const CUT_GAP = 5 * MM;

/** The dashed line across the whole sheet, edge to edge, with its name in the middle. */
function drawCut(doc: PDFKit.PDFDocument, y: number, label: string, s: number): void {
  const width = doc.page.width;
  doc.save();
  doc.moveTo(0, y).lineTo(width, y).lineWidth(0.8).dash(4, { space: 3 }).stroke('#000000').undash();
  doc.font(REGULAR).fontSize(6 * s);
  const w = doc.widthOfString(label) + 6;
  const h = doc.currentLineHeight();
  doc.rect((width - w) / 2, y - h / 2, w, h).fill('#ffffff');
  doc.fillColor('#000000').text(label, (width - w) / 2 + 3, y - h / 2 + 0.5, { lineBreak: false });
  doc.restore();
}

/** Draws stub, cut and talon from the top margin; returns where the drawing ended. */
function draw(doc: PDFKit.PDFDocument, stub: Block[], tear: Block[], s: number, cutLabel: string): number {
  const top = doc.page.margins.top;
  drawFlow(doc, stub, s, top);
  const cutY = doc.y + CUT_GAP / 2;
  drawCut(doc, cutY, cutLabel, s);
  drawFlow(doc, tear, s, cutY + CUT_GAP / 2 + 2 * MM);
  return doc.y;
}

export async function renderComplaintTalon(
  t: ComplaintTalonData,
  office: OfficeSettings,
  sheetName: ComplaintTalonSheet,
  lang: Lang,
  createdAt: Date,
): Promise<RenderedPdf> {
  const sheet = SHEETS[sheetName];
  const height = sheet.height as number;
  const stub = stubBlocks(t, office, lang);
  const tear = tearOffBlocks(t, office, lang);
  const cut = COMPLAINT_TEXTS[lang].talon.cut;
  const options = {
    margin: sheet.margin,
    lang,
    title: `${COMPLAINT_TEXTS[lang].talon.title} ${t.journalNumber}`,
    createdAt,
  };
  // Both parts on one sheet: measured on a tall scratch page, the type shrinks until they fit;
  // below 55 % of the usual size it is no longer legible, and that is the floor.
  let s = sheet.scale;
  const smallest = sheet.scale * 0.55;
  for (let i = 0; i < 12; i++) {
    const scratch = newDocument({ ...options, size: [sheet.width, 10_000] });
    const used = draw(scratch, stub, tear, s, cut) + sheet.margin;
    if (used <= height || s <= smallest) break;
    s = Math.max(smallest, s * Math.min(0.97, Math.max(0.8, height / used)));
  }
  const doc = newDocument({ ...options, size: [sheet.width, height] });
  draw(doc, stub, tear, s, cut);
  return endDocument(doc);
}

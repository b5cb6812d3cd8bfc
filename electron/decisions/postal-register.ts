// The postal register (§16 "sent by post"): the list of the day's letters handed to the post
// office — number, outgoing number and date, addressee, address, application number — with
// the lines where the clerk and the post office's clerk sign and the post office stamps. A4.

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { formatLocalDate } from '../../shared/domain/office-time.ts';
import { BOLD, REGULAR } from '../print/fonts.ts';
import { type Block, drawFlow, endDocument, MM, newDocument, type RenderedPdf } from '../print/layout.ts';
import { copyMark, officeHeader } from '../print/office-blocks.ts';
import { fill, type Lang } from '../print/texts.ts';
import { LETTER_TEXTS } from './letter-texts.ts';

export interface RegisterLine {
  outNumber: string;
  letterDate: string;
  addresseeName: string;
  /** The address on one line (the register's column). */
  addresseeAddress: string;
  /** The address line by line in Kazpost's order, for the envelope and the label. */
  addressLines: readonly string[];
  /** What the letter answers, worded: «өтініш № 2026-0001» or «шағым № 2026/001». */
  subject: string;
}

export interface RegisterData {
  date: string;
  letters: readonly RegisterLine[];
  clerk: string;
  copy: boolean;
}

const S = 1.3;
const FONT = 9;
const PAD = 1.2 * MM;

/** Column widths in mm; they add up to the A4 width inside 20 mm margins. */
const COLUMNS = [
  { key: 'number', width: 9 },
  { key: 'outNumber', width: 27 },
  { key: 'addressee', width: 42 },
  { key: 'address', width: 52 },
  { key: 'application', width: 20 },
  { key: 'mark', width: 20 },
] as const;

function drawRow(doc: PDFKit.PDFDocument, cells: readonly string[], bold: boolean, top: number): number {
  const left = doc.page.margins.left;
  doc.font(bold ? BOLD : REGULAR).fontSize(FONT);
  const heights = cells.map(
    (c, i) => doc.heightOfString(c, { width: (COLUMNS[i]?.width ?? 20) * MM - 2 * PAD }) + 2 * PAD,
  );
  const h = Math.max(...heights);
  let x = left;
  cells.forEach((c, i) => {
    const w = (COLUMNS[i]?.width ?? 20) * MM;
    doc.rect(x, top, w, h).lineWidth(0.5).stroke('#000000');
    doc.text(c, x + PAD, top + PAD, { width: w - 2 * PAD });
    x += w;
  });
  return top + h;
}

export async function renderPostalRegister(
  r: RegisterData,
  office: OfficeSettings,
  lang: Lang,
  createdAt: Date,
): Promise<RenderedPdf> {
  const t = LETTER_TEXTS[lang].post;
  const doc = newDocument({ size: [210 * MM, 297 * MM], margin: 20 * MM, lang, title: t.title, createdAt });
  const head: Block[] = [
    ...officeHeader(office, lang),
    { kind: 'text', text: t.title, size: 10, bold: true, align: 'center', gap: 0.5 },
    {
      kind: 'text',
      text: fill(t.subtitle, { date: formatLocalDate(r.date) }),
      size: 8,
      align: 'center',
      gap: 4,
    },
    ...copyMark(r.copy, lang),
  ];
  drawFlow(doc, head, S, doc.page.margins.top);
  const header = [t.number, t.outNumber, t.addressee, t.address, t.application, t.mark];
  let y = drawRow(doc, header, true, doc.y);
  const bottom = doc.page.height - doc.page.margins.bottom;
  r.letters.forEach((l, i) => {
    const cells = [
      String(i + 1),
      `${l.outNumber}\n${formatLocalDate(l.letterDate)}`,
      l.addresseeName,
      l.addresseeAddress,
      l.subject,
      '',
    ];
    doc.font(REGULAR).fontSize(FONT);
    const need = Math.max(
      ...cells.map((c, k) => doc.heightOfString(c, { width: (COLUMNS[k]?.width ?? 20) * MM - 2 * PAD })),
    );
    // A row never splits across pages; the header comes again on the next one.
    if (y + need + 2 * PAD > bottom) {
      doc.addPage();
      y = drawRow(doc, header, true, doc.page.margins.top);
    }
    y = drawRow(doc, cells, false, y);
  });
  const foot: Block[] = [
    { kind: 'text', text: fill(t.total, { count: String(r.letters.length) }), size: 8, bold: true, gap: 8 },
    { kind: 'line', label: t.handedOver, caption: r.clerk, size: 8, gap: 8 },
    { kind: 'line', label: t.receivedByPost, size: 8, gap: 8 },
    { kind: 'text', text: t.stamp, size: 7, gap: 0 },
  ];
  drawFlow(doc, foot, S, y + 4 * MM);
  return endDocument(doc);
}

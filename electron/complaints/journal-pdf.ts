// §23: the complaint journal as the paper journal looks — a landscape A4 table, one row a
// complaint in the order of its numbers, the header repeated on every page, the pages numbered,
// and a line for the person who keeps the journal. The same entries feed the XLSX export.

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import type { AnswerChannel, ComplaintAddressee, ComplaintChannel } from '../../shared/domain/complaint.ts';
import { formatLocalDate, formatLocalDateTime } from '../../shared/domain/office-time.ts';
import { BOLD, REGULAR } from '../print/fonts.ts';
import { endDocument, MM, newDocument, type RenderedPdf } from '../print/layout.ts';
import { fill, type Lang } from '../print/texts.ts';
import { COMPLAINT_TEXTS } from './texts.ts';

export type JournalState = 'under_review' | 'overdue' | 'answered' | 'sent' | 'cancelled';

export interface JournalEntry {
  journalNumber: string;
  receivedAt: string;
  channel: ComplaintChannel;
  addressee: ComplaintAddressee;
  complainantName: string;
  complainantIin: string | null;
  complainantAddress: string | null;
  complainantEmail: string | null;
  complainantPhone: string | null;
  applicationRegNumber: string | null;
  employee: string | null;
  summary: string;
  termEnd: string;
  state: JournalState;
  justified: boolean | null;
  satisfied: boolean | null;
  actionTaken: string | null;
  answerDate: string | null;
  answerChannel: AnswerChannel | null;
  outgoingNumber: string | null;
  answeredLate: boolean;
  sentDate: string | null;
  courtDate: string | null;
  courtNote: string | null;
  cancelReason: string | null;
}

export interface JournalHeading {
  from: string | null;
  to: string | null;
  /** The filters besides the period, already in words ("адресаты – …"). */
  filters: string[];
  printedAt: Date;
  printedBy: string;
}

export const JOURNAL_COLUMNS = [
  'number',
  'received',
  'complainant',
  'addressee',
  'concerns',
  'summary',
  'term',
  'outcome',
  'answer',
  'note',
] as const;
export type JournalColumn = (typeof JOURNAL_COLUMNS)[number];

/** Relative widths of the columns; the summary and the people get the room. */
const WIDTHS: Record<JournalColumn, number> = {
  number: 14,
  received: 24,
  complainant: 42,
  addressee: 24,
  concerns: 27,
  summary: 58,
  term: 18,
  outcome: 32,
  answer: 28,
  note: 24,
};

/** Each cell of a journal row as the paper shows it. */
export function journalCells(
  e: JournalEntry,
  office: OfficeSettings,
  lang: Lang,
): Record<JournalColumn, string> {
  const x = COMPLAINT_TEXTS[lang].journal;
  const lines = (...parts: (string | null | false | undefined)[]) => parts.filter(Boolean).join('\n');
  const outcome =
    e.justified === null
      ? e.state === 'cancelled'
        ? ''
        : e.state === 'overdue'
          ? `${x.pending}\n${x.overdue}`
          : x.pending
      : lines(
          !e.justified ? x.unjustified : e.satisfied ? x.justifiedSatisfied : x.justifiedNotSatisfied,
          e.justified && e.actionTaken,
        );
  return {
    number: e.journalNumber,
    received: lines(
      formatLocalDateTime(new Date(e.receivedAt), office.office.timeZone),
      COMPLAINT_TEXTS[lang].channels[e.channel],
    ),
    complainant: lines(
      e.complainantName,
      e.complainantIin && fill(x.iin, { iin: e.complainantIin }),
      e.complainantAddress,
      e.complainantEmail,
      e.complainantPhone,
    ),
    addressee: office.contacts[e.addressee].title[lang],
    concerns: lines(
      e.applicationRegNumber && fill(x.application, { number: e.applicationRegNumber }),
      e.employee && fill(x.employee, { name: e.employee }),
    ),
    summary: e.summary,
    term: formatLocalDate(e.termEnd),
    outcome,
    answer:
      e.answerDate === null
        ? ''
        : lines(
            `${formatLocalDate(e.answerDate)}${e.answerChannel ? `, ${COMPLAINT_TEXTS[lang].answerChannels[e.answerChannel]}` : ''}`,
            e.outgoingNumber && `№ ${e.outgoingNumber}`,
            e.answeredLate && x.late,
            e.sentDate && fill(x.sent, { date: formatLocalDate(e.sentDate) }),
          ),
    note: lines(
      e.courtDate && fill(x.court, { date: formatLocalDate(e.courtDate), note: e.courtNote ?? '' }),
      e.state === 'cancelled' && fill(x.cancelled, { reason: e.cancelReason ?? '' }),
    ),
  };
}

export function periodText(h: Pick<JournalHeading, 'from' | 'to'>, lang: Lang): string {
  const x = COMPLAINT_TEXTS[lang].journal;
  if (h.from && h.to) return fill(x.period, { from: formatLocalDate(h.from), to: formatLocalDate(h.to) });
  if (h.from) return fill(x.periodFrom, { from: formatLocalDate(h.from) });
  if (h.to) return fill(x.periodTo, { to: formatLocalDate(h.to) });
  return x.periodAll;
}

const PAGE = { width: 297 * MM, height: 210 * MM };
const MARGIN = 10 * MM;
const FOOTER = 8 * MM;
const SIZE = 7;
const HEAD_SIZE = 6.5;
const PAD = 1.6;

export async function renderComplaintJournal(
  entries: readonly JournalEntry[],
  heading: JournalHeading,
  office: OfficeSettings,
  lang: Lang,
): Promise<RenderedPdf> {
  const x = COMPLAINT_TEXTS[lang].journal;
  const doc = newDocument({
    size: [PAGE.width, PAGE.height],
    margin: MARGIN,
    lang,
    title: x.title,
    createdAt: heading.printedAt,
  });
  const left = MARGIN;
  const tableWidth = PAGE.width - 2 * MARGIN;
  const bottom = PAGE.height - MARGIN - FOOTER;
  const total = JOURNAL_COLUMNS.reduce((s, c) => s + WIDTHS[c], 0);
  const widths = JOURNAL_COLUMNS.map((c) => (WIDTHS[c] / total) * tableWidth);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((s, w) => s + w, 0));

  const cellHeight = (text: string, width: number, font: string, size: number) => {
    doc.font(font).fontSize(size);
    return text ? doc.heightOfString(text, { width: width - 2 * PAD }) : doc.currentLineHeight();
  };

  const drawRow = (cells: string[], y: number, head: boolean): number => {
    const font = head ? BOLD : REGULAR;
    const size = head ? HEAD_SIZE : SIZE;
    const h = Math.max(...cells.map((t, i) => cellHeight(t, widths[i] as number, font, size))) + 2 * PAD;
    if (head) doc.rect(left, y, tableWidth, h).fill('#e6e6e6').fillColor('#000000');
    cells.forEach((t, i) => {
      doc
        .font(font)
        .fontSize(size)
        .fillColor('#000000')
        .text(t, (xs[i] as number) + PAD, y + PAD, {
          width: (widths[i] as number) - 2 * PAD,
          align: head ? 'center' : 'left',
        });
    });
    doc.lineWidth(0.5).strokeColor('#000000');
    doc.rect(left, y, tableWidth, h).stroke();
    for (const cx of xs.slice(1))
      doc
        .moveTo(cx, y)
        .lineTo(cx, y + h)
        .stroke();
    return h;
  };

  const headCells = JOURNAL_COLUMNS.map((c) => x.columns[c]);
  const rowHeight = (cells: string[], head: boolean) =>
    Math.max(
      ...cells.map((t, i) =>
        cellHeight(t, widths[i] as number, head ? BOLD : REGULAR, head ? HEAD_SIZE : SIZE),
      ),
    ) +
    2 * PAD;

  // Title block, first page only.
  doc
    .font(BOLD)
    .fontSize(12)
    .text(office.office.name[lang], left, MARGIN, { width: tableWidth, align: 'center' });
  doc.moveDown(0.2);
  doc.fontSize(13).text(x.title, { width: tableWidth, align: 'center' });
  doc.font(REGULAR).fontSize(8).text(x.subtitle, { width: tableWidth, align: 'center' });
  doc.moveDown(0.3);
  doc.fontSize(9).text(periodText(heading, lang), { width: tableWidth, align: 'center' });
  if (heading.filters.length) {
    doc
      .fontSize(8)
      .text(fill(x.filters, { filters: heading.filters.join('; ') }), { width: tableWidth, align: 'center' });
  }
  let y = doc.y + 3 * MM;
  y += drawRow(headCells, y, true);

  for (const e of entries) {
    const cells = JOURNAL_COLUMNS.map((c) => journalCells(e, office, lang)[c]);
    const h = rowHeight(cells, false);
    if (y + h > bottom) {
      doc.addPage();
      y = MARGIN;
      y += drawRow(headCells, y, true);
    }
    // A row taller than a whole page is drawn anyway; pdfkit then flows its text onward.
    y += drawRow(cells, y, false);
  }
  if (!entries.length) {
    doc
      .font(REGULAR)
      .fontSize(9)
      .text(x.none, left, y + 3 * MM, { width: tableWidth, align: 'center' });
    y = doc.y;
  }

  // The count and the keeper's line below the table, on a new page when there is no room.
  if (y + 14 * MM > bottom) {
    doc.addPage();
    y = MARGIN;
  }
  doc
    .font(BOLD)
    .fontSize(9)
    .text(fill(x.total, { count: String(entries.length) }), left, y + 3 * MM, { width: tableWidth });
  const lineY = doc.y + 6 * MM;
  doc
    .font(REGULAR)
    .fontSize(9)
    .text(`${x.keeper}:`, left, lineY - 9, { lineBreak: false });
  doc
    .moveTo(left + 40 * MM, lineY)
    .lineTo(left + 100 * MM, lineY)
    .lineWidth(0.6)
    .stroke();

  // Page numbers and who printed it, on every page, once the page count is known.
  const range = doc.bufferedPageRange();
  const printed = fill(x.printed, {
    dateTime: formatLocalDateTime(heading.printedAt, office.office.timeZone),
    name: heading.printedBy,
  });
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const fy = PAGE.height - MARGIN - 4 * MM;
    // The footer sits in the bottom margin: no automatic page break may be triggered by it.
    const keepBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(7)
      .text(printed, left, fy, { width: tableWidth / 2, lineBreak: false });
    doc.text(fill(x.page, { page: String(i + 1), pages: String(range.count) }), left + tableWidth / 2, fy, {
      width: tableWidth / 2,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = keepBottom;
  }
  return endDocument(doc);
}

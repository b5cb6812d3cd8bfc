// The complaint journal (§23) as an XLSX workbook: the columns of the paper journal, with the
// dates as real dates and the outcome split into columns a spreadsheet can filter and count.

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { localDateOf, localTimeOf } from '../../shared/domain/office-time.ts';
import { writeXlsx, type XlsxColumn } from '../export/xlsx.ts';
import type { Lang } from '../print/texts.ts';
import { fill } from '../print/texts.ts';
import { type JournalEntry, type JournalHeading, journalCells, periodText } from './journal-pdf.ts';
import { COMPLAINT_TEXTS } from './texts.ts';

const YES_NO = { kk: { yes: 'иә', no: 'жоқ' }, ru: { yes: 'да', no: 'нет' } } as const;

export const JOURNAL_XLSX_HEADERS = {
  kk: {
    receivedAt: 'Түскен күні мен уақыты',
    channel: 'Түсу тәсілі',
    complainant: 'Шағымданушы',
    iin: 'ЖСН',
    contacts: 'Мекенжайы, эл. пошта, телефоны',
    justified: 'Негізді',
    satisfied: 'Қанағаттандырылды',
    actionTaken: 'Қабылданған шаралар',
    answerDate: 'Жауап күні',
    answerChannel: 'Жауап тәсілі',
    outgoingNumber: 'Шығыс №',
    inTime: 'Мерзімінде',
    sentDate: 'Жіберілген күні',
  },
  ru: {
    receivedAt: 'Дата и время поступления',
    channel: 'Способ поступления',
    complainant: 'Заявитель',
    iin: 'ИИН',
    contacts: 'Адрес, эл. почта, телефон',
    justified: 'Обоснованная',
    satisfied: 'Удовлетворена',
    actionTaken: 'Принятые меры',
    answerDate: 'Дата ответа',
    answerChannel: 'Способ ответа',
    outgoingNumber: 'Исх. №',
    inTime: 'В срок',
    sentDate: 'Дата отправки',
  },
} as const;

export function complaintJournalColumns(office: OfficeSettings, lang: Lang): XlsxColumn<JournalEntry>[] {
  const x = COMPLAINT_TEXTS[lang];
  const h = JOURNAL_XLSX_HEADERS[lang];
  const c = x.journal.columns;
  const yn = (v: boolean | null) => (v === null ? null : v ? YES_NO[lang].yes : YES_NO[lang].no);
  const tz = office.office.timeZone;
  const cells = (e: JournalEntry) => journalCells(e, office, lang);
  return [
    { header: c.number, width: 10, value: (e) => e.journalNumber },
    {
      header: h.receivedAt,
      width: 17,
      kind: 'datetime',
      value: (e) => `${localDateOf(new Date(e.receivedAt), tz)} ${localTimeOf(new Date(e.receivedAt), tz)}`,
    },
    { header: h.channel, width: 16, value: (e) => x.channels[e.channel] },
    { header: h.complainant, width: 28, value: (e) => e.complainantName },
    { header: h.iin, width: 14, value: (e) => e.complainantIin },
    {
      header: h.contacts,
      width: 34,
      value: (e) =>
        [e.complainantAddress, e.complainantEmail, e.complainantPhone].filter(Boolean).join('\n') || null,
    },
    { header: c.addressee, width: 24, value: (e) => cells(e).addressee },
    { header: c.concerns, width: 24, value: (e) => cells(e).concerns || null },
    { header: c.summary, width: 50, value: (e) => e.summary },
    { header: c.term, width: 12, kind: 'date', value: (e) => e.termEnd },
    {
      header: c.outcome,
      width: 20,
      value: (e) => x.journal.states[e.state === 'under_review' ? 'open' : e.state],
    },
    { header: h.justified, width: 12, value: (e) => yn(e.justified) },
    { header: h.satisfied, width: 14, value: (e) => yn(e.satisfied) },
    { header: h.actionTaken, width: 30, value: (e) => e.actionTaken },
    { header: h.answerDate, width: 12, kind: 'date', value: (e) => e.answerDate },
    {
      header: h.answerChannel,
      width: 16,
      value: (e) => (e.answerChannel ? x.answerChannels[e.answerChannel] : null),
    },
    { header: h.outgoingNumber, width: 12, value: (e) => e.outgoingNumber },
    { header: h.inTime, width: 10, value: (e) => (e.answerDate === null ? null : yn(!e.answeredLate)) },
    { header: h.sentDate, width: 12, kind: 'date', value: (e) => e.sentDate },
    { header: c.note, width: 30, value: (e) => cells(e).note || null },
  ];
}

export function writeComplaintJournalXlsx(
  entries: readonly JournalEntry[],
  heading: JournalHeading,
  office: OfficeSettings,
  lang: Lang,
): Promise<Buffer> {
  const x = COMPLAINT_TEXTS[lang].journal;
  return writeXlsx({
    title: x.title,
    creator: 'Qabyldau',
    created: heading.printedAt,
    sheets: [
      {
        name: x.sheet,
        heading: [
          `${x.title} ${x.subtitle}`,
          office.office.name[lang],
          periodText(heading, lang),
          ...(heading.filters.length ? [fill(x.filters, { filters: heading.filters.join('; ') })] : []),
        ],
        columns: complaintJournalColumns(office, lang),
        rows: entries,
        footer: fill(x.total, { count: String(entries.length) }),
      },
    ],
  });
}

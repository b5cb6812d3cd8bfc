// The report on paper as the regional department receives it (§19, the appendix): A4, the
// office, the period, the appendix table — code, indicator, normative value, the year's target
// (§20), the current value with its numerator and denominator, met or not — the volumes, and
// signature lines for the head of the department and the person who prepared it.

import type { Report } from '../../shared/contract/report.ts';
import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { formatLocalDate } from '../../shared/domain/office-time.ts';
import { type Block, type RenderedPdf, renderPdf } from '../print/layout.ts';
import { officeHeader } from '../print/office-blocks.ts';
import type { Lang } from '../print/texts.ts';
import { NO_DATA } from './texts.ts';

/** What the paper needs besides the numbers: the letterhead and who prepared it. */
export interface ReportPaper {
  office: OfficeSettings;
  preparedBy: string;
}

const T = {
  kk: {
    title: 'Мемлекеттік қызмет көрсету сапасы мен қолжетімділігінің көрсеткіштері',
    period: 'Кезең',
    columns: ['Код', 'Көрсеткіш', 'Норматив, %', 'Жыл мақсаты, %', 'Ағымдағы мәні, %', 'Орындалды'],
    noData: 'дерек жоқ',
    yes: 'иә',
    no: 'жоқ',
    board: 'табло бойынша (түскі үзіліссіз)',
    volumes: 'Кезеңдегі көлемдер',
    head: 'Бөлім басшысы',
    preparer: 'Дайындаған',
    signature: 'қолы, аты-жөні',
  },
  ru: {
    title: 'Показатели качества и доступности государственной услуги',
    period: 'Период',
    columns: ['Код', 'Показатель', 'Норматив, %', 'Цель года, %', 'Текущее значение, %', 'Выполнено'],
    noData: 'нет данных',
    yes: 'да',
    no: 'нет',
    board: 'по табло (без обеда)',
    volumes: 'Объёмы за период',
    head: 'Руководитель отдела',
    preparer: 'Подготовил(а)',
    signature: 'подпись, Ф.И.О.',
  },
} as const;

const VOLUME_LINES = {
  kk: (v: Report['volumes']) => [
    `Келушілер: құжат тапсыру — ${v.visitors.hand_in}, нәтиже алу — ${v.visitors.collect}`,
    `Қабылданған өтініштер — ${v.accepted}; қайтарылған келулер — ${v.turnedAway.visits}`,
    `Шешімдер: мақұлданды — ${v.decided.approved}, бас тартылды — ${v.decided.refused}; мерзімі өткен — ${v.overdue}`,
    `Хабарламалар: поштамен — ${v.letters.posted}, қолма-қол — ${v.letters.handedOver}`,
    `Шағымдар: түсті — ${v.complaints.received}, жауап берілді — ${v.complaints.answered}, мерзімі өткен — ${v.complaints.overdue}`,
  ],
  ru: (v: Report['volumes']) => [
    `Посетители: сдача документов — ${v.visitors.hand_in}, получение результата — ${v.visitors.collect}`,
    `Принято заявлений — ${v.accepted}; визитов с возвратом документов — ${v.turnedAway.visits}`,
    `Решения: одобрено — ${v.decided.approved}, отказано — ${v.decided.refused}; просрочено — ${v.overdue}`,
    `Уведомления: почтой — ${v.letters.posted}, на руки — ${v.letters.handedOver}`,
    `Жалобы: поступило — ${v.complaints.received}, дан ответ — ${v.complaints.answered}, просрочено — ${v.complaints.overdue}`,
  ],
} as const;

/** A value as the paper shows it: "50 (2 из 4)", or "no data" — never 0 % for nothing. */
function valueCell(r: Report['rows'][number], lang: Lang): string {
  const t = T[lang];
  if (r.value === null) return r.noData ? `${t.noData}:\n${NO_DATA[lang][r.noData]}` : t.noData;
  const of = lang === 'kk' ? 'ішінен' : 'из';
  const main =
    lang === 'kk'
      ? `${r.value} (${r.denominator} ${of} ${r.numerator})`
      : `${r.value} (${r.numerator} ${of} ${r.denominator})`;
  return r.board && r.board.value !== null ? `${main}\n${t.board}: ${r.board.value}` : main;
}

export function reportBlocks(r: Report, lang: Lang, office: OfficeSettings, preparedBy: string): Block[] {
  const t = T[lang];
  return [
    ...officeHeader(office, lang),
    { kind: 'text', text: t.title, size: 8.5, bold: true, align: 'center', gap: 1 },
    {
      kind: 'text',
      text: `${t.period}: ${formatLocalDate(r.period.from)} — ${formatLocalDate(r.period.to)}`,
      size: 6.5,
      align: 'center',
      gap: 4,
    },
    {
      kind: 'table',
      size: 5,
      columns: [
        { header: t.columns[0], width: 7 },
        { header: t.columns[1], width: 48 },
        { header: t.columns[2], width: 11, align: 'right' },
        { header: t.columns[3], width: 11, align: 'right' },
        { header: t.columns[4], width: 17, align: 'right' },
        { header: t.columns[5], width: 10, align: 'center' },
      ],
      rows: r.rows.map((row) => [
        row.code,
        row.text[lang],
        String(row.normative),
        String(row.target),
        valueCell(row, lang),
        row.met === null ? '—' : row.met ? t.yes : t.no,
      ]),
      gap: 5,
    },
    { kind: 'text', text: t.volumes, size: 6, bold: true, gap: 1 },
    ...VOLUME_LINES[lang](r.volumes).map((text): Block => ({ kind: 'text', text, size: 5.5, gap: 0.5 })),
    { kind: 'rule', gap: 8 },
    { kind: 'line', label: t.head, caption: t.signature, size: 6, gap: 6 },
    { kind: 'line', label: t.preparer, prefilled: preparedBy, caption: t.signature, size: 6 },
  ];
}

export function renderReportPdf(r: Report, lang: Lang, paper: ReportPaper): Promise<RenderedPdf> {
  return renderPdf({
    sheet: 'a4',
    blocks: reportBlocks(r, lang, paper.office, paper.preparedBy),
    lang,
    title: `${T[lang].title} ${r.period.label}`,
    createdAt: new Date(r.generatedAt),
  });
}

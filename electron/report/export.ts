// The report as the files the regional department receives (§19): JSON (what the district
// roll-up adds up: numerators and denominators, never percentages alone), CSV (the table),
// XLSX (one sheet of the table, one per indicator with the records behind its numbers) and the
// A4 PDF of the appendix table with its signature lines (appendix-pdf.ts). The
// same numbers in every format: the tests read each file back against the JSON.

import { createHash } from 'node:crypto';
import type { Report } from '../../shared/contract/report.ts';
import { writeXlsx, type XlsxSheet } from '../export/xlsx.ts';
import type { Lang } from '../print/texts.ts';
import { type ReportPaper, renderReportPdf } from './appendix-pdf.ts';
import { NO_DATA } from './texts.ts';

export type ReportFormat = 'json' | 'csv' | 'xlsx' | 'pdf';

/**
 * JSON with its object keys sorted at every level and no spaces: the same content gives the same
 * text whatever the order of the fields or the indentation of the file (what the signature hashes).
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const contentSha256 = (content: unknown): string =>
  createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');

/**
 * The JSON export: the report without the records behind the numbers and the frozen copy, and a
 * signature block — the sha256 of the canonical JSON of everything else. A file cannot hold the
 * hash of its own bytes (report.send keeps that one in the database); this one lets the district
 * roll-up (merge.ts) refuse a file whose numbers were edited after the export. It is a seal
 * against a changed number, not a proof of who made the file: anyone can compute a sha256.
 */
export function exportedJson(r: Report) {
  const content = {
    kind: 'qabyldau.report',
    office: r.office,
    period: r.period,
    editions: r.editions,
    generatedAt: r.generatedAt,
    rows: r.rows.map(({ records: _r, frozen: _f, ...row }) => row),
    volumes: r.volumes,
  };
  return {
    ...content,
    signature: {
      algorithm: 'sha256',
      of: 'canonical JSON (keys sorted, no spaces) of every field but signature',
      sha256: contentSha256(content),
    },
  };
}

const HEADERS = {
  kk: [
    'Код',
    'Көрсеткіш',
    'Алымы',
    'Бөлімі',
    'Мәні, %',
    'Дерек жоқ',
    'Норматив, %',
    'Жылдың мақсаты, %',
    'Орындалды',
  ],
  ru: [
    'Код',
    'Показатель',
    'Числитель',
    'Знаменатель',
    'Значение, %',
    'Нет данных',
    'Норматив, %',
    'Цель года, %',
    'Выполнено',
  ],
} as const;

const MET = { kk: { yes: 'иә', no: 'жоқ' }, ru: { yes: 'да', no: 'нет' } } as const;

const metText = (met: boolean | null, lang: Lang) => (met === null ? '' : met ? MET[lang].yes : MET[lang].no);

/** The table's cells, one array a row: the CSV's lines and the XLSX's first sheet. */
export function tableCells(r: Report, lang: Lang): (string | number | null)[][] {
  return r.rows.map((row) => [
    row.code,
    row.text[lang],
    row.numerator,
    row.denominator,
    row.value,
    row.noData ? NO_DATA[lang][row.noData] : '',
    row.normative,
    row.target,
    metText(row.met, lang),
  ]);
}

const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",;\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** CSV with a BOM (so Excel reads the Cyrillic as UTF-8), commas, a dot for decimals. */
export function reportCsv(r: Report, lang: Lang): string {
  const lines = [HEADERS[lang], ...tableCells(r, lang)].map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const SHEET = {
  kk: { table: 'Кесте', ref: 'Жазба', date: 'Күні', counted: 'Алымында', note: 'Ескерту', period: 'Кезең' },
  ru: {
    table: 'Таблица',
    ref: 'Запись',
    date: 'Дата',
    counted: 'В числителе',
    note: 'Примечание',
    period: 'Период',
  },
} as const;

export async function reportXlsx(r: Report, lang: Lang): Promise<Buffer> {
  const s = SHEET[lang];
  const heading = [r.office.name[lang], `${s.period}: ${r.period.from} — ${r.period.to}`];
  const kinds = ['text', 'text', 'integer', 'integer', 'number', 'text', 'number', 'number', 'text'] as const;
  const table: XlsxSheet<(string | number | null)[]> = {
    name: s.table,
    heading,
    columns: HEADERS[lang].map((header, i) => ({
      header,
      width: i === 1 ? 60 : 12,
      kind: kinds[i],
      value: (cells) => cells[i] ?? null,
    })),
    rows: tableCells(r, lang),
  };
  const perIndicator = r.rows.map(
    (row): XlsxSheet<Report['rows'][number]['records'][number]> => ({
      name: row.code,
      heading: [`${row.code} ${row.text[lang]}`, row.formula[lang], `${row.numerator} / ${row.denominator}`],
      columns: [
        { header: s.ref, width: 24, value: (x) => x.ref },
        { header: s.date, width: 12, kind: 'date', value: (x) => x.date },
        { header: s.counted, width: 12, value: (x) => metText(x.counted, lang) },
        { header: s.note, width: 30, value: (x) => x.note ?? null },
      ],
      rows: row.records,
    }),
  );
  return writeXlsx({
    title: `${r.office.name[lang]} ${r.period.label}`,
    creator: 'Qabyldau',
    created: new Date(r.generatedAt),
    sheets: [table, ...perIndicator],
  });
}

const MIME: Record<ReportFormat, string> = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  sha256: string;
  contentBase64: string;
  bytes: Buffer;
}

async function bytesOf(r: Report, format: ReportFormat, lang: Lang, paper: ReportPaper): Promise<Buffer> {
  switch (format) {
    case 'json':
      return Buffer.from(`${JSON.stringify(exportedJson(r), null, 2)}\n`, 'utf8');
    case 'csv':
      return Buffer.from(reportCsv(r, lang), 'utf8');
    case 'xlsx':
      return reportXlsx(r, lang);
    case 'pdf':
      return (await renderReportPdf(r, lang, paper)).pdf;
  }
}

export async function exportReport(
  r: Report,
  format: ReportFormat,
  lang: Lang,
  paper: ReportPaper,
): Promise<ExportedFile> {
  const bytes = await bytesOf(r, format, lang, paper);
  return {
    fileName: `report-${r.period.label.replace('..', '_')}.${format}`,
    mimeType: MIME[format],
    sha256: createHash('sha256').update(bytes).digest('hex'),
    contentBase64: bytes.toString('base64'),
    bytes,
  };
}

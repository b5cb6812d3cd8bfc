// A small XLSX writer for the desk's tables (the complaint journal now, the monthly report
// later): sheets of typed columns, a bold frozen header with a filter, column widths, wrapped
// text, and dates that Excel and LibreOffice read as dates in dd.mm.yyyy. exceljs does the file
// format; this module only says what a desk table looks like.
//
// Dates: a spreadsheet date has no time zone. A local date or time of the office is written
// with the same wall-clock numbers (as if it were UTC), so 25.11.2026 10:00 in Almaty reads
// 25.11.2026 10:00 in the cell on any computer.

import type ExcelJS from 'exceljs';
import { lazyModule } from '../kernel/lazy-module.ts';

/** exceljs (220 modules), loaded by the first export (kernel/lazy-module.ts). */
const exceljs = lazyModule<typeof ExcelJS>('exceljs');

export type CellKind = 'text' | 'integer' | 'number' | 'percent' | 'date' | 'datetime';

export interface XlsxColumn<Row> {
  header: string;
  /** Width in characters. */
  width: number;
  kind?: CellKind;
  /**
   * The cell's value: text; a number; a local date 'YYYY-MM-DD' (kind 'date'); a local date and
   * time 'YYYY-MM-DD HH:mm' (kind 'datetime'); a percentage as a number of per cent (kind
   * 'percent', 12.5 → 12,5 %); null for an empty cell.
   */
  value: (row: Row) => string | number | null;
}

export interface XlsxSheet<Row> {
  /** At most 31 characters, none of : \ / ? * [ ] (Excel's rules; longer names are cut). */
  name: string;
  /** Lines above the table (a title, the period, the filters). */
  heading?: readonly string[];
  columns: readonly XlsxColumn<Row>[];
  rows: readonly Row[];
  /** A line below the table ("Барлығы: 12"). */
  footer?: string;
}

export interface XlsxBook {
  title: string;
  creator: string;
  /** The desk's clock: the same data gives the same workbook properties. */
  created: Date;
  // biome-ignore lint/suspicious/noExplicitAny: each sheet has its own row type
  sheets: readonly XlsxSheet<any>[];
}

const FORMATS: Partial<Record<CellKind, string>> = {
  integer: '0',
  number: '0.00',
  percent: '0.00" %"',
  date: 'dd.mm.yyyy',
  datetime: 'dd.mm.yyyy hh:mm',
};

/** A local date or date-time of the office as a spreadsheet date with the same wall-clock numbers. */
export function wallClockDate(local: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/.exec(local);
  if (!m) throw new Error(`not a local date or date-time: ${local}`);
  return new Date(
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)),
  );
}

export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
}

function cellValue(kind: CellKind, v: string | number | null): ExcelJS.CellValue {
  if (v === null || v === '') return null;
  if (kind === 'date' || kind === 'datetime') return wallClockDate(String(v));
  if (kind === 'text') return String(v);
  return typeof v === 'number' ? v : Number(v);
}

export async function writeXlsx(book: XlsxBook): Promise<Buffer> {
  const wb = new (exceljs().Workbook)();
  wb.creator = book.creator;
  wb.lastModifiedBy = book.creator;
  wb.title = book.title;
  wb.created = book.created;
  wb.modified = book.created;
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(sheetName(s.name), {
      pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const cols = s.columns;
    ws.columns = cols.map((c) => ({ width: c.width }));
    for (const line of s.heading ?? []) {
      const row = ws.addRow([line]);
      row.font = { bold: row.number === 1, size: row.number === 1 ? 13 : 11 };
      ws.mergeCells(row.number, 1, row.number, cols.length);
    }
    if (s.heading?.length) ws.addRow([]);
    const header = ws.addRow(cols.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    ws.views = [{ state: 'frozen', ySplit: header.number }];
    for (const r of s.rows) {
      const row = ws.addRow(cols.map((c) => cellValue(c.kind ?? 'text', c.value(r))));
      row.alignment = { wrapText: true, vertical: 'top' };
      cols.forEach((c, i) => {
        const format = FORMATS[c.kind ?? 'text'];
        if (format) row.getCell(i + 1).numFmt = format;
      });
    }
    const last = ws.rowCount;
    ws.autoFilter = { from: { row: header.number, column: 1 }, to: { row: last, column: cols.length } };
    if (s.footer) {
      ws.addRow([]);
      ws.addRow([s.footer]).font = { bold: true };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// The same desk tables as export/xlsx.ts, as CSV for whoever reads the log with other tools:
// RFC 4180 quoting, CRLF, UTF-8 with a byte-order mark (without it Excel on Windows opens
// Kazakh and Russian letters as mojibake), and `;` between cells — the list separator of
// Windows in kk-KZ and ru-RU, so a double click opens it in columns.

import type { XlsxColumn } from './xlsx.ts';

const SEPARATOR = ';';

/**
 * A cell that starts like a formula (= + - @, or a tab or CR before one) is opened by Excel as a
 * formula: a name or an address typed into the desk must never run as one (CSV injection).
 */
function cell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[";\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function writeCsv<Row>(columns: readonly XlsxColumn<Row>[], rows: readonly Row[]): Buffer {
  const lines = [
    columns.map((c) => cell(c.header)),
    ...rows.map((r) => columns.map((c) => cell(c.value(r)))),
  ];
  return Buffer.from(`\uFEFF${lines.map((l) => l.join(SEPARATOR)).join('\r\n')}\r\n`, 'utf8');
}

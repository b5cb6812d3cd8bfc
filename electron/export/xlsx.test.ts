// The desk's XLSX writer, read back with a real reader (exceljs's own, which parses the file)
// and checked as a zip package by `unzip -t`, which knows nothing of exceljs.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetName, wallClockDate, writeXlsx } from './xlsx.ts';

interface Line {
  code: string;
  name: string;
  count: number;
  share: number | null;
  day: string;
}

const LINES: Line[] = [
  { code: '4.1', name: 'Негізделген шағымдар үлесі', count: 4, share: 1.6, day: '2026-11-30' },
  {
    code: '4.2',
    name: 'Доля обоснованных жалоб, удовлетворённых в срок',
    count: 2,
    share: null,
    day: '2026-12-01',
  },
];

async function roundTrip(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('writeXlsx', () => {
  it('writes typed columns under a bold, frozen header, with the heading above and the footer below', async () => {
    const bytes = await writeXlsx({
      title: 'Есеп',
      creator: 'Qabyldau',
      created: new Date('2026-11-30T12:00:00.000Z'),
      sheets: [
        {
          name: 'Көрсеткіштер',
          heading: ['Қараша 2026', 'Жамбыл ауданы'],
          columns: [
            { header: 'Код', width: 8, value: (l: Line) => l.code },
            { header: 'Көрсеткіш', width: 50, value: (l: Line) => l.name },
            { header: 'Саны', width: 8, kind: 'integer', value: (l: Line) => l.count },
            { header: '%', width: 10, kind: 'percent', value: (l: Line) => l.share },
            { header: 'Күні', width: 12, kind: 'date', value: (l: Line) => l.day },
          ],
          rows: LINES,
          footer: 'Барлығы: 2',
        },
      ],
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-xlsx-'));
    try {
      const file = path.join(dir, 'report.xlsx');
      fs.writeFileSync(file, bytes);
      expect(execFileSync('unzip', ['-t', file]).toString()).toContain('No errors detected');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }

    const wb = await roundTrip(bytes);
    expect(wb.creator).toBe('Qabyldau');
    const ws = wb.getWorksheet('Көрсеткіштер') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').value).toBe('Қараша 2026');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').value).toBe('Жамбыл ауданы');
    // Heading, a blank line, then the header on row 4.
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(['Код', 'Көрсеткіш', 'Саны', '%', 'Күні']);
    expect(ws.getCell('A4').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.getCell('C5').value).toBe(4);
    expect(ws.getCell('D5').value).toBe(1.6);
    expect(ws.getCell('D5').numFmt).toBe('0.00" %"');
    expect(ws.getCell('D6').value).toBeNull();
    expect(ws.getCell('E5').value).toEqual(new Date('2026-11-30T00:00:00.000Z'));
    expect(ws.getCell('E5').numFmt).toBe('dd.mm.yyyy');
    expect(ws.getCell('B6').value).toBe('Доля обоснованных жалоб, удовлетворённых в срок');
    expect(ws.getCell('A8').value).toBe('Барлығы: 2');
    expect(ws.getColumn(2).width).toBe(50);
  });

  it('writes a local date and time with the same wall-clock numbers, whatever the machine’s zone', () => {
    expect(wallClockDate('2026-11-25 10:00').toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(wallClockDate('2026-11-25').toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(() => wallClockDate('25.11.2026')).toThrow();
  });

  it('keeps sheet names within Excel’s rules', () => {
    expect(sheetName('Журнал: 01/11–30/11 [2026]')).toBe('Журнал  01 11–30 11  2026 ');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});

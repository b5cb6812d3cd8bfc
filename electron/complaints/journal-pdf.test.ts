// §23: the complaint journal on paper — landscape A4, in the order of the numbers, the header
// on every page, the filters named; and the same journal as XLSX, read back with a real reader.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, TEST_PASSWORD, type TestDesk } from '../../tests/support/context.ts';
import { pdfPageSize, pdfPageToPng, pdfText } from '../../tests/support/poppler.ts';
import { documentFile } from '../print/archive.ts';
import { MM } from '../print/layout.ts';

const OUT = path.resolve(import.meta.dirname, '../../test-artifacts/print');

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
  const head = await desk.ok('users.create', {
    login: 'b.seitkali',
    fullName: 'Бауыржан Сейтқали',
    role: 'head',
    language: 'kk',
    password: TEST_PASSWORD,
  });
  const clerk = await desk.ok('users.create', {
    login: 'a.clerk',
    fullName: 'Айгерім Нұрланова',
    role: 'clerk',
    language: 'kk',
    password: TEST_PASSWORD,
  });
  // A month of the journal: post that came earlier, an e-mail, a courier's letter, one answered.
  await desk.signInAs(clerk);
  const first = await desk.ok(
    'complaints.register',
    emailComplaint({ channel: 'post', addressee: 'deputy', received: { date: '2026-11-20', time: '11:30' } }),
  );
  await desk.ok('complaints.register', emailComplaint());
  await desk.ok(
    'complaints.register',
    emailComplaint({
      channel: 'courier',
      addressee: 'regional',
      complainant: { name: 'Өмірбекова Іңкәр Һадиқызы', address: 'Пресновка ауылы, Шұғыла көшесі, 4' },
      summary: 'Баламның құжаттарын қабылдағанда кезексіз адамдар кіргізілді.',
    }),
  );
  await desk.signInAs(head);
  await desk.ok('complaints.recordOutcome', {
    id: first.id,
    justified: true,
    satisfied: true,
    actionTaken: 'Маманға ескерту жасалды.',
    answerText: 'Шағымыңыз қанағаттандырылды.',
    answerChannel: 'post',
    outgoingNumber: '03-12/140',
  });
  await desk.signInAs(clerk);
});
afterEach(() => desk.close());

describe('the complaint journal as PDF', () => {
  it('prints the journal on landscape A4 in the order of its numbers, with the outcome and the answer', async () => {
    const doc = await desk.ok('complaints.printJournal', {
      from: '2026-11-01',
      to: '2026-11-30',
      lang: 'kk',
    });
    const pdf = fs.readFileSync(documentFile(desk.ctx, doc.id));
    pdfPageToPng(pdf, path.join(OUT, 'complaint-journal-kk.png'));
    expect(doc).toMatchObject({ kind: 'complaint_journal', layout: 'a4-landscape', lang: 'kk' });
    const size = pdfPageSize(pdf);
    expect([size.width / MM, size.height / MM].map(Math.round)).toEqual([297, 210]);
    const text = pdfText(pdf);
    expect(text).toContain('ШАҒЫМДАРДЫ ЕСЕПКЕ АЛУ ЖУРНАЛЫ');
    expect(text).toContain('Кезең: 01.11.2026 – 30.11.2026');
    expect(text.indexOf('2026/001')).toBeLessThan(text.indexOf('2026/002'));
    expect(text.indexOf('2026/002')).toBeLessThan(text.indexOf('2026/003'));
    expect(text).toContain('20.11.2026 11:30');
    // Cells wrap: the words of one cell are read back in order, not necessarily side by side.
    expect(text).toMatch(/негізді,.*қанағаттандырылды/);
    expect(text).toContain('№ 03-12/140');
    expect(text).toContain('Өмірбекова Іңкәр Һадиқызы');
    expect(text).toContain('Барлығы: 3');
    expect(text).toContain('1-бет, барлығы 1');
  });

  it('names the filters, and repeats the header on every page of a long journal', async () => {
    for (let i = 0; i < 30; i++) await desk.ok('complaints.register', emailComplaint());
    const doc = await desk.ok('complaints.printJournal', { status: 'open', channel: 'email', lang: 'ru' });
    const pdf = fs.readFileSync(documentFile(desk.ctx, doc.id));
    expect(doc.pages).toBeGreaterThan(1);
    const text = pdfText(pdf);
    expect(text).toContain('Отбор: состояние – на рассмотрении; способ поступления – по электронной почте');
    expect(text).not.toContain('2026/001 ');
    // Every page that carries rows carries the header too.
    for (let page = 1; page <= doc.pages; page++) {
      const pageText = execFileSync(
        'pdftotext',
        ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', '-', '-'],
        {
          input: pdf,
        },
      ).toString('utf8');
      if (pageText.includes('2026/0'))
        expect(pageText, `page ${page}`).toContain('Краткое содержание жалобы');
    }
    expect(text).toContain(`Страница ${doc.pages} из ${doc.pages}`);
    expect(text).toContain('Всего: 31');
  });
});

describe('the complaint journal as XLSX', () => {
  it('opens in a real XLSX reader with the journal’s columns, dates as dates and the outcome', async () => {
    const out = await desk.ok('complaints.exportXlsx', { from: '2026-11-01', to: '2026-11-30', lang: 'ru' });
    expect(out).toMatchObject({ fileName: 'zhurnal-zhalob-2026-11-25.xlsx', rows: 3 });
    const bytes = Buffer.from(out.contentBase64, 'base64');
    fs.mkdirSync(path.resolve(OUT, '..', 'export'), { recursive: true });
    fs.writeFileSync(path.resolve(OUT, '..', 'export', out.fileName), bytes);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Журнал жалоб');
    expect(ws).toBeDefined();
    const sheet = ws as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('ЖУРНАЛ УЧЁТА ЖАЛОБ (пункт 23 стандарта)');
    expect(sheet.getCell('A3').value).toBe('Период: 01.11.2026 – 30.11.2026');
    // The header row, then one row a complaint in the order of the numbers.
    const headerRow = [...Array(sheet.rowCount).keys()]
      .map((i) => sheet.getRow(i + 1))
      .find((r) => r.getCell(1).value === '№') as ExcelJS.Row;
    const headers = (headerRow.values as unknown[]).slice(1);
    expect(headers).toContain('Дата и время поступления');
    expect(headers).toContain('Обоснованная');
    const col = (name: string) => headers.indexOf(name) + 1;
    const rows = [1, 2, 3].map((i) => sheet.getRow(headerRow.number + i));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(['2026/001', '2026/002', '2026/003']);
    const first = rows[0] as ExcelJS.Row;
    // 20.11.2026 11:30 in the office, as the same wall-clock numbers.
    expect(first.getCell(col('Дата и время поступления')).value).toEqual(
      new Date('2026-11-20T11:30:00.000Z'),
    );
    expect(first.getCell(col('Дата и время поступления')).numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(first.getCell(col('Срок рассмотрения')).value).toEqual(new Date('2026-12-11T00:00:00.000Z'));
    expect(first.getCell(col('Обоснованная')).value).toBe('да');
    expect(first.getCell(col('Удовлетворена')).value).toBe('да');
    expect(first.getCell(col('Исх. №')).value).toBe('03-12/140');
    expect(first.getCell(col('Способ поступления')).value).toBe('по почте');
    expect((rows[2] as ExcelJS.Row).getCell(col('Заявитель')).value).toBe('Өмірбекова Іңкәр Һадиқызы');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow.number });
    const audit = desk.audit({ entity: 'complaint_journal' });
    expect(audit[0]).toMatchObject({
      action: 'complaints.exportXlsx',
      after: { rows: 3, fileName: out.fileName },
    });
  });
});

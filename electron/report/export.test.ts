// The report's files read back against its JSON, and what "sent" freezes: the numbers exported,
// with the file's sha256; a later correction shows beside the frozen value, never instead of it.

import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrozenRow } from '../../shared/domain/report/report.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { signInAs } from '../../tests/support/decisions.ts';
import { pdfPageSize, pdfText } from '../../tests/support/poppler.ts';
import { at, type ScriptedMonth, scriptNovember } from '../../tests/support/report-month.ts';

let desk: TestDesk;
let month: ScriptedMonth;

beforeAll(async () => {
  desk = await openTestDesk({ now: at('2026-11-02', '09:00') });
  month = await scriptNovember(desk);
}, 60_000);
afterAll(() => desk.close());

/** A row of the JSON export: the frozen numbers' shape, and whether the target was met. */
type JsonRow = FrozenRow & { met: boolean | null };

async function json(): Promise<{ rows: JsonRow[]; period: { label: string } }> {
  const f = await desk.ok('report.export', { period: '2026-11', format: 'json' });
  return JSON.parse(Buffer.from(f.contentBase64, 'base64').toString('utf8'));
}

/** The table's numbers as the JSON has them, for comparing with a file read back. */
const numbers = (rows: JsonRow[]) =>
  rows.map((r) => [r.code, r.numerator, r.denominator, r.value, r.normative, r.target]);

/** A CSV reader for the test: quoted cells with doubled quotes, CRLF lines. */
function parseCsv(text: string): string[][] {
  const cellPattern = /("(?:[^"]|"")*"|[^,]*)(,|$)/gy;
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const cells: string[] = [];
      cellPattern.lastIndex = 0;
      for (;;) {
        const m = cellPattern.exec(line) as RegExpExecArray;
        const raw = m[1] as string;
        cells.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
        if (m[2] === '') break;
      }
      return cells;
    });
}

describe('the report exported', () => {
  it('writes the JSON with every row numerator, denominator, value and the year values', async () => {
    const j = await json();
    expect(j.period.label).toBe('2026-11');
    expect(numbers(j.rows)).toContainEqual(['1.1', 2, 4, 50, 98, 95]);
    expect(numbers(j.rows)).toContainEqual(['3.3', 7, 15, 46.67, 47, 47]);
    expect(j.rows.find((r) => r.code === '2.1')).not.toHaveProperty('records');
  });

  it('writes a CSV that reads back equal to the JSON', async () => {
    const f = await desk.ok('report.export', { period: '2026-11', format: 'csv', lang: 'ru' });
    expect(f.fileName).toBe('report-2026-11.csv');
    const text = Buffer.from(f.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header?.[1]).toBe('Показатель');
    expect(rows[0]?.[1]).toBe(
      'Доля случаев предоставления услуги в установленный срок с момента сдачи документов',
    );
    const num = (s: string | undefined) => (s === '' || s === undefined ? null : Number(s));
    expect(rows.map((r) => [r[0], num(r[2]), num(r[3]), num(r[4]), num(r[6]), num(r[7])])).toEqual(
      numbers((await json()).rows),
    );
  });

  it('writes an XLSX whose table reads back equal to the JSON, with a sheet of records per indicator', async () => {
    const f = await desk.ok('report.export', { period: '2026-11', format: 'xlsx', lang: 'kk' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.contentBase64, 'base64') as unknown as ArrayBuffer);
    const table = wb.getWorksheet('Кесте');
    if (!table) throw new Error('no table sheet');
    const read: unknown[][] = [];
    table.eachRow((r) => {
      const v = r.values as unknown[];
      if (typeof v[1] === 'string' && /^\d\.\d$/.test(v[1]))
        read.push([v[1], v[3], v[4], v[5] ?? null, v[7], v[8]]);
    });
    expect(read).toEqual(numbers((await json()).rows));
    const j = await json();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Кесте', ...j.rows.map((r) => r.code)]);
    // 1.1's sheet lists its four applications under the heading lines.
    const s11 = wb.getWorksheet('1.1');
    const refs: string[] = [];
    s11?.eachRow((r) => {
      const v = (r.values as unknown[])[1];
      if (typeof v === 'string' && /^\d{4}-\d{4}$/.test(v)) refs.push(v);
    });
    expect(refs).toEqual(
      [month.apps.a1, month.apps.a2, month.apps.a3, month.apps.a4].map((a) => a.regNumber),
    );
  });
});

describe('the report on paper', () => {
  it('prints the A4 appendix table with every code and value, the period and the signature lines', async () => {
    await signInAs(desk, month.staff.clerk);
    const f = await desk.ok('report.export', { period: '2026-11', format: 'pdf', lang: 'ru' });
    const pdf = Buffer.from(f.contentBase64, 'base64');
    const size = pdfPageSize(pdf);
    expect([Math.round(size.width), Math.round(size.height), size.pages]).toEqual([595, 842, 1]);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Период: 01.11.2026 — 30.11.2026');
    const j = await json();
    for (const r of j.rows) {
      expect(text, r.code).toContain(`${r.code} `);
      expect(text, r.code).toContain(`${r.value} (${r.numerator} из ${r.denominator})`);
    }
    // 1.2 with the board's reading beside it, labelled.
    expect(text).toContain('по табло (без обеда): 75');
    expect(text).toContain('Руководитель отдела');
    expect(text).toContain(`Подготовил(а): ${month.staff.clerk.fullName}`);
  });

  it('prints "no data" for a month without records, never 0 %', async () => {
    const f = await desk.ok('report.export', { period: '2026-08', format: 'pdf', lang: 'kk' });
    const text = pdfText(Buffer.from(f.contentBase64, 'base64'));
    expect(text.match(/дерек жоқ:/g)).toHaveLength(12);
    expect(text).toContain('сауалнамаға жауап жоқ');
    expect(text).toContain('басшы енгізбеген');
  });
});

describe('a sent report', () => {
  it('is frozen with its sha256; a later correction and a new target show beside the frozen values', async () => {
    await signInAs(desk, month.staff.head);
    const sent = await desk.ok('report.send', { period: '2026-11', format: 'json' });
    const bytes = Buffer.from(sent.contentBase64, 'base64');
    expect(sent.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    let r = await desk.ok('report.build', { period: '2026-11' });
    expect(r.sent).toMatchObject({ id: sent.sentId, sha256: sent.sha256, changed: false });
    expect(r.rows.every((x) => x.frozen === null)).toBe(true);

    // A paper form for A-002's visit typed in after sending: 2.1 goes from 2 of 3 to 3 of 4.
    const { code } = await desk.ok('survey.visitCode', { ticketId: month.tickets['A-002'] });
    await desk.ok('survey.answer', {
      visitCode: code,
      source: 'paper',
      answers: [{ question: '2.1', answer: 5 }],
    });
    // And 2026's target of 5.1 is set after sending.
    await desk.ok('report.setTarget', { year: 2026, code: '5.1', normative: 89, target: 80 });

    r = await desk.ok('report.build', { period: '2026-11' });
    const r21 = r.rows.find((x) => x.code === '2.1');
    expect(r21).toMatchObject({ numerator: 3, denominator: 4, value: 75 });
    expect(r21?.frozen).toEqual({ numerator: 2, denominator: 3, value: 66.67, normative: 85, target: 85 });
    const r51 = r.rows.find((x) => x.code === '5.1');
    expect(r51).toMatchObject({ target: 80 });
    expect(r51?.frozen).toMatchObject({ target: 89 });
    expect(r.rows.filter((x) => x.frozen !== null).map((x) => x.code)).toEqual(['2.1', '5.1']);
    expect(r.sent).toMatchObject({ id: sent.sentId, sha256: sent.sha256, changed: true });
    // The audit log keeps who sent it.
    const log = desk.audit({ entity: 'sent_report', entityId: sent.sentId, kind: 'write' });
    expect(log.map((e) => e.action)).toEqual(['report.send']);
  });
});

// The monthly report in the browser mode (§19, §20, the appendix): the demo month (November
// 2026, made by `demo-data` through the handlers) read by the head on Wednesday 2 December —
// the screen opens on November by itself — 1.1's number clicked through to the late
// applications and on to one of them, then the report taken away as PDF and XLSX. Screenshots
// at the office's two screen sizes.

import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, fillDemoDataDir } from '../../electron/cli/demo-data.ts';
import { fixedClock } from '../../electron/kernel/context.ts';
import { type E2eDesk, openE2eDesk } from './browser.ts';
import { pdfPage1Png, pdfText } from './pdf.ts';
import { ui } from './ui-expect.ts';

// Wednesday 2.12.2026, 10:00 in the office (UTC+5): November's terms are all over.
const clock = fixedClock('2026-12-02T05:00:00.000Z');
let desk: E2eDesk;

beforeAll(async () => {
  desk = await openE2eDesk({
    clock,
    width: 1366,
    height: 768,
    prepare: (dataDir) => fillDemoDataDir(dataDir, {}, () => {}),
  });
}, 120_000);
afterAll(async () => {
  await desk?.close();
});

async function downloaded(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const download = desk.page.waitForEvent('download');
  await click();
  const d = await download;
  return { name: d.suggestedFilename(), bytes: fs.readFileSync((await d.path()) as string) };
}

describe('the monthly report in the browser mode', () => {
  it('opens on last month for the head, with the demo month’s 1.1 as 34 of 38', async () => {
    const { page } = desk;
    await page.getByLabel('Логин').fill('bolat');
    await page.getByLabel('Құпиясөз', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Кіру', exact: true }).click();
    await ui.visible(page.getByRole('navigation'));
    await desk.place('Есептер');
    const table = page.getByRole('table', { name: 'Көрсеткіштер' });
    await ui.visible(table);
    await ui.visible(page.getByText('Кезең: 01.11.2026 – 30.11.2026'));
    const r11 = table.locator('tr[data-code="1.1"]');
    await ui.text(r11, '34 ішінен 38');
    await ui.text(r11, '89,47 %');
    await ui.text(r11, '✗ орындалмады');
    await ui.text(table.locator('tr[data-code="3.3"]'), 'Бөлім бастығы бұл кезеңге әлі енгізбеген');
    await ui.visible(page.getByRole('img', { name: /1\.1 көрсеткішінің 12 айлық серпіні/ }));
    await desk.screenshot('report-01-november-1366x768');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await desk.screenshot('report-02-november-1920x1080');
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('clicks 1.1’s number through to its late applications and opens one', async () => {
    const { page } = desk;
    const table = page.getByRole('table', { name: 'Көрсеткіштер' });
    await table.getByRole('button', { name: '1.1, есепке алынбаған: 4' }).click();
    const records = page.getByRole('table', { name: '1.1 — сандардың артындағы жазбалар' });
    await ui.visible(records);
    expect(await records.locator('tbody tr').count()).toBe(4);
    await ui.text(records.locator('tbody tr').first(), 'хабарланбаған');
    await desk.screenshot('report-03-records-behind-1.1');
    const first = records.locator('tbody tr').first().getByRole('button');
    const regNumber = ((await first.textContent()) ?? '').trim();
    expect(regNumber).toMatch(/^2026-\d{4}$/);
    await first.click();
    await ui.visible(page.getByRole('heading', { name: `Өтініш № ${regNumber}` }));
    const applications = page.getByRole('navigation').getByRole('button', { name: 'Өтініштер' });
    await expect.poll(() => applications.getAttribute('aria-current')).toBe('page');
  });

  it('exports the report as PDF and XLSX', async () => {
    const { page } = desk;
    await desk.place('Есептер');
    await ui.visible(page.getByRole('table', { name: 'Көрсеткіштер' }));
    const pdf = await downloaded(() =>
      page.getByRole('button', { name: 'Есепті PDF ретінде жүктеп алу' }).click(),
    );
    expect(pdf.name).toMatch(/\.pdf$/);
    const text = pdfText(pdf.bytes).replace(/\s+/g, ' ');
    pdfPage1Png(pdf.bytes, 'report-2026-11');
    for (const code of ['1.1', '1.2', '2.1', '2.2', '3.1', '3.2', '3.3', '4.1', '4.2', '4.3', '4.4', '5.1'])
      expect(text).toContain(code);
    expect(text).toMatch(/89[,.]47/);
    const xlsx = await downloaded(() =>
      page.getByRole('button', { name: 'Есепті XLSX ретінде жүктеп алу' }).click(),
    );
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.length).toBeGreaterThan(1);
    const cells = JSON.stringify(book.worksheets[0]?.getSheetValues());
    expect(cells).toContain('1.1');
    await ui.visible(page.getByText(/^Файл сақталды: /));
  });

  it('lets the head set a target, enter 3.3 and send the month, which then shows as sent', async () => {
    const { page } = desk;
    await page.getByText('Бөлім бастығы үшін: мақсаттар (20-тармақ) және 3.3').click();
    await ui.visible(page.getByRole('table', { name: '2026 жылдың нормативтері мен мақсаттары' }));
    await page.getByLabel('1.1: Мақсат, %').fill('89');
    await page.getByRole('button', { name: 'Сақтау 1.1' }).click();
    await ui.visible(page.getByText('1.1: сақталды'));
    const table = page.getByRole('table', { name: 'Көрсеткіштер' });
    await ui.text(table.locator('tr[data-code="1.1"]'), '✓ орындалды');
    await page.getByLabel('Жарияланған бөліктер').fill('7');
    await page.getByLabel('Барлық бөліктер').fill('15');
    await page.getByLabel('Дереккөзі (сайт, бөлім)').fill('zhambyl.gov.kz, «Мемлекеттік қызметтер»');
    await page.getByRole('button', { name: 'Енгізу' }).click();
    await ui.text(table.locator('tr[data-code="3.3"]'), '46,67 %');
    await page.getByRole('button', { name: 'Жіберу (кезеңді бекіту)…' }).click();
    const sent = await downloaded(() => page.getByRole('button', { name: 'Жіберу және бекіту' }).click());
    expect(sent.name).toMatch(/\.pdf$/);
    await ui.visible(page.getByText(/^Бұл кезеңнің есебі жіберілген: 02\.12\.2026/));
    await ui.visible(table.getByRole('columnheader', { name: 'Жіберілгені' }));
    await desk.screenshot('report-04-sent-with-head-tools');
  });
});

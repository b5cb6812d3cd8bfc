// The complaint journal in the browser mode (§21–§23): the clerk registers a complaint that came
// by e-mail with its scanned letter and hands over the tear-off talon; the head finds it, records
// it as justified and satisfied, prints the answer, and the clerk records that the answer went
// out from the office's mail client. A complaint left past its term is on top of the head's
// screen; the journal leaves as XLSX.

import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { pdfText } from '../support/poppler.ts';
import { fillPostalAddress } from './address.ts';
import { E2E_PASSWORD, type E2eDesk, openE2eDesk } from './browser.ts';
import { pdfPage1Png } from './pdf.ts';
import { ui } from './ui-expect.ts';

// Wednesday 25.11.2026, 10:00 in the office (UTC+5): 15 working days → Thursday 17.12.2026
// (16 December, Independence Day, is skipped).
const clock = fixedClock('2026-11-25T05:00:00.000Z');
let desk: E2eDesk;

beforeAll(async () => {
  desk = await openE2eDesk({ clock });
});
afterAll(async () => {
  await desk?.close();
});

/** A scanned letter: a PNG of a little over 3 MB, larger than an ordinary request may be. */
function scannedLetter(): Buffer {
  const body = Buffer.alloc(3_200_000);
  for (let i = 0; i < body.length; i++) body[i] = (i * 131 + 17) % 256;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), body]);
}

describe('the complaint journal in the browser mode', () => {
  it('sets up the office: the administrator, a clerk and the head of the department', async () => {
    const { page } = desk;
    await desk.firstStart('admin', 'Ерлан Жақсылықов');
    // Signed in as the first (admin) user, who may create the others.
    await desk.api('users.create', {
      login: 'a.nurlanova',
      fullName: 'Айгерім Нұрланова',
      role: 'clerk',
      language: 'kk',
      password: E2E_PASSWORD,
    });
    await desk.api('users.create', {
      login: 'b.seitkali',
      fullName: 'Бауыржан Сейтқали',
      role: 'head',
      language: 'kk',
      password: E2E_PASSWORD,
    });
    await desk.sitDown('a.nurlanova');
    await ui.text(page.locator('.clerk'), 'Айгерім Нұрланова');
  });

  it('registers an e-mail complaint with its scanned letter and hands over the tear-off talon', async () => {
    const { page } = desk;
    await desk.place(/^Шағымдар/);
    await ui.visible(page.getByRole('heading', { name: 'Шағымдар журналы' }));
    await page.getByRole('button', { name: 'Шағымды тіркеу' }).click();
    await ui.text(page.getByTestId('complaint-term-preview'), '17.12.2026 дейін');
    await page.getByRole('radio', { name: 'Электрондық пошта' }).check();
    await page.getByRole('radio', { name: 'Бөлім бастығы', exact: true }).check();
    await page.getByLabel('Шағымданушының аты-жөні').fill('Қасымова Гүлнәр Әбілқызы');
    await page.getByLabel('Электрондық поштасы').fill('gulnar.kassymova@example.kz');
    await fillPostalAddress(page, 'complainant.postalAddress');
    await page.getByLabel(/^Қызметкер/).fill('Нұрланова А. С.');
    await page
      .getByLabel('Шағымның қысқаша мазмұны')
      .fill('Маман 20.11.2026 құжаттарымды қабылдаудан негізсіз бас тартты және дөрекі сөйледі.');
    await page.getByLabel('Файл қосу').setInputFiles({
      name: 'Шағым хаты.png',
      mimeType: 'image/png',
      buffer: scannedLetter(),
    });
    await desk.screenshot('complaints-01-register');

    const talon = await desk.printedPdf(() =>
      page.getByRole('button', { name: 'Тіркеу және талонды басу' }).click(),
    );
    const text = pdfText(talon);
    expect(text).toContain('ЖЫРТПАЛЫ ТАЛОН');
    expect(text).toContain('2026/001');
    expect(text).toContain('25.11.2026 10:00');
    expect(text).toContain('17.12.2026 дейін');
    expect(text).toContain('Айгерім Нұрланова');
    pdfPage1Png(talon, 'e2e-complaint-talon');

    await ui.visible(page.getByRole('heading', { name: 'Шағым № 2026/001' }));
    await ui.text(page.getByTestId('complaint-received'), '25.11.2026 10:00');
    await ui.text(page.getByTestId('complaint-term'), '17.12.2026');
    await ui.visible(page.getByText('Шағым хаты.png'));
    // The clerk registers and prints; the outcome is the head's.
    await ui.visible(page.getByText(/Қарау нәтижесін тек бөлім бастығы/));
    await desk.screenshot('complaints-02-registered');
  });

  it('gives the scanned letter back byte for byte', async () => {
    const { page } = desk;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ашу: Шағым хаты.png' }).click();
    const file = await (await download).path();
    expect(fs.readFileSync(file).equals(scannedLetter())).toBe(true);
  });

  it('lets the head record a justified, satisfied outcome and print the answer', async () => {
    const { page } = desk;
    await desk.sitDown('b.seitkali');
    await desk.place(/^Шағымдар/);
    await page.getByRole('button', { name: '2026/001' }).click();
    await ui.visible(page.getByRole('heading', { name: 'Шағым № 2026/001' }));
    await page.getByRole('radio', { name: 'Иә, негізді' }).check();
    await page.getByRole('radio', { name: 'Иә, қанағаттандырылды' }).check();
    await page
      .getByLabel('Қабылданған шаралар')
      .fill('Маманға тәртіптік ескерту жасалды; құжаттар 26.11.2026 қабылданды.');
    await page
      .getByLabel('Жауап мәтіні (хатқа жазылады)')
      .fill(
        'Сіздің шағымыңыз бойынша тексеру жүргізілді. Маманның әрекеті стандарттың 12-тармағына сәйкес келмеген.',
      );
    await page.getByRole('radio', { name: 'Электрондық поштамен' }).check();
    await page.getByRole('button', { name: 'Нәтижені сақтау' }).click();
    await ui.text(page.getByTestId('complaint-outcome'), 'Негізді, қанағаттандырылды');
    // Nothing leaves the machine from this program: the answer is attached in the mail client.
    await ui.visible(page.getByText(/Бағдарлама ешнәрсе жібермейді/));
    await desk.screenshot('complaints-03-outcome');

    const answer = await desk.printedPdf(() =>
      page.getByRole('button', { name: 'Жауап хатын басу (A4, терезелі конвертке)' }).click(),
    );
    const text = pdfText(answer);
    expect(text).toContain('ШАҒЫМҒА ЖАУАП');
    expect(text).toContain('шағымыңызға (журнал № 2026/001)');
    expect(text).toContain('негізді деп танылды және қанағаттандырылды');
    expect(text).toContain('Эл. пошта: gulnar.kassymova@example.kz');
    expect(text).toContain('Бауыржан Сейтқали');
    pdfPage1Png(answer, 'e2e-complaint-answer');
  });

  it('records that the answer went out by e-mail', async () => {
    const { page } = desk;
    await desk.sitDown('a.nurlanova');
    await desk.place(/^Шағымдар/);
    await page.getByRole('button', { name: '2026/001' }).click();
    await page.getByRole('button', { name: 'Жіберілді деп белгілеу' }).click();
    await ui.text(page.getByTestId('complaint-dispatch'), 'gulnar.kassymova@example.kz');
    await ui.text(page.locator('.state'), 'жауап жіберілді');
  });

  it('puts a complaint left past its term on top of the head’s screen', async () => {
    const { page } = desk;
    // A letter that came by post on 2 November and was never answered: its term ended 23.11.
    await desk.api('complaints.register', {
      channel: 'post',
      addressee: 'deputy',
      received: { date: '2026-11-02', time: '11:20' },
      complainant: { name: 'Иванов Пётр Сергеевич', address: 'с. Пресновка, ул. Абая, 3' },
      summary: 'Жалоба на долгое ожидание в очереди.',
    });
    await desk.sitDown('b.seitkali');
    const banner = page.getByRole('alert').filter({ hasText: 'Жауап мерзімі өткен шағымдар: 1' });
    await ui.visible(banner);
    await desk.screenshot('complaints-04-overdue-banner');
    await banner.getByRole('button', { name: 'Шағымдар журналын ашу' }).click();
    const row = page.getByRole('row', { name: /2026\/002/ });
    await ui.text(row, 'Иванов Пётр Сергеевич');
    await ui.text(row, 'кешікті');
    await desk.screenshot('complaints-05-journal-overdue');
  });

  it('exports the journal as XLSX that opens in a spreadsheet reader', async () => {
    const { page } = desk;
    await page.getByRole('button', { name: 'Іріктеуді тазалау' }).click();
    await page.getByLabel('Түскен күні: бастап').fill('01.11.2026');
    await page.getByLabel('дейін', { exact: true }).fill('30.11.2026');
    await ui.visible(page.getByTestId('indicator-4.1'));
    await desk.screenshot('complaints-06-journal');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'XLSX жүктеу' }).click();
    const file = await (await download).path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const values = ws
      .getSheetValues()
      .flatMap((r) => (Array.isArray(r) ? r : []))
      .map(String);
    expect(values).toContain('2026/001');
    expect(values).toContain('2026/002');
    expect(values).toContain('Қасымова Гүлнәр Әбілқызы');
    fs.mkdirSync(path.resolve('test-artifacts/export'), { recursive: true });
    fs.copyFileSync(file, path.resolve('test-artifacts/export/e2e-complaint-journal.xlsx'));
  });
});

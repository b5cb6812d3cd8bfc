// The walk-in queue in the browser mode (§7.2, §7.3, §10): three visitors take tickets, the
// waiting-room screen shows the line, the clerk calls the first, serves her through intake to
// the talon, and the visit is on the board and on the application with its times.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { ADULT } from '../support/people.ts';
import { fillPostalAddress } from './address.ts';
import { ARTIFACTS, type E2eDesk, openE2eDesk } from './browser.ts';
import { pdfText } from './pdf.ts';
import { ui } from './ui-expect.ts';

// Wednesday 25.11.2026, 09:40 in the office (UTC+5).
const clock = fixedClock('2026-11-25T04:40:00.000Z');
let desk: E2eDesk;
let display: Page;

beforeAll(async () => {
  desk = await openE2eDesk({ clock });
});
afterAll(async () => {
  await desk?.close();
});

describe('the walk-in queue in the browser mode', () => {
  it('signs in the first clerk and opens the queue', async () => {
    const { page } = desk;
    await desk.firstStart('a.nurlanova', 'Айгерім Нұрланова');
    await ui.visible(page.getByRole('heading', { name: 'Құжаттарды қабылдау' }));
    await page.getByRole('button', { name: 'Кезек', exact: true }).click();
    await ui.visible(page.getByRole('heading', { name: 'Кезек', level: 1 }));
    await ui.text(page.getByTestId('queue-phase'), 'Қабылдау жүріп жатыр: 09:00–18:00');
  });

  it('issues three tickets in order of arrival and shows each on screen (no receipt printer set)', async () => {
    const { page } = desk;
    const issue = async (name: RegExp, expected: string) => {
      await page.getByRole('button', { name }).click();
      await ui.exactText(page.getByTestId('issued-number'), expected);
      clock.advanceMinutes(4);
    };
    await issue(/A Құжаттарды тапсыру/, 'A-001');
    await issue(/B Нәтижені алу/, 'B-001');
    await issue(/A Құжаттарды тапсыру/, 'A-002');
    await ui.text(page.getByRole('status').filter({ hasText: 'Алдында' }), 'Алдында: 2 адам');
    await ui.text(page.getByText(/Чек принтері көрсетілмеген/), 'талон экранда');
  });

  it('shows the line on the waiting-room screen, its own page behind its own link', async () => {
    display = await desk.context.newPage();
    await display.setViewportSize({ width: 1920, height: 1080 });
    await display.goto(desk.displayUrl);
    await display.waitForURL(new URL('/#/display', desk.url).toString());
    await ui.text(display.locator('.next-list'), 'A-001');
    expect(await display.locator('.next-list li').allTextContents()).toEqual(['A-001', 'B-001', 'A-002']);
    await ui.text(display.getByText('Нөміріңізді күтіңіз'), 'Нөміріңізді күтіңіз');
  });

  it('warns on the board as a wait nears the 20-minute limit and marks it past the limit', async () => {
    const { page } = desk;
    // Issued at 09:40, 09:44 and 09:48; it is 10:01 now: waits of 21, 17 and 13 minutes.
    clock.advanceMinutes(9);
    await page.getByRole('button', { name: 'Баптаулар' }).click();
    await page.getByRole('button', { name: 'Кезек', exact: true }).click();
    const rows = page.getByRole('table', { name: 'Күтуде: 3' }).getByRole('row');
    await ui.text(rows.nth(1), 'шектен асты');
    await ui.text(rows.nth(2), 'шекке жақын');
    await ui.text(rows.nth(3), 'шекте');
    await desk.screenshot('queue-board');
  });

  it('calls the first visitor: the screen shows the number with room No. 8', async () => {
    const { page } = desk;
    await page.getByRole('button', { name: /Келесіні шақыру/ }).click();
    await ui.exactText(page.getByTestId('my-ticket'), 'A-001');
    await ui.exactText(display.getByTestId('now-number'), 'A-001');
    await ui.text(display.locator('.now-room'), '№ 8 кабинет');
    expect(await display.locator('.next-list li').allTextContents()).toEqual(['B-001', 'A-002']);
    // The office clicks the screen once so that the browser lets it chime.
    const sound = display.getByRole('button', { name: /Дыбысты қосу/ });
    if (await sound.count()) await sound.click();
    await ui.absent(display.getByRole('button', { name: /Дыбысты қосу/ }));
    // The highlight of a fresh call is an animation: the picture is taken as it settles.
    await display.screenshot({ path: `${ARTIFACTS}/queue-display-1920x1080.png`, animations: 'disabled' });
  });

  it('serves the visitor through intake to the talon, with the ticket attached', async () => {
    const { page, context } = desk;
    clock.advanceMinutes(1);
    await page.getByRole('button', { name: /Келді — бастау/ }).click();
    await ui.visible(page.getByRole('heading', { name: 'Құжаттарды қабылдау' }));
    await ui.text(page.getByTestId('serving-bar'), 'талон осы қабылдауға тіркелді');
    await page.getByLabel('ЖСН', { exact: true }).fill(ADULT.iin);
    await page.getByLabel('Тегі', { exact: true }).fill(ADULT.lastName);
    await page.getByLabel('Аты', { exact: true }).fill(ADULT.firstName);
    await page.getByLabel(/^Әкесінің аты/).fill(ADULT.middleName);
    await fillPostalAddress(page, 'applicant.postalAddress');
    await page.getByRole('button', { name: 'Барлығын белгілеу' }).click();
    await page.getByLabel('Өтініш беруші келісімге қол қойды').check();
    await desk.screenshot('queue-intake-with-ticket');
    const popup = context.waitForEvent('page');
    clock.advanceMinutes(11);
    await page.getByRole('button', { name: 'Қабылдау және талонды басу' }).click();
    await ui.exactText(page.getByTestId('reg-number'), '2026-0001');
    const talon = await popup;
    const pdf = await (await page.request.get(talon.url())).body();
    expect(pdfText(pdf)).toContain('Қасымова Гүлнәр Әбілқызы');
    await talon.close();
  });

  it('ends the service from the bar; the board keeps the visit with its wait, service time and application', async () => {
    const { page } = desk;
    clock.advanceMinutes(1);
    await page.getByTestId('serving-bar').getByRole('button', { name: 'Қызмет көрсетуді аяқтау' }).click();
    await ui.absent(page.getByTestId('serving-bar'));
    await page.getByRole('button', { name: 'Кезек', exact: true }).click();
    const done = page.getByRole('table', { name: 'Бүгін аяқталғандар' }).getByRole('row');
    await ui.text(done.nth(1), 'A-001');
    // Issued 09:40, called 10:01: 21 minutes, past the limit; called 10:01, ended 10:14: 13.
    await ui.text(done.nth(1), '21 мин ⚠ шектен асты');
    await ui.text(done.nth(1), '13 мин');
    await ui.text(done.nth(1), '2026-0001 өтініш');
    await ui.text(page.getByRole('table', { name: 'Күтуде: 2' }), 'B-001');
    await desk.screenshot('queue-board-after-service');
  });

  it('shows the queue visit on the application', async () => {
    const { page } = desk;
    await page.getByRole('button', { name: 'Өтініштер', exact: true }).click();
    await page.getByLabel(/іздеу/i).fill('Қасымова');
    await page.getByRole('row', { name: /2026-0001/ }).click();
    await ui.text(page.locator('.queue-visits'), 'A-001, 25.11.2026 — Құжаттарды тапсыру: күтті 21 мин');
    await ui.text(page.locator('.queue-visits'), 'қызмет көрсету 13 мин');
  });

  it('tells the waiting room at lunch that calling is paused and when it resumes (§10)', async () => {
    clock.set('2026-11-25T08:10:00.000Z'); // 13:10 in the office
    await ui.text(display.locator('.display-pause'), 'Түскі үзіліс');
    await ui.text(display.locator('.display-pause'), 'Вызов продолжится в 14:00');
    expect(await display.locator('.next-list li').allTextContents()).toEqual(['B-001', 'A-002']);
    await display.screenshot({ path: `${ARTIFACTS}/queue-display-lunch-1920x1080.png` });
  });
});

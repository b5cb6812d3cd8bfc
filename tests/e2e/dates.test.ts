// Issue 11: the desk's dates are dd.mm.yyyy whatever the machine's locale. In a browser set to
// English (United States), where `<input type=date>` shows mm/dd/yyyy and 12/01/2026 reads as
// 12 January, a date typed 01.12.2026 is the first of December, and is kept as 2026-12-01.

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { ARTIFACTS, type E2eDesk, openE2eDesk } from './browser.ts';
import { ui } from './ui-expect.ts';

let desk: E2eDesk;
beforeAll(async () => {
  // Wednesday 25.11.2026, 10:00 in the office (UTC+5).
  desk = await openE2eDesk({ locale: 'en-US', clock: fixedClock('2026-11-25T05:00:00.000Z') });
});
afterAll(async () => {
  await desk?.close();
});

describe('dates under an English (US) browser', () => {
  it('keeps a day off typed as 01.12.2026 as the first of December', async () => {
    const { page } = desk;
    expect(await page.evaluate('navigator.language')).toBe('en-US');
    await desk.firstStart('admin', 'Ерлан Жақсылықов');
    await page.getByRole('navigation').getByRole('button', { name: 'Баптаулар' }).click();
    const form = page.getByRole('form', { name: 'Түзету қосу' });
    const date = form.getByLabel('Күні', { exact: true });
    await date.click();
    await page.keyboard.type('01.12.2026');
    await form.getByLabel('Түрі').selectOption('day_off');
    await form.getByLabel(/^Негіздемесі/).fill('ҚР Үкіметінің қаулысы, 20.11.2026');
    await form.getByRole('button', { name: 'Түзету қосу' }).click();
    await ui.visible(page.getByText('01.12.2026').first());

    const year = await desk.api<{ corrections: { date: string; kind: string }[] }>('calendar.year', {
      year: 2026,
    });
    expect(year.corrections).toContainEqual(expect.objectContaining({ date: '2026-12-01', kind: 'day_off' }));
    expect(year.corrections).not.toContainEqual(expect.objectContaining({ date: '2026-01-12' }));
  });

  it('picks a date from the calendar in the desk’s words, not the browser’s', async () => {
    const { page } = desk;
    const form = page.getByRole('form', { name: 'Түзету қосу' });
    await form.getByLabel('Күні', { exact: true }).fill('07.12.2026');
    await form.getByRole('button', { name: 'Күнтізбеден таңдау' }).click();
    const calendar = page.getByRole('dialog', { name: 'желтоқсан 2026' });
    await ui.visible(calendar);
    await ui.text(calendar, 'Дс');
    await page.screenshot({ path: path.join(ARTIFACTS, 'dates-01-calendar-en-US.png') });
    await calendar.getByRole('button', { name: '08.12.2026' }).click();
    expect(await form.getByLabel('Күні', { exact: true }).inputValue()).toBe('08.12.2026');
  });
});

// Settings → Calendar at 1366×768 in the browser mode: next year with the library's holidays,
// the days off moved by the rule and the decree entered by the head, each row with its source,
// and the holiday names following the user's language (issue 11).

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { ARTIFACTS, checkAccessibility, type E2eDesk, openE2eDesk } from './browser.ts';
import { ui } from './ui-expect.ts';

let desk: E2eDesk;
beforeAll(async () => {
  desk = await openE2eDesk({ width: 1366, height: 768, clock: fixedClock('2026-11-25T05:00:00.000Z') });
});
afterAll(async () => {
  await desk?.close();
});

describe('Settings → Calendar, in the browser mode', () => {
  it("shows next year's days with their sources, in Kazakh and then in Russian", async () => {
    const { page } = desk;
    await desk.firstStart('e.zhaksylykov', 'Ерлан Жақсылықов');
    // The government's decree for 2027, entered through its channel as the form sends it.
    await desk.api('calendar.setCorrection', {
      date: '2027-07-05',
      kind: 'day_off',
      note: 'ҚР Үкіметінің 2026 жылғы 20 қарашадағы № 900 қаулысы',
    });
    await desk.place('Баптаулар');
    const section = page.getByRole('region', { name: 'Мекеменің жұмыс күнтізбесі' });
    await section.getByRole('button', { name: '2027 →' }).click();
    const table = section.getByRole('table', { name: '2027 жылдың демалыс және мереке күндері' });
    const row = (date: string) => table.getByRole('row').filter({ hasText: date });
    await ui.text(row('24.03.2027'), 'Наурыз мейрамы: 21.03.2027 орнына');
    await ui.text(row('24.03.2027'), 'Ауыстыру ережесі');
    await ui.text(row('07.01.2027'), 'Православиелік Рождество');
    await ui.text(row('05.07.2027'), '№ 900 қаулысы — енгізген: Ерлан Жақсылықов');
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: path.join(ARTIFACTS, 'calendar-01-settings-2027-kk.png') });
    await checkAccessibility(page, 'a11y-calendar-2027-kk');

    await page.getByRole('button', { name: 'РУС' }).click();
    const ru = page.getByRole('region', { name: 'Рабочий календарь учреждения' });
    await ui.text(ru.getByRole('row').filter({ hasText: '07.01.2027' }), 'Православное Рождество');
    await ui.text(ru.getByRole('row').filter({ hasText: '16.12.2027' }), 'День независимости');
    await ui.text(ru.getByRole('row').filter({ hasText: '24.03.2027' }), 'Правило переноса');
    expect(await ru.textContent()).not.toMatch(/Тәуелсіздік|Православиелік/);
    await ru.screenshot({ path: path.join(ARTIFACTS, 'calendar-02-settings-2027-ru.png') });
    await checkAccessibility(page, 'a11y-calendar-2027-ru');
  });
});

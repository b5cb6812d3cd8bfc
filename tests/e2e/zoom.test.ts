// Zoom to 200 % on the office's 1366×768 screen (issue 13, WCAG 1.4.4 and 1.4.10): the page is
// then 683×384 CSS pixels. The demo month's desk, read by the head (who sees every place), in
// every place and the states a day at the desk passes through — the intake with its checklist and
// the visitor being served, the queue board with a called ticket, a decision, the complaint
// journal and its register form, the report, the settings — and in each, every button, link and
// field can be scrolled to and clicked (tests/e2e/reach.ts says what could not be). Screenshots of
// each in test-artifacts/screens/zoom-*.png.

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, fillDemoDataDir } from '../../electron/cli/demo-data.ts';
import { fixedClock } from '../../electron/kernel/context.ts';
import { ADULT } from '../support/people.ts';
import { ARTIFACTS, type E2eDesk, openE2eDesk } from './browser.ts';
import { unreachableActions } from './reach.ts';
import { ui } from './ui-expect.ts';

// Wednesday 2.12.2026, 10:00 in the office (UTC+5), after the demo month of November.
const clock = fixedClock('2026-12-02T05:00:00.000Z');
let desk: E2eDesk;

beforeAll(async () => {
  desk = await openE2eDesk({
    clock,
    width: 683,
    height: 384,
    prepare: (dataDir) => fillDemoDataDir(dataDir, {}, () => {}),
  });
}, 120_000);
afterAll(async () => {
  await desk?.close();
});

/** Every action of the screen as it stands can be reached at 200 %; a picture of it is kept. */
async function reachable(name: string): Promise<void> {
  const { page } = desk;
  // What the last state scrolled to is not this state's business.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(ARTIFACTS, `zoom-${name}.png`), fullPage: true });
  expect.soft(await unreachableActions(page), name).toEqual([]);
}

describe('the desk zoomed to 200 % at 1366×768 (683×384 CSS pixels)', () => {
  it('signs in', async () => {
    const { page } = desk;
    await page.getByLabel('Логин').waitFor();
    await reachable('sign-in');
    await page.getByLabel('Логин').fill('bolat');
    await page.getByLabel('Құпиясөз', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Кіру', exact: true }).click();
    await ui.visible(page.getByRole('navigation'));
  });

  it('the intake with the checklist of an adult', async () => {
    const { page } = desk;
    await desk.place('Қабылдау');
    await page.getByLabel('ЖСН', { exact: true }).fill(ADULT.iin);
    await ui.visible(page.getByRole('table', { name: /Құжаттар тізбесі/ }));
    await reachable('intake-checklist');
  });

  it('the queue board with a ticket called, then served in intake with the serving bar', async () => {
    const { page } = desk;
    await desk.place('Кезек');
    await page.getByRole('button', { name: /A Құжаттарды тапсыру/ }).click();
    await ui.visible(page.getByTestId('issued-number'));
    await page.getByRole('button', { name: /B Нәтижені алу/ }).click();
    await page.getByRole('button', { name: /Келесіні шақыру/ }).click();
    await ui.visible(page.getByTestId('my-ticket'));
    await reachable('queue-called');
    await page.getByRole('button', { name: /Келді — бастау/ }).click();
    await ui.visible(page.getByTestId('serving-bar'));
    await page.getByLabel('ЖСН', { exact: true }).fill(ADULT.iin);
    await ui.visible(page.getByRole('table', { name: /Құжаттар тізбесі/ }));
    await reachable('intake-serving');
  });

  it('the applications and one application', async () => {
    const { page } = desk;
    await desk.place('Өтініштер');
    const first = page.locator('tbody tr').first().getByRole('button');
    await ui.visible(first);
    await reachable('applications');
    await first.click();
    await ui.visible(page.getByRole('heading', { name: /Өтініш №/ }));
    await reachable('application');
  });

  it('the decisions: the due list and the head’s decision on a file', async () => {
    const { page } = desk;
    await desk.place('Шешімдер');
    // A file under the head's review: the decision's choices and the refusal's form.
    const first = page
      .locator('.due-groups tbody tr')
      .filter({ hasText: 'басшыда қаралуда' })
      .first()
      .getByRole('button');
    await ui.visible(first);
    await reachable('decisions-due');
    await first.click();
    await page.getByRole('radio', { name: 'Шешім: бас тартылды' }).check();
    await ui.visible(page.getByRole('form', { name: 'Шешімді тіркеу: бас тарту' }));
    await reachable('decision');
    for (const tab of ['Қолма-қол беру', 'Пошта']) {
      await page.getByRole('tab', { name: tab }).click();
      await reachable(`decisions-${tab === 'Пошта' ? 'post' : 'handover'}`);
    }
  });

  it('the complaint journal, one complaint and the register form', async () => {
    const { page } = desk;
    await desk.place('Шағымдар');
    const first = page.locator('tbody tr').first().getByRole('button');
    await ui.visible(first);
    await reachable('complaints');
    await first.click();
    await ui.visible(page.getByRole('heading', { level: 1 }));
    await reachable('complaint');
    await page.getByRole('button', { name: 'Журналға оралу' }).click();
    await page.getByRole('button', { name: 'Шағымды тіркеу' }).click();
    await ui.visible(page.getByRole('heading', { name: 'Шағымды тіркеу' }));
    await reachable('complaint-register');
  });

  it('the report, the settings, the audit log and the keys’ help', async () => {
    const { page } = desk;
    await desk.place('Есептер');
    await ui.visible(page.getByRole('table', { name: 'Көрсеткіштер' }));
    await reachable('report');
    await desk.place('Баптаулар');
    await ui.visible(page.getByRole('heading', { name: 'Мекеменің жұмыс күнтізбесі' }));
    await reachable('settings');
    await desk.place('Әрекеттер журналы');
    await ui.visible(page.locator('tbody tr').first());
    await reachable('audit');
    await page.keyboard.press('F1');
    await ui.visible(page.getByRole('dialog'));
    await reachable('shortcut-help');
    await page.keyboard.press('Escape');
  });

  it('every place in Russian', async () => {
    const { page } = desk;
    await page.getByRole('button', { name: 'РУС' }).click();
    for (const place of ['Очередь', 'Приём', 'Заявления', 'Решения', 'Жалобы', 'Отчёты', 'Настройки']) {
      await desk.place(place);
      await ui.absent(page.getByRole('main').getByRole('status').filter({ hasText: 'Загрузка' }));
      await reachable(`ru-${place}`);
    }
    await page.getByRole('button', { name: 'ҚАЗ' }).click();
  });
});

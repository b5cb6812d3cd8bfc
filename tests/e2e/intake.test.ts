// The clerk's first day: create the first user, register a disabled child with the mother as
// legal representative, tick the §12 checklist, accept, and hand over the talon (§15).

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { requiredDocuments } from '../../shared/domain/checklist.ts';
import { type ApplicantCategory, definitionFor } from '../../shared/standard/service-definition.ts';
import { CHILD, MOTHER } from '../support/people.ts';
import { fillPostalAddress } from './address.ts';
import { ARTIFACTS, E2E_OWN_PASSWORD, E2E_PASSWORD, type E2eDesk, openE2eDesk } from './browser.ts';
import { pdfPage1Png, pdfText } from './pdf.ts';
import { ui } from './ui-expect.ts';

let desk: E2eDesk;
beforeAll(async () => {
  // Wednesday 25.11.2026, 10:00 in the office (UTC+5).
  desk = await openE2eDesk({ clock: fixedClock('2026-11-25T05:00:00.000Z') });
});
afterAll(async () => {
  await desk?.close();
});

describe('intake of a disabled child in the browser mode', () => {
  it('creates the first user on a fresh database', async () => {
    const { page } = desk;
    await page.getByLabel('Логин').fill('a.nurlanova');
    await page.getByLabel('Аты-жөні').fill('Айгерім Нұрланова');
    await page.getByLabel('Құпиясөз', { exact: true }).fill(E2E_PASSWORD);
    await page.getByLabel('Құпиясөзді қайталаңыз').fill(E2E_PASSWORD);
    await desk.screenshot('01-first-start');
    await page.getByRole('button', { name: 'Тіркеу және кіру' }).click();
    await ui.visible(page.getByRole('heading', { name: 'Құжаттарды қабылдау' }));
  });

  it('registers the child and the representative, and sees item 9 instead of item 8', async () => {
    const { page } = desk;
    await page.getByLabel('ЖСН', { exact: true }).fill(CHILD.iin);
    // The category follows from the age in the IIN (§6 reading, §12 items 8–9).
    await ui.checked(page.getByRole('radio', { name: 'Мүгедек бала (заңды өкілімен)' }));
    await page.getByLabel('Тегі', { exact: true }).fill(CHILD.lastName);
    await page.getByLabel('Аты', { exact: true }).fill(CHILD.firstName);
    await page.getByLabel(/^Әкесінің аты/).fill(CHILD.middleName);
    await fillPostalAddress(page, 'applicant.postalAddress');

    await page.getByLabel('Өкілдің ЖСН-і').fill(MOTHER.iin);
    await page.getByLabel('Өкілдің тегі').fill(MOTHER.lastName);
    await page.getByLabel('Өкілдің аты', { exact: true }).fill(MOTHER.firstName);
    await page.getByLabel(/^Өкілдің әкесінің аты/).fill(MOTHER.middleName);
    await fillPostalAddress(page, 'representative.postalAddress');
    await page.getByLabel(/^Өкілдің телефоны/).fill(MOTHER.phone);
    await page.getByLabel('Балаға кім болады').selectOption('mother');
    await page.getByLabel('Өкілеттігін растайтын құжат').fill(MOTHER.authorityDocument);

    const checklist = page.getByRole('table', { name: /Құжаттар тізбесі/ });
    await ui.visible(checklist.getByText(/ПМПК/));
    await ui.visible(checklist.getByText('Туу туралы куәліктің көшірмесі'));
    await ui.absent(checklist.getByText(/Оңалтудың жеке бағдарламасы/));
    await ui.text(page.getByTestId('term-preview'), '07.12.2026');
  });

  it('keeps the talon locked until every document is marked and the consent is signed', async () => {
    const { page } = desk;
    const accept = page.getByRole('button', { name: 'Қабылдау және талонды басу' });
    await ui.disabled(accept);
    await page.getByRole('button', { name: 'Барлығын белгілеу' }).click();
    await ui.disabled(accept);
    await page.getByLabel('Заңды өкіл келісімге қол қойды').check();
    await ui.enabled(accept);
    await desk.screenshot('02-intake-child-complete');
  });

  it('accepts the package and opens the talon with the register number and the term', async () => {
    const { page, context } = desk;
    const popup = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Қабылдау және талонды басу' }).click();
    await ui.exactText(page.getByTestId('reg-number'), '2026-0001');
    await ui.text(page.getByTestId('term-end'), '07.12.2026');
    await desk.screenshot('03-talon-issued');

    const talonPage = await popup;
    expect(new URL(talonPage.url()).pathname).toMatch(/^\/documents\/\d+\.pdf$/);
    const response = await page.request.get(talonPage.url());
    expect(response.headers()['content-type']).toBe('application/pdf');
    const pdf = await response.body();
    const text = pdfText(pdf);
    expect(text).toContain('2026-0001');
    expect(text).toContain('07.12.2026');
    expect(text).toContain('Өмірбеков Ұлан Іңкәрұлы');
    expect(text).toContain('Өмірбекова Іңкәр Һадиқызы');
    pdfPage1Png(pdf, 'e2e-talon-child');
    await talonPage.close();
  });

  it('finds the application in the list with the days left to the term', async () => {
    const { page } = desk;
    await page
      .getByRole('link', { name: 'Өтініштер' })
      .or(page.getByRole('button', { name: 'Өтініштер' }))
      .first()
      .click();
    await page.getByLabel(/іздеу/i).fill('Өмірбек');
    const row = page.getByRole('row', { name: /2026-0001/ });
    await ui.text(row, 'Өмірбеков Ұлан Іңкәрұлы');
    await ui.text(row, '07.12.2026');
    await ui.text(row, '12 күн');
    await desk.screenshot('04-applications');
  });

  it('lets the administrator add the head in Settings and hand the desk over to her', async () => {
    const { page } = desk;
    await page.getByRole('button', { name: 'Баптаулар' }).click();
    const users = page.getByRole('region', { name: 'Пайдаланушылар' }).or(page.locator('section.users'));
    await users.first().getByLabel('Логин').fill('zh.muratova');
    await users.first().getByLabel('Аты-жөні').fill('Жанар Мұратова');
    await users.first().getByLabel('Алғашқы құпиясөз').fill(E2E_PASSWORD);
    await users.first().getByLabel('Рөлі').selectOption('head');
    await users.first().getByRole('button', { name: 'Пайдаланушы қосу' }).click();
    await ui.text(users.first(), 'Жанар Мұратова');
    await desk.screenshot('05-settings-users');

    // She picks her name, types the first password, then chooses her own (§18).
    await page.getByRole('button', { name: 'Пайдаланушыны ауыстыру' }).click();
    // Until the sign-out is answered, Settings (with her row's buttons) is still on screen.
    await ui.visible(page.getByRole('heading', { name: 'Кім жұмыс істейді?' }));
    await page.getByRole('button', { name: /Жанар Мұратова/ }).click();
    await page.keyboard.type(E2E_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByLabel('Қазіргі құпиясөз').fill(E2E_PASSWORD);
    await page.getByLabel('Жаңа құпиясөз').fill(E2E_OWN_PASSWORD);
    await page.getByLabel('Құпиясөзді қайталаңыз').fill(E2E_OWN_PASSWORD);
    await page.getByRole('button', { name: 'Құпиясөзді ауыстыру' }).click();
    await ui.visible(page.getByRole('navigation'));
    await ui.text(page.locator('header'), 'Жанар Мұратова');
    await desk.screenshot('06-changed-user');
  });
});

// Issue 11: the checklist is the clerk's main work; on the office's 1366×768 screen every row
// of the longest category is in sight without scrolling, not hidden under the actions.
const CATEGORIES: readonly ApplicantCategory[] = ['adult', 'child'];

describe('the checklist at the office resolution', () => {
  let small: E2eDesk;
  beforeAll(async () => {
    small = await openE2eDesk({ width: 1366, height: 768, clock: fixedClock('2026-11-25T05:00:00.000Z') });
  });
  afterAll(async () => {
    await small?.close();
  });

  /** What the window shows, not the whole page: what the clerk sees without scrolling. */
  const inView = (name: string) => small.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });

  /**
   * Rows of the checklist cut by the window or covered by something else (both marks must be
   * what a click at their centre reaches: no sticky panel over them). In the page's own words.
   */
  const rowsOutOfSight = (page: E2eDesk['page']) =>
    page.evaluate<{ rows: number; out: string[] }>(`(() => {
      const rows = [...document.querySelectorAll('#documents tbody tr')];
      const out = [];
      for (const row of rows) {
        const r = row.getBoundingClientRect();
        const inside = r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
        const reachable = [...row.querySelectorAll('input')].every((box) => {
          const b = box.getBoundingClientRect();
          const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
          return hit === box || (hit !== null && hit.contains(box));
        });
        if (!inside || !reachable) out.push(row.textContent);
      }
      return { rows: rows.length, out };
    })()`);

  it('shows every row of the longest category, both categories, at 1366×768', async () => {
    const { page } = small;
    await small.firstStart('a.nurlanova', 'Айгерім Нұрланова');
    await ui.visible(page.getByRole('heading', { name: 'Құжаттарды қабылдау' }));
    const def = definitionFor('2026-11-25');
    const longest = Math.max(...CATEGORIES.map((c) => requiredDocuments(def, c).length));
    for (const category of CATEGORIES) {
      await page
        .getByRole('radio', {
          name: category === 'adult' ? 'Мүгедек (ересек)' : 'Мүгедек бала (заңды өкілімен)',
        })
        .check();
      await inView(`11-intake-1366x768-${category}`);
      const seen = await rowsOutOfSight(page);
      expect(seen.rows).toBe(requiredDocuments(def, category).length);
      expect(seen.out).toEqual([]);
    }
    expect(longest).toBeGreaterThanOrEqual(8);
  });

  it('keeps them in sight in Russian, and lays the screen out at 1920×1080', async () => {
    const { page } = small;
    await page.getByRole('button', { name: 'РУС' }).click();
    await ui.visible(page.getByRole('heading', { name: 'Приём документов' }));
    await inView('12-intake-1366x768-ru');
    expect((await rowsOutOfSight(page)).out).toEqual([]);
    await page.setViewportSize({ width: 1920, height: 1080 });
    expect((await rowsOutOfSight(page)).out).toEqual([]);
    await inView('13-intake-1920x1080-ru');
  });

  it('shows the map of keys on F1 and closes it on Esc', async () => {
    const { page } = small;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Клавиши' });
    await ui.visible(help);
    await inView('14-keys-help-ru');
    await page.keyboard.press('Escape');
    await ui.absent(help);
  });

  it('keeps them in sight at 1280×700 too (the window on a 768 px screen), with the backup warning', async () => {
    const { page } = small;
    await page.setViewportSize({ width: 1280, height: 700 });
    await inView('15-intake-1280x700-ru');
    expect((await rowsOutOfSight(page)).out).toEqual([]);
  });
});

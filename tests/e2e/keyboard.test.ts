// The clerk's day by keyboard alone (issue 13, WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 2.4.11): sign
// in, call the next visitor, register her, tick the §12 checklist, accept, print the talon again
// and end the service — with Tab, Shift+Tab, Enter, Space and the desk's F-keys only
// (renderer/src/ui/shortcuts.ts). Every stop on the way shows its focus (tests/e2e/keyboard.ts);
// the checklist and the queue board are reached in reading order; Tab goes round each place and
// comes back; the keys' help dialog gives the focus back where it was.

import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { requiredDocuments } from '../../shared/domain/checklist.ts';
import { definitionFor } from '../../shared/standard/service-definition.ts';
import { ADULT, PARTS } from '../support/people.ts';
import { ARTIFACTS, E2E_PASSWORD, type E2eDesk, openE2eDesk } from './browser.ts';
import { KeyboardWalk } from './keyboard.ts';
import { ui } from './ui-expect.ts';

// Wednesday 25.11.2026, 10:00 in the office (UTC+5).
const clock = fixedClock('2026-11-25T05:00:00.000Z');
let desk: E2eDesk;
let walk: KeyboardWalk;

beforeAll(async () => {
  desk = await openE2eDesk({ clock, width: 1366, height: 768 });
  walk = new KeyboardWalk(desk.page);
});
afterAll(async () => {
  await desk?.close();
});

/** Types into the field the focus is on, after Tab has brought it there. */
async function typeInto(name: RegExp | string, text: string): Promise<void> {
  await walk.tabTo(name);
  await desk.page.keyboard.type(text);
}

/** The names of the stops from one to the other, each by its first words. */
const names = (stops: readonly { name: string }[]) => stops.map((s) => s.name);

describe('the clerk’s day by keyboard alone', () => {
  it('signs in: the login, Tab, the password, Enter', async () => {
    const { page } = desk;
    await desk.firstStart('a.nurlanova', 'Айгерім Нұрланова');
    // Two visitors took their tickets while the desk was empty.
    await desk.api('queue.issue', { purpose: 'hand_in' });
    await desk.api('queue.issue', { purpose: 'hand_in' });
    await desk.api('session.signOut', {});
    await page.reload();
    await ui.visible(page.getByRole('heading', { name: 'Кім жұмыс істейді?' }));
    // The login is where the focus starts.
    expect((await walk.here())?.name).toBe('Логин');
    await page.keyboard.type('a.nurlanova');
    await typeInto('Құпиясөз', E2E_PASSWORD);
    await page.keyboard.press('Enter');
    await ui.visible(page.getByRole('navigation'));
  });

  it('reaches the queue board’s actions in reading order and calls the next visitor with F2', async () => {
    const { page } = desk;
    await walk.tabTo('Кезек', { back: true });
    await page.keyboard.press('Enter');
    await ui.visible(page.getByRole('heading', { name: 'Кезек', level: 1 }));
    // The desk's live region is there before anything is said in it (a screen reader reads only
    // a change in a region it already knows).
    const announcer = page.getByRole('status').and(page.getByTestId('announcer'));
    expect(await announcer.count()).toBe(1);
    await page.keyboard.press('F2');
    await ui.exactText(page.getByTestId('my-ticket'), 'A-001');
    await ui.text(announcer, 'Шақырылды: A-001 · Құжаттарды тапсыру · Шақыру: 1 / 3');
    // From the navigation on: the tabs, the called visitor's steps, the line, then the side.
    const from = walk.stops.length;
    await walk.tabTo(/^Күнді жабу/, { max: 60 });
    const order = names(walk.stops.slice(from));
    const expected = [
      /^Кезек тақтасы/,
      /^Статистика/,
      /^Келді — бастау/,
      /^Қайта шақыру/,
      /^Қайтарып алу/,
      /^A Құжаттарды тапсыру/,
      /^B Нәтижені алу/,
      /^Ашу/,
      /^Күнді жабу/,
    ];
    let at = 0;
    for (const name of order) if (at < expected.length && expected[at]?.test(name)) at++;
    expect(at, `the board's order was:\n${order.join('\n')}`).toBe(expected.length);
  });

  it('goes round the queue place with Tab and comes back (nothing keeps the focus)', async () => {
    const round = await walk.round();
    expect(round.length).toBeGreaterThan(10);
  });

  it('starts the service with F3: the intake opens on the IIN', async () => {
    const { page } = desk;
    await page.keyboard.press('F3');
    await ui.visible(page.getByTestId('serving-bar'));
    await expect.poll(async () => (await walk.here())?.name).toBe('ЖСН');
  });

  it('registers the applicant field by field', async () => {
    const { page } = desk;
    await page.keyboard.type(ADULT.iin);
    await ui.checked(page.getByRole('radio', { name: /^Мүгедек \(ересек\)/ }));
    await typeInto('Тегі', ADULT.lastName);
    await typeInto('Аты', ADULT.firstName);
    await typeInto(/^Әкесінің аты/, ADULT.middleName);
    await typeInto('Елді мекен', PARTS.settlement);
    await typeInto(/^Көше/, PARTS.street);
    await typeInto(/^Үй/, PARTS.house);
    await typeInto(/^Пәтер/, PARTS.flat);
    await typeInto('Пошта индексі', PARTS.postcode);
    await walk.tabTo('Өтініш беруші келісімге қол қойды');
    await page.keyboard.press('Space');
    await ui.checked(page.getByLabel('Өтініш беруші келісімге қол қойды'));
  });

  it('ticks the checklist with Space, row by row, the original before the copy', async () => {
    const { page } = desk;
    const docs = requiredDocuments(definitionFor('2026-11-25'), 'adult');
    await walk.tabTo(/— түпнұсқасы салыстырылып/);
    const ticked: string[] = [];
    for (let i = 0; i < docs.length * 2; i++) {
      if (i > 0) await walk.press('Tab');
      const f = walk.stops.at(-1);
      ticked.push(f?.name ?? '');
      await page.keyboard.press('Space');
      if (i === 2) await page.screenshot({ path: path.join(ARTIFACTS, 'keyboard-01-checklist-focus.png') });
    }
    expect(
      ticked.map((n) =>
        n
          .match(/^№ (\S+) .* — (түпнұсқасы|көшірмесі)/)
          ?.slice(1)
          .join(' '),
      ),
    ).toEqual(docs.flatMap((d) => [`${d.item} түпнұсқасы`, `${d.item} көшірмесі`]));
    // Shift+Tab walks the same row back: the copy, then the original.
    expect((await walk.press('Shift+Tab'))?.name).toBe(ticked.at(-2));
    await walk.press('Tab');
    await ui.text(page.getByTestId('package-summary'), 'Құжаттар толық');
  });

  it('accepts with Enter: the talon opens, the result is announced and the focus is on ending the service', async () => {
    const { page, context } = desk;
    await walk.tabTo(/^Қабылдау және талонды басу/);
    const talon = context.waitForEvent('page');
    await page.keyboard.press('Enter');
    await (await talon).close();
    await ui.exactText(page.getByTestId('reg-number'), '2026-0001');
    await ui.text(
      page.getByTestId('announcer'),
      'Өтініш қабылданды: Тіркеу нөмірі 2026-0001, Орындау мерзімі 07.12.2026',
    );
    await expect.poll(async () => (await walk.here())?.name).toMatch(/A-001/);
  });

  it('prints the talon again with Shift+Tab and Enter, and ends the service with F9', async () => {
    const { page, context } = desk;
    await walk.tabTo(/^Талонды қайта басу/, { back: true });
    const talon = context.waitForEvent('page');
    await page.keyboard.press('Enter');
    await (await talon).close();
    await page.keyboard.press('F9');
    await ui.absent(page.getByTestId('serving-bar'));
  });

  it('opens the keys’ help with F1, keeps Tab inside it, and gives the focus back on Escape', async () => {
    const { page } = desk;
    const before = await walk.here();
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog');
    await ui.visible(dialog);
    for (let i = 0; i < 4; i++) {
      await walk.press('Tab');
      expect(
        await page.evaluate(`document.querySelector('[role="dialog"]').contains(document.activeElement)`),
      ).toBe(true);
    }
    await page.keyboard.press('Escape');
    await ui.absent(dialog);
    expect((await walk.here())?.path).toBe(before?.path);
  });

  it('goes round the intake with Tab and comes back', async () => {
    const { page } = desk;
    await page.keyboard.press('Enter'); // "next applicant": the empty form
    await ui.visible(page.getByRole('heading', { name: 'Құжаттарды қабылдау' }));
    const round = await walk.round();
    expect(round.length).toBeGreaterThan(30);
    // The ring on the header's blue, as the clerk sees it.
    await walk.tabTo('Құлыптау', { back: true, max: 80 });
    await page.screenshot({
      path: path.join(ARTIFACTS, 'keyboard-02-header-focus.png'),
      clip: { x: 0, y: 0, width: 1366, height: 120 },
    });
  });

  it('showed the focus, with a ring of 3:1 or more and nothing over it, at every stop', () => {
    expect(walk.stops.length).toBeGreaterThan(80);
    expect(walk.problems).toEqual([]);
  });
});

// Every place of the desk (renderer/src/places.tsx) checked by axe-core in Kazakh and in Russian,
// as the administrator who sees them all, then the waiting-room screen and the survey kiosk
// behind their own links (issue 13: the desk by keyboard and screen reader). The reports are
// kept in test-artifacts/a11y; a serious or critical violation fails the check.

import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { treeProblems } from './ax-tree.ts';
import { checkAccessibility, type E2eDesk, openE2eDesk } from './browser.ts';
import { ui } from './ui-expect.ts';

// The places as renderer/src/places.tsx declares them, read as text (the renderer's modules need
// the DOM, which the e2e side has not), and their names in the navigation
// (renderer/src/shell/texts.ts) in both languages.
const PLACES = [...fs.readFileSync('renderer/src/places.tsx', 'utf8').matchAll(/^\s*\{ id: '(\w+)'/gm)].map(
  (m) => m[1] as string,
);
const NAMES: Record<'kk' | 'ru', Record<string, string>> = {
  kk: {
    queue: 'Кезек',
    intake: 'Қабылдау',
    applications: 'Өтініштер',
    decisions: 'Шешімдер',
    complaints: 'Шағымдар',
    reports: 'Есептер',
    settings: 'Баптаулар',
    audit: 'Әрекеттер журналы',
  },
  ru: {
    queue: 'Очередь',
    intake: 'Приём',
    applications: 'Заявления',
    decisions: 'Решения',
    complaints: 'Жалобы',
    reports: 'Отчёты',
    settings: 'Настройки',
    audit: 'Журнал действий',
  },
};

// The complaint's register form (renderer/src/complaints/texts.ts).
const FORM = {
  kk: { register: 'Шағымды тіркеу', submit: 'Тіркеу және талонды басу', channel: 'Түсу тәсілі (22-тармақ)' },
  ru: {
    register: 'Зарегистрировать жалобу',
    submit: 'Зарегистрировать и напечатать талон',
    channel: 'Способ поступления (пункт 22)',
  },
};

let desk: E2eDesk;
beforeAll(async () => {
  desk = await openE2eDesk({ width: 1366, height: 768, clock: fixedClock('2026-11-25T05:00:00.000Z') });
});
afterAll(async () => {
  await desk?.close();
});

describe('the desk by keyboard and screen reader (axe-core, WCAG 2.2 A and AA)', () => {
  it('knows the name of every place the desk has', () => {
    expect(PLACES.length).toBeGreaterThan(0);
    for (const lang of ['kk', 'ru'] as const)
      expect(Object.keys(NAMES[lang]).sort()).toEqual([...PLACES].sort());
  });

  it('the first start has no serious or critical violation', async () => {
    await desk.page.getByLabel('Логин').waitFor();
    await checkAccessibility(desk.page, 'a11y-first-start-kk');
    expect(await treeProblems(desk.page, { signedIn: false })).toEqual([]);
    await desk.firstStart('a.nurlanova', 'Айгерім Нұрланова');
  });

  for (const lang of ['kk', 'ru'] as const) {
    it(`every place in ${lang} has no serious or critical violation`, async () => {
      const { page } = desk;
      await page.getByRole('button', { name: lang === 'kk' ? 'ҚАЗ' : 'РУС' }).click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
      for (const place of PLACES) {
        await desk.place(NAMES[lang][place] as string);
        const nav = page.getByRole('navigation').getByRole('button', { name: NAMES[lang][place] as string });
        await expect.poll(() => nav.getAttribute('aria-current')).toBe('page');
        // The place's screen loaded and its first answers shown (no "loading" left).
        await ui.absent(
          page
            .getByRole('main')
            .getByRole('status')
            .filter({ hasText: /Жүктелуде|Загрузка/ }),
        );
        await checkAccessibility(page, `a11y-${place}-${lang}`);
        // As a screen reader has it: the landmarks, one h1, headings in order, every action named.
        expect.soft(await treeProblems(page, { signedIn: true }), `${place} in ${lang}`).toEqual([]);
      }

      // Each language is named in its own language and marked with it, on either screen: the
      // documents' language at intake, the office's texts in Settings, the header's switch.
      await desk.place(NAMES[lang].intake as string);
      const options = `[...document.querySelectorAll('#document-language option')]
        .map((o) => [o.getAttribute('lang'), o.textContent])`;
      expect(await page.evaluate(options)).toEqual([
        ['kk', 'Қазақ тілі'],
        ['ru', 'Русский язык'],
      ]);
      for (const [button, own] of [
        ['ҚАЗ', 'kk'],
        ['РУС', 'ru'],
      ] as const) {
        const b = page.getByRole('banner').getByRole('button', { name: button });
        expect([await b.getAttribute('lang'), await b.getAttribute('title')]).toEqual([
          own,
          own === 'kk' ? 'Қазақ тілі' : 'Русский язык',
        ]);
      }
      await desk.place(NAMES[lang].settings as string);
      expect(await page.locator('#office-name-kk').getAttribute('lang')).toBe('kk');
      expect(await page.locator('#office-name-ru').getAttribute('lang')).toBe('ru');

      // A form sent empty: each message is read out with the group or field it belongs to.
      const text = FORM[lang];
      await desk.place(NAMES[lang].complaints as string);
      // Opened in Kazakh; the place keeps the half-filled form, so Russian finds it open.
      if (lang === 'kk') await page.getByRole('button', { name: text.register }).click();
      await page.getByRole('button', { name: text.submit }).click();
      const channel = page.getByRole('group', { name: text.channel });
      await expect.poll(() => channel.getAttribute('aria-describedby')).toBe('channel-error');
      await ui.visible(page.locator('#channel-error'));
      await checkAccessibility(page, `a11y-complaints-register-errors-${lang}`);
    });
  }

  it('the waiting-room screen and the survey kiosk have no serious or critical violation', async () => {
    const display = await desk.context.newPage();
    await display.goto(desk.displayUrl);
    await display.waitForURL(new URL('/#/display', desk.url).toString());
    await ui.visible(display.getByText('Нөміріңізді күтіңіз'));
    await checkAccessibility(display, 'a11y-display');
    await display.close();

    await desk.context.clearCookies();
    const kiosk = await desk.context.newPage();
    await kiosk.goto(desk.surveyUrl);
    await kiosk.waitForURL(new URL('/#/survey', desk.url).toString());
    await ui.visible(kiosk.getByRole('button', { name: 'Бастау' }));
    await checkAccessibility(kiosk, 'a11y-survey-kk');
    // The word that switches to Russian is itself Russian, and is marked so.
    expect(await kiosk.getByRole('button', { name: 'Русский' }).getAttribute('lang')).toBe('ru');
    await kiosk.getByRole('button', { name: 'Русский' }).click();
    await ui.visible(kiosk.getByRole('button', { name: 'Начать' }));
    await checkAccessibility(kiosk, 'a11y-survey-ru');
    expect(await kiosk.locator('main').getAttribute('lang')).toBe('ru');
    await kiosk.close();
  });
});

// The satisfaction survey's kiosk in Chromium (issue 10): a visitor with a ticket answers on the
// kiosk page behind its own link — three questions, a worded mark each, in Russian — is thanked,
// and the page goes back to the start for the next visitor. Then the kiosk as the people of this
// office meet it (issue 13): on a 1366×768 and a 1920×1080 touch screen, in Kazakh and in
// Russian — every target measured, axe-core's check, screenshots to judge by eye — and a
// question read aloud on request, stopped when asked.

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { ARTIFACTS, checkAccessibility, type E2eDesk, openE2eDesk } from './browser.ts';
import { heardCount, listenToAudio, waitForHeard } from './heard-audio.ts';
import { ui } from './ui-expect.ts';

const clock = fixedClock('2026-11-25T04:40:00.000Z');
let desk: E2eDesk;
let kiosk: Page;
/** The code of a second visit (ticket A-002), for the kiosk's large-screen check. */
let secondCode = '';
/** And of a third, for the question read aloud. */
let thirdCode = '';

beforeAll(async () => {
  desk = await openE2eDesk({ clock });
});
afterAll(async () => {
  await desk?.close();
});

describe('the survey kiosk in the browser mode', () => {
  it('lets a visitor answer with the code of their ticket, thanks them and starts again', async () => {
    const { page } = desk;
    await desk.firstStart('a.nurlanova', 'Айгерім Нұрланова');
    await page.getByRole('button', { name: 'Кезек', exact: true }).click();
    await page.getByRole('button', { name: /A Құжаттарды тапсыру/ }).click();
    await ui.exactText(page.getByTestId('issued-number'), 'A-001');
    // The code printed on the ticket, as the desk's own call gives it.
    const code = await page.evaluate(async () => {
      const r = await fetch('/api/survey.visitCode', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ticketId: 1 }),
      });
      return ((await r.json()) as { value: { code: string } }).value.code;
    });

    await page.getByRole('button', { name: /A Құжаттарды тапсыру/ }).click();
    await ui.exactText(page.getByTestId('issued-number'), 'A-002');
    await page.getByRole('button', { name: /A Құжаттарды тапсыру/ }).click();
    await ui.exactText(page.getByTestId('issued-number'), 'A-003');
    [secondCode, thirdCode] = await page.evaluate(async () => {
      const codes: string[] = [];
      for (const ticketId of [2, 3]) {
        const r = await fetch('/api/survey.visitCode', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ ticketId }),
        });
        codes.push(((await r.json()) as { value: { code: string } }).value.code);
      }
      return codes as [string, string];
    });

    // The kiosk is a tablet of its own: its browser holds the kiosk's cookie only (the desk's
    // cookie, in the same browser, would open everything — README: the kiosk's own link).
    await desk.context.clearCookies();
    kiosk = await desk.context.newPage();
    // Every sound the page hands to Web Audio, counted (as display-voice.test.ts does).
    await listenToAudio(kiosk);
    await kiosk.goto(desk.surveyUrl);
    await kiosk.waitForURL(new URL('/#/survey', desk.url).toString());
    await kiosk.getByRole('button', { name: 'Русский' }).click();
    await kiosk.getByRole('textbox').fill(code.toLowerCase());
    await kiosk.getByRole('button', { name: 'Начать' }).click();
    await ui.visible(kiosk.getByRole('heading', { name: 'Насколько вы довольны тем, как вас обслужили?' }));
    // The kiosk as the visitor sees it, on the tablet's own screen (not the desk's page).
    await kiosk.setViewportSize({ width: 1366, height: 768 });
    await kiosk.screenshot({ path: path.join(ARTIFACTS, 'survey-01-kiosk-question-1366x768.png') });
    await checkAccessibility(kiosk, 'a11y-survey-question-ru');
    await kiosk.getByRole('button', { name: /Полностью доволен/ }).click();
    await ui.visible(kiosk.getByRole('heading', { name: /информацией о порядке/ }));
    await kiosk.getByRole('button', { name: /Скорее доволен/ }).click();
    await ui.visible(kiosk.getByRole('heading', { name: /вежливостью сотрудников/ }));
    await kiosk.getByRole('button', { name: /Ни да, ни нет/ }).click();
    await ui.visible(kiosk.getByText('Спасибо!'));
    await checkAccessibility(kiosk, 'a11y-survey-thanks-ru');
    // Back to the start by itself, in Kazakh, for the next visitor.
    await ui.visible(kiosk.getByRole('button', { name: 'Бастау' }));

    // The same code a second time: already answered.
    await kiosk.getByRole('textbox').fill(code);
    await kiosk.getByRole('button', { name: 'Бастау' }).click();
    await ui.text(kiosk.getByRole('alert'), 'сауалнамаға жауап берілген');
    await checkAccessibility(kiosk, 'a11y-survey-answered-kk');
    // The kiosk's key opens no desk channel.
    const refused = await kiosk.evaluate(async () => {
      const r = await fetch('/api/applications.search', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      return r.status;
    });
    expect(refused).toBe(403);
  });

  it('is large and clear on a 1366×768 and a 1920×1080 screen, in Kazakh and Russian: every target 96 px or more, text 28 px or more, no serious or critical axe finding', async () => {
    const measured: Record<string, unknown> = {};
    const sizes = [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ];
    for (const [n, size] of sizes.entries()) {
      await kiosk.setViewportSize(size);
      const at = `${size.width}x${size.height}`;
      // A clean start, as the next visitor finds it.
      await kiosk.getByRole('textbox').fill('');
      for (const lang of ['kk', 'ru'] as const) {
        await kiosk.getByRole('button', { name: lang === 'kk' ? 'Қазақша' : 'Русский' }).click();
        const name = `survey-kiosk-code-${at}-${lang}`;
        await kiosk.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
        await checkAccessibility(kiosk, name);
        measured[name] = await measure(kiosk);
      }
      await kiosk.getByRole('button', { name: 'Қазақша' }).click();
      await kiosk.getByRole('textbox').fill(secondCode);
      await kiosk.getByRole('button', { name: 'Бастау' }).click();
      await ui.visible(kiosk.getByRole('heading', { name: 'Қызмет көрсету барысына қаншалықты ризасыз?' }));
      for (const lang of ['kk', 'ru'] as const) {
        await kiosk.getByRole('button', { name: lang === 'kk' ? 'Қазақша' : 'Русский' }).click();
        await ui.visible(kiosk.getByRole('button', { name: lang === 'kk' ? 'Тыңдау' : 'Прослушать' }));
        const name = `survey-kiosk-question-${at}-${lang}`;
        await kiosk.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
        await checkAccessibility(kiosk, name);
        measured[name] = await measure(kiosk);
      }
      if (n < sizes.length - 1) {
        // Back to the start without answering: nothing is sent until the last question.
        await kiosk.getByRole('button', { name: 'В начало' }).click();
        continue;
      }
      // The last size: answered by keyboard alone, in Russian, and thanked.
      // The visitor's last press was the language: the keyboard starts from the question, as
      // it does by itself at each next question.
      await kiosk.getByRole('heading', { level: 2 }).focus();
      for (const [i, heading] of [
        /тем, как вас обслужили/,
        /информацией о порядке/,
        /вежливостью сотрудников/,
      ].entries()) {
        await ui.visible(kiosk.getByRole('heading', { name: heading }));
        await poll(() =>
          kiosk.evaluate(() => (globalThis as unknown as PageDocument).document.activeElement?.tagName),
        ).toBe('H2');
        await kiosk.keyboard.press('Tab');
        await kiosk.keyboard.press('Tab');
        await kiosk.keyboard.press('End');
        // The focus ring on the answer the arrows reached, as a visitor at the keyboard sees it.
        if (i === 0)
          await kiosk.screenshot({ path: path.join(ARTIFACTS, `survey-kiosk-keyboard-${at}-ru.png`) });
        await kiosk.keyboard.press('Enter');
      }
      await ui.visible(kiosk.getByText('Спасибо!'));
      const name = `survey-kiosk-thanks-${at}-ru`;
      await kiosk.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
      await checkAccessibility(kiosk, name);
    }
    fs.writeFileSync(path.join(ARTIFACTS, 'survey-kiosk-measure.json'), JSON.stringify(measured, null, 2));
    for (const [name, m] of Object.entries(measured) as [string, Measured][]) {
      // Every button and the code field: at least 96 CSS px tall (2 cm and more on these screens).
      expect({ name, lowest: m.lowestTarget >= 96 }).toEqual({ name, lowest: true });
      expect({ name, smallestText: m.smallestText >= 28 }).toEqual({ name, smallestText: true });
      // The whole question, its answers and "back" on the screen at once: no scrolling.
      expect({ name, fits: m.pageHeight <= m.viewportHeight }).toEqual({ name, fits: true });
    }
    const q1366 = measured['survey-kiosk-question-1366x768-kk'] as Measured;
    expect(q1366.answers).toHaveLength(5);
    for (const a of q1366.answers) expect(a.height).toBeGreaterThanOrEqual(96);
  });

  it('reads the question aloud when the visitor asks, and stops when asked', async () => {
    expect(await heardCount(kiosk)).toBe(0);
    await ui.visible(kiosk.getByRole('button', { name: 'Бастау' }));
    await kiosk.getByRole('textbox').fill(thirdCode);
    await kiosk.getByRole('button', { name: 'Бастау' }).click();
    await kiosk.getByRole('button', { name: 'Тыңдау' }).click();
    await ui.visible(kiosk.getByRole('button', { name: 'Тоқтату' }));
    // The question's phrase, made by the engine and handed to the sound card.
    const [question] = await waitForHeard(kiosk, 1);
    expect(question?.rate).toBe(22_050);
    expect(question?.seconds).toBeGreaterThan(1.5);
    await kiosk.getByRole('button', { name: 'Тоқтату' }).click();
    await ui.visible(kiosk.getByRole('button', { name: 'Тыңдау' }));
    // Stopped: not the question and all five answers.
    expect(await heardCount(kiosk)).toBeLessThan(6);
  });
});

const poll = <T>(f: () => Promise<T>) => expect.poll(f, { timeout: 10_000 });

/** The page's side, named here (this program has no DOM types). */
interface PageDocument {
  document: { activeElement: { tagName: string } | null };
}

interface Measured {
  lowestTarget: number;
  smallestText: number;
  pageHeight: number;
  viewportHeight: number;
  answers: { word: string; height: number; width: number }[];
}

/** The kiosk's boxes as Chromium lays them out: every target's height, every text's size. */
async function measure(page: Page): Promise<Measured> {
  const targets = page.locator('main button, main input');
  const heights: number[] = [];
  for (const box of await targets.all()) heights.push((await box.boundingBox())?.height ?? 0);
  const answers: Measured['answers'] = [];
  for (const a of await page.locator('.survey-mark').all()) {
    const box = await a.boundingBox();
    answers.push({
      word: ((await a.locator('.survey-mark-word').textContent()) ?? '').trim(),
      height: box?.height ?? 0,
      width: box?.width ?? 0,
    });
  }
  const text = await page.evaluate(() => {
    type El = { childNodes: ArrayLike<{ nodeType: number; textContent: string | null }> };
    const doc = globalThis as unknown as {
      document: { querySelectorAll(s: string): ArrayLike<El>; documentElement: { scrollHeight: number } };
      getComputedStyle(e: El): { fontSize: string; display: string; position: string; width: string };
      innerHeight: number;
    };
    let smallest = Number.POSITIVE_INFINITY;
    for (const el of Array.from(doc.document.querySelectorAll('main *'))) {
      const own = Array.from(el.childNodes).some(
        (c) => c.nodeType === 3 && (c.textContent ?? '').trim() !== '',
      );
      const style = doc.getComputedStyle(el);
      // Text of its own, on the screen (the visually hidden legends are for screen readers).
      if (own && style.width !== '1px') smallest = Math.min(smallest, Number.parseFloat(style.fontSize));
    }
    return {
      smallest,
      pageHeight: doc.document.documentElement.scrollHeight,
      viewportHeight: doc.innerHeight,
    };
  });
  return {
    lowestTarget: Math.min(...heights),
    smallestText: text.smallest,
    pageHeight: text.pageHeight,
    viewportHeight: text.viewportHeight,
    answers,
  };
}

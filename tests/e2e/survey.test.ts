// The satisfaction survey's kiosk in Chromium (issue 10): a visitor with a ticket answers on the
// kiosk page behind its own link — three questions, a worded mark each, in Russian — is thanked,
// and the page goes back to the start for the next visitor.

import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { ARTIFACTS, checkAccessibility, type E2eDesk, openE2eDesk } from './browser.ts';
import { ui } from './ui-expect.ts';

const clock = fixedClock('2026-11-25T04:40:00.000Z');
let desk: E2eDesk;
let kiosk: Page;

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

    // The kiosk is a tablet of its own: its browser holds the kiosk's cookie only (the desk's
    // cookie, in the same browser, would open everything — README: the kiosk's own link).
    await desk.context.clearCookies();
    kiosk = await desk.context.newPage();
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
});

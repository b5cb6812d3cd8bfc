// People and access (§18) as the desk meets them at 1366×768: the first start with a password,
// the sign-in, a wrong password, the lock screen that keeps the half-filled intake for the same
// user, and the new password a clerk chooses after the administrator set one.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { ADULT } from '../support/people.ts';
import { E2E_OWN_PASSWORD, E2E_PASSWORD, type E2eDesk, openE2eDesk } from './browser.ts';
import { ui } from './ui-expect.ts';

let desk: E2eDesk;
beforeAll(async () => {
  desk = await openE2eDesk({ width: 1366, height: 768, clock: fixedClock('2026-11-25T05:00:00.000Z') });
});
afterAll(async () => {
  await desk?.close();
});

describe('who sits at the desk, in the browser mode', () => {
  it('starts the office with an administrator who chooses a password', async () => {
    await desk.firstStart('e.zhaksylykov', 'Ерлан Жақсылықов');
    await desk.api('users.create', {
      login: 'a.nurlanova',
      fullName: 'Айгерім Нұрланова',
      role: 'clerk',
      language: 'kk',
      password: E2E_PASSWORD,
    });
  });

  it('signs in by login and password typed at the keyboard, and says so when the password is wrong', async () => {
    const { page } = desk;
    await page.getByRole('button', { name: 'Пайдаланушыны ауыстыру' }).click();
    await ui.visible(page.getByRole('heading', { name: 'Кім жұмыс істейді?' }));
    await page.keyboard.type('a.nurlanova');
    await page.keyboard.press('Tab');
    await page.keyboard.type('qate-parol');
    await page.keyboard.press('Enter');
    await ui.visible(page.getByText('Логин немесе құпиясөз қате'));
    await desk.screenshot('access-01-sign-in-wrong-password');
    await page.getByLabel('Құпиясөз', { exact: true }).fill(E2E_PASSWORD);
    await page.keyboard.press('Enter');
    await ui.visible(page.getByRole('heading', { name: 'Өз құпиясөзіңізді таңдаңыз' }));
  });

  it('asks the clerk for a password of their own before anything else', async () => {
    const { page } = desk;
    await page.getByLabel('Қазіргі құпиясөз').fill(E2E_PASSWORD);
    await page.getByLabel('Жаңа құпиясөз').fill(E2E_OWN_PASSWORD);
    await page.getByLabel('Құпиясөзді қайталаңыз').fill(E2E_OWN_PASSWORD);
    await desk.screenshot('access-02-change-password');
    await page.getByRole('button', { name: 'Құпиясөзді ауыстыру' }).click();
    await ui.visible(page.getByRole('heading', { name: 'Құжаттарды қабылдау' }));
  });

  it('locks on Ctrl+L, keeps the half-filled intake, and opens only to the same password', async () => {
    const { page } = desk;
    await page.getByLabel('ЖСН', { exact: true }).fill(ADULT.iin);
    await page.keyboard.press('Control+KeyL');
    await ui.visible(page.getByRole('heading', { name: 'Экран құлыпталған' }));
    await ui.absent(page.getByRole('textbox', { name: 'ЖСН', exact: true }));
    // The main side refuses the desk's work while locked, whatever the page does.
    const refused = await page.request.post(new URL('/api/applications.search', desk.url).toString(), {
      data: {},
    });
    expect(await refused.json()).toEqual({ ok: false, error: { code: 'session_locked' } });
    await desk.screenshot('access-03-lock-screen');
    await page.keyboard.type(E2E_OWN_PASSWORD);
    await page.keyboard.press('Enter');
    await ui.visible(page.getByRole('heading', { name: 'Құжаттарды қабылдау' }));
    expect(await page.getByLabel('ЖСН', { exact: true }).inputValue()).toBe(ADULT.iin);
  });
});

// The audit log in the browser mode (§18, Law No. 94-V Art. 22): the clerk registers a complaint
// and opens it; the administrator finds the clerk's look at it in the log, filters the reads of
// a period, and takes them away as CSV; the clerk has no such place.

import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { emailComplaint } from '../support/complaints.ts';
import { E2E_PASSWORD, type E2eDesk, openE2eDesk } from './browser.ts';
import { ui } from './ui-expect.ts';

// Wednesday 25.11.2026, 10:00 in the office (UTC+5).
const clock = fixedClock('2026-11-25T05:00:00.000Z');
let desk: E2eDesk;
let adminId = 0;
let clerkId = 0;

beforeAll(async () => {
  desk = await openE2eDesk({ clock, width: 1366, height: 768 });
});
afterAll(async () => {
  await desk?.close();
});

describe('the audit log in the browser mode', () => {
  it('logs the clerk’s look at a complaint', async () => {
    const { page } = desk;
    await desk.firstStart('admin', 'Ерлан Жақсылықов');
    await ui.visible(page.getByRole('navigation'));
    adminId = (await desk.api<{ id: number }>('session.current', {})).id;
    clerkId = (
      await desk.api<{ id: number }>('users.create', {
        login: 'a.nurlanova',
        fullName: 'Айгерім Нұрланова',
        role: 'clerk',
        language: 'kk',
        password: E2E_PASSWORD,
      })
    ).id;
    await desk.sitDown('a.nurlanova');
    await ui.absent(page.getByRole('navigation').getByRole('button', { name: 'Әрекеттер журналы' }));
    const c = await desk.api<{ id: number }>('complaints.register', emailComplaint());
    clock.advanceMinutes(20);
    await desk.api('complaints.get', { id: c.id });
  });

  it('shows the administrator who looked, through which door, filtered to the reads of the day', async () => {
    const { page } = desk;
    await desk.sitDown('admin');
    await desk.place('Әрекеттер журналы');
    const table = page.getByRole('table', { name: 'Әрекеттер журналы' });
    await ui.visible(table);
    await page.getByLabel('Қызметкер').selectOption(String(clerkId));
    await page.getByLabel('Кезең: бастап').fill('25.11.2026');
    await page.getByLabel('дейін', { exact: true }).fill('25.11.2026');
    await page.getByLabel('Әрекет түрі').selectOption('read');
    // The clerk's start screen read the due list too (a logged read): the look at the journal
    // is found by its action's start, as an office head would narrow it.
    await page.getByLabel('Әрекет атауы').fill('complaints.');
    await page.getByRole('button', { name: 'Көрсету' }).click();
    // The clerk's desk also read its start screen (decisions.due) as the page loaded, at a moment
    // that races the test's own calls: the look at the complaint is found by its action.
    const look = table.getByRole('row').filter({ hasText: 'complaints.get' });
    await ui.text(look, 'браузер');
    await ui.text(look, 'журнал нөмірі: 2026/001');
    await desk.screenshot('audit-01-reads-of-the-clerk');
  });

  it('exports the filtered rows as CSV, and the export is a row of its own', async () => {
    const { page } = desk;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV-ге шығару' }).click();
    const text = fs.readFileSync((await (await download).path()) as string, 'utf8');
    expect(text.startsWith('\uFEFFУақыты;Кім;')).toBe(true);
    expect(text).toContain('complaints.get');
    expect(text).not.toContain('users.create');
    await ui.visible(page.getByText('Файл сақталды; шығару журналға жазылды'));
    const log = await desk.api<{ rows: { action: string; userId: number }[] }>('audit.list', {
      action: 'audit.export',
    });
    expect(log.rows.map((r) => [r.action, r.userId])).toEqual([['audit.export', adminId]]);
  });
});

// Never losing a record (§18; issue 9) at 1366×768 in the browser mode: the start screen warns
// while there is no fresh backup, and the administrator restores the desk from a copy in
// Settings → Backups after the confirmation, reading the report.

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { ARTIFACTS, type E2eDesk, openE2eDesk } from './browser.ts';
import { ui } from './ui-expect.ts';

let desk: E2eDesk;
beforeAll(async () => {
  desk = await openE2eDesk({ width: 1366, height: 768, clock: fixedClock('2026-11-25T05:00:00.000Z') });
});
afterAll(async () => {
  await desk?.close();
});

describe('backups, in the browser mode', () => {
  it('warns on the start screen while no backup has been made, and leads the administrator to them', async () => {
    const { page } = desk;
    await desk.firstStart('e.zhaksylykov', 'Ерлан Жақсылықов');
    const banner = page.getByRole('alert').filter({ hasText: 'Сақтық көшірме әлі жасалмаған.' });
    await ui.visible(banner);
    await desk.screenshot('backups-01-start-screen-warning');
    await banner.getByRole('button', { name: 'Сақтық көшірмелер' }).click();
    const section = page.getByRole('region', { name: 'Сақтық көшірмелер (§18)' });
    await ui.visible(section);
    // Settings is long: the warning's way in lands on the section itself.
    await ui.visible(section.getByRole('heading', { name: 'Сақтық көшірмелер (§18)' }));
    await expect
      .poll(() => page.evaluate('document.activeElement && document.activeElement.id'), { timeout: 10_000 })
      .toBe('backups-title');
  });

  it('restores the desk from a copy in the backups folder after saying what will happen', async () => {
    const { page } = desk;
    // A checked copy, as the automatic backup names it (SQLite's online backup of the live file).
    const folder = path.join(desk.dataDir, 'backups');
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const live = new Database(path.join(desk.dataDir, 'qabyldau.sqlite'), { readonly: true });
    await live.backup(path.join(folder, 'qabyldau-2026-11-25-100000-start.sqlite'));
    live.close();
    await page.reload();
    await desk.place('Баптаулар');
    const section = page.getByRole('region', { name: 'Сақтық көшірмелер (§18)' });
    await section.getByRole('button', { name: 'Таңдау: qabyldau-2026-11-25-100000-start.sqlite' }).click();
    await section.getByRole('button', { name: 'Қалпына келтіру…' }).click();
    await ui.visible(section.getByRole('alertdialog'));
    await section.screenshot({ path: path.join(ARTIFACTS, 'backups-02-settings-restore-confirm.png') });
    await section.getByRole('button', { name: 'Иә, қалпына келтіру' }).click();
    await ui.visible(section.getByText('Дерекқор қалпына келтірілді'));
    await ui.text(section, 'before-restore.sqlite');
    await section.screenshot({ path: path.join(ARTIFACTS, 'backups-03-settings-restore-report.png') });
    // The desk works on: the same administrator, the office read again.
    await desk.place('Қабылдау');
    await ui.visible(page.getByLabel('ЖСН', { exact: true }));
  });
});

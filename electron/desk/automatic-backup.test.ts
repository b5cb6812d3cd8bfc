import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/calendar.ts';
import { type FileDesk, hireAndSitDown, openFileDesk, tempDir } from '../../tests/support/desk-files.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { fixedClock } from '../kernel/context.ts';
import { databaseFile } from './data-dir.ts';

let root: string;
let dataDir: string;
let backups: string;
const desks: FileDesk[] = [];
beforeEach(() => {
  root = tempDir('qabyldau-auto-');
  dataDir = path.join(root, 'data');
  backups = path.join(dataDir, 'backups');
});
afterEach(() => {
  for (const d of desks.splice(0)) d.desk.close();
  fs.rmSync(root, { recursive: true, force: true });
});
async function desk(clock: ReturnType<typeof fixedClock>) {
  const d = await openFileDesk(dataDir, clock);
  desks.push(d);
  return d;
}
const copies = (dir = backups) => fs.readdirSync(dir).filter((f) => f.endsWith('.sqlite'));

describe('the automatic backups', () => {
  it('are taken at the first start of the office’s day and on every quit, checked, with their files', async () => {
    // 10:00 in Kazakhstan (UTC+5).
    const clock = fixedClock('2026-11-25T05:00:00.000Z');
    const d = await desk(clock);
    expect(await d.desk.automaticBackup('start')).toMatchObject({ files: 0 });
    expect(copies()).toEqual(['qabyldau-2026-11-25-100000-start.sqlite']);
    clock.advanceMinutes(60);
    expect(await d.desk.automaticBackup('start')).toBeNull();
    await d.desk.automaticBackup('quit');
    // The day's newest copy stands for the day: the start copy is rotated away.
    expect(copies()).toEqual(['qabyldau-2026-11-25-110000-quit.sqlite']);
    const copy = new Database(path.join(backups, copies()[0] as string), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    clock.set('2026-11-26T03:00:00.000Z');
    expect(await d.desk.automaticBackup('start')).not.toBeNull();
  });

  it('keep the newest of each of the last 7 days and rotate the rest away', async () => {
    const clock = fixedClock('2026-11-01T04:00:00.000Z');
    const d = await desk(clock);
    for (let day = 0; day < 10; day++) {
      clock.set(`${addDays('2026-11-01', day)}T04:00:00.000Z`);
      await d.desk.automaticBackup('start');
      clock.set(`${addDays('2026-11-01', day)}T12:00:00.000Z`);
      await d.desk.automaticBackup('quit');
    }
    const kept = copies();
    for (let day = 3; day < 10; day++)
      expect(kept).toContain(`qabyldau-${addDays('2026-11-01', day)}-170000-quit.sqlite`);
    expect(kept.filter((f) => f.includes('-start.'))).toEqual([]);
    // Older days survive only as the newest of their ISO week (4 weeks) or month (12).
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept).toContain('qabyldau-2026-11-01-170000-quit.sqlite');
    expect(kept).not.toContain('qabyldau-2026-11-03-170000-quit.sqlite');
    expect(fs.readdirSync(backups).filter((f) => f.endsWith('.files'))).toHaveLength(kept.length);
  });

  it('report their state for the start screen: none yet, fresh, older than a day, folder missing', async () => {
    const clock = fixedClock('2026-11-25T05:00:00.000Z');
    const d = await desk(clock);
    expect(await d.ok('backup.status', {})).toEqual({
      folder: backups,
      folderReachable: true,
      lastGoodAt: null,
      warn: true,
    });
    await d.desk.automaticBackup('start');
    expect(await d.ok('backup.status', {})).toMatchObject({
      lastGoodAt: '2026-11-25T05:00:00.000Z',
      warn: false,
    });
    clock.set('2026-11-26T06:00:00.000Z');
    expect(await d.ok('backup.status', {})).toMatchObject({ warn: true });

    const usb = path.join(root, 'usb');
    fs.mkdirSync(usb);
    expect(await d.ok('backup.setFolder', { folder: usb })).toMatchObject({ folder: usb, warn: true });
    await d.desk.automaticBackup('quit');
    expect(copies(usb)).toHaveLength(1);
    fs.rmSync(usb, { recursive: true });
    expect(await d.ok('backup.status', {})).toMatchObject({ folderReachable: false, warn: true });
    // The copy still goes somewhere: the desk's own backups/, while the status keeps warning.
    clock.set('2026-11-26T07:00:00.000Z');
    await d.desk.automaticBackup('quit');
    expect(fs.existsSync(usb)).toBe(false);
    expect(copies()).toContain('qabyldau-2026-11-26-120000-quit.sqlite');
    expect(await d.ok('backup.status', {})).toMatchObject({
      folder: usb,
      folderReachable: false,
      warn: true,
    });
  });

  it('go only where the administrator says, into a folder that is there', async () => {
    const d = await desk(fixedClock('2026-11-25T05:00:00.000Z'));
    const missing = path.join(root, 'no-stick');
    const r = await d.desk.registry.dispatch('backup.setFolder', { folder: missing }, d.ctx);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'backup_folder_unreachable', params: { folder: missing } },
    });
    const relative = await d.desk.registry.dispatch('backup.setFolder', { folder: 'backups' }, d.ctx);
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await hireAndSitDown(d, { login: 'aigerim', fullName: 'Айгерім', role: 'clerk', language: 'kk' });
    const refused = await d.desk.registry.dispatch('backup.setFolder', { folder: root }, d.ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await d.ok('backup.status', {})).toMatchObject({ folder: backups });
  });

  it('are listed for a restore, newest first, from the administrator’s folder and the desk’s own', async () => {
    const clock = fixedClock('2026-11-24T05:00:00.000Z');
    const d = await desk(clock);
    await d.desk.automaticBackup('start');
    const usb = path.join(root, 'usb');
    fs.mkdirSync(usb);
    await d.ok('backup.setFolder', { folder: usb });
    clock.set('2026-11-25T05:00:00.000Z');
    await d.desk.automaticBackup('start');
    const { backups: listed } = await d.ok('backup.list', {});
    expect(listed.map((b) => [b.folder, b.name, b.at, b.reason])).toEqual([
      [usb, 'qabyldau-2026-11-25-100000-start.sqlite', '2026-11-25T05:00:00.000Z', 'start'],
      [backups, 'qabyldau-2026-11-24-100000-start.sqlite', '2026-11-24T05:00:00.000Z', 'start'],
    ]);
    expect(listed[0]?.file).toBe(path.join(usb, 'qabyldau-2026-11-25-100000-start.sqlite'));
    expect(listed[0]?.bytes).toBeGreaterThan(0);
  });

  it('include a checked copy before every migration, at the version it had', async () => {
    const previous = MIGRATIONS.at(-2)?.version as number;
    fs.mkdirSync(dataDir, { recursive: true });
    const old = new Database(databaseFile(dataDir));
    for (const m of MIGRATIONS.filter((x) => x.version <= previous)) m.up(old);
    old.pragma(`user_version = ${previous}`);
    old.close();
    await desk(fixedClock('2026-11-25T05:00:00.000Z'));
    const [copy] = copies();
    expect(copy).toBe(`qabyldau-2026-11-25-100000-before-migration-${previous}.sqlite`);
    const db = new Database(path.join(backups, copy as string), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(previous);
    db.close();
  });
});

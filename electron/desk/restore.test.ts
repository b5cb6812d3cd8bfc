import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  countRows,
  type FileDesk,
  hireAndSitDown,
  openFileDesk,
  tempDir,
} from '../../tests/support/desk-files.ts';
import { adultIntake, CHILD, childIntake } from '../../tests/support/people.ts';
import { BackupRejectedError, DatabaseInUseError } from '../db/file-errors.ts';
import { backupDesk } from './backup.ts';
import { databaseFile } from './data-dir.ts';
import { openDeskDatabase } from './open-desk.ts';
import { restoreDataDir } from './restore.ts';

let root: string;
let dataDir: string;
const open: FileDesk[] = [];
async function desk(dir = dataDir): Promise<FileDesk> {
  const d = await openFileDesk(dir);
  open.push(d);
  return d;
}
afterEach(() => {
  for (const d of open.splice(0)) d.desk.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** A desk with one application and its printed talon, backed up; then a second application. */
async function backedUpThenChanged() {
  root = tempDir('qabyldau-restore-');
  dataDir = path.join(root, 'data');
  const d = await desk();
  // §15: the acceptance keeps its talon's PDF: one file in documents/.
  await d.ok('intake.accept', adultIntake());
  const backup = path.join(root, 'usb', 'qabyldau-backup.sqlite');
  await backupDesk(d.desk, backup);
  // Committed after the backup: these rows sit in the live -wal (no checkpoint yet).
  await d.ok('intake.accept', childIntake());
  return { d, backup };
}

const applications = (db: Database.Database) => db.prepare('SELECT count(*) FROM applications').pluck().get();

describe('restoring the desk from a backup', () => {
  it('yields exactly the backup’s rows while the old -wal holds committed rows (a crash left it)', async () => {
    const { d, backup } = await backedUpThenChanged();
    expect(fs.statSync(`${databaseFile(dataDir)}-wal`).size).toBeGreaterThan(0);
    // What a power cut leaves: the database with its hot -wal, copied while the desk was open.
    const crashed = path.join(root, 'crashed');
    fs.mkdirSync(crashed);
    for (const f of ['qabyldau.sqlite', 'qabyldau.sqlite-wal', 'qabyldau.sqlite-shm'])
      fs.copyFileSync(path.join(dataDir, f), path.join(crashed, f));
    d.desk.close();
    open.length = 0;

    const { db, report } = await restoreDataDir({
      dataDir: crashed,
      from: backup,
      now: new Date('2026-11-25T06:00:00.000Z'),
      live: null,
      close: () => {},
      reopen: () => openDeskDatabase(crashed, new Date('2026-11-25T06:00:00.000Z')),
      by: { userId: null, door: 'cli' },
    });
    expect(applications(db)).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // The replaced state is whole: its -wal was folded into its own file (never onto the copy),
    // and its two applications are there in replaced/.
    const old = new Database(path.join(report.replacedTo, 'qabyldau.sqlite'), { readonly: true });
    expect(applications(old)).toBe(2);
    old.close();
  });

  it('restores a running desk: its calls go on against the restored database, with the restore audited', async () => {
    const { d, backup } = await backedUpThenChanged();
    const report = await d.ok('backup.restore', { file: backup });
    expect(report).toMatchObject({ restoredFrom: backup, files: 1 });
    // The same context, the restored file: one application, the second one is gone from view.
    const found = await d.ok('applications.search', {});
    expect(found.total).toBe(1);
    expect(JSON.stringify(found)).not.toContain(CHILD.lastName);
    expect(countRows(databaseFile(dataDir), 'applications')).toBe(1);
    const audit = await d.ok('audit.list', {});
    expect(JSON.stringify(audit)).toContain('backup.restore');
    // The state before the restore, checked, in the data folder's backups/.
    expect(report.beforeRestore).toMatch(/backups[\\/]qabyldau-.*-before-restore\.sqlite$/);
    expect(countRows(report.beforeRestore as string, 'applications')).toBe(2);
    // The talon's PDF is back in documents/, the replaced documents/ kept aside.
    expect(fs.readdirSync(path.join(dataDir, 'documents'), { recursive: true }).join()).toMatch(/talon\.pdf/);
    expect(fs.existsSync(path.join(report.replacedTo, 'documents'))).toBe(true);

    // Restored again at the same moment: the first replaced state is kept, beside the second.
    const again = await d.ok('backup.restore', { file: backup });
    expect(again.replacedTo).not.toBe(report.replacedTo);
    expect(countRows(path.join(report.replacedTo, 'qabyldau.sqlite'), 'applications')).toBe(2);
  });

  it('is the administrator’s: a clerk is refused and nothing changes', async () => {
    const { d, backup } = await backedUpThenChanged();
    await hireAndSitDown(d, { login: 'aigerim', fullName: 'Айгерім', role: 'clerk', language: 'kk' });
    const r = await d.desk.registry.dispatch('backup.restore', { file: backup }, d.ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(countRows(databaseFile(dataDir), 'applications')).toBe(2);
  });

  it.each([
    ['not_found', (f: string) => fs.rmSync(f)],
    ['not_a_database', (f: string) => fs.writeFileSync(f, 'This is a letter, not a database.'.repeat(200))],
    [
      'too_new',
      (f: string) => {
        const db = new Database(f);
        db.pragma('user_version = 999');
        db.close();
      },
    ],
    [
      'damaged',
      (f: string) => {
        // A page of the middle overwritten: the header still says SQLite.
        const bytes = fs.readFileSync(f);
        bytes.fill(0x41, 4096 * 3, 4096 * 3 + 2000);
        fs.writeFileSync(f, bytes);
      },
    ],
  ] as const)(
    'refuses a backup that is %s, with a code for the screen, and changes nothing',
    async (problem, spoil) => {
      const { d, backup } = await backedUpThenChanged();
      spoil(backup);
      const before = fs.readdirSync(dataDir).sort();
      const r = await d.desk.registry.dispatch('backup.restore', { file: backup }, d.ctx);
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'backup_rejected', params: { file: backup, problem } },
      });
      expect(fs.readdirSync(dataDir).sort()).toEqual(before);
      expect((await d.ok('applications.search', {})).total).toBe(2);
      await expect(d.desk.restore(backup, { userId: null, door: 'cli' })).rejects.toThrow(
        BackupRejectedError,
      );
    },
  );

  it('refuses while another program holds the database open, and the desk keeps working', async () => {
    const { d, backup } = await backedUpThenChanged();
    const other = new Database(databaseFile(dataDir));
    other.prepare('SELECT count(*) FROM applications').get();
    await expect(d.desk.restore(backup, { userId: null, door: 'cli' })).rejects.toThrow(DatabaseInUseError);
    other.close();
    expect((await d.ok('applications.search', {})).total).toBe(2);
    expect(fs.existsSync(path.join(dataDir, 'replaced'))).toBe(false);
  });
});

describe('backup.restore on the test desk every handler test uses', () => {
  it('restores there too, so a hostile path gets a code, never internal', async () => {
    const { openTestDesk } = await import('../../tests/support/context.ts');
    const t = await openTestDesk();
    root = tempDir('qabyldau-restore-');
    await t.hire({ login: 'erzhan', fullName: 'Ержан', role: 'admin', language: 'ru' });
    await t.signInAs('erzhan');
    for (const file of ['/etc/passwd', '/dev/null', path.join(root, 'nothing.sqlite'), `${root}/`]) {
      const r = await t.call('backup.restore', { file });
      expect(r).toMatchObject({ ok: false, error: { code: 'backup_rejected' } });
    }
    const copy = path.join(root, 'copy.sqlite');
    const { backupDatabase } = await import('../db/backup-file.ts');
    await backupDatabase(t.ctx.db, copy);
    expect(await t.ok('backup.restore', { file: copy })).toMatchObject({ restoredFrom: copy });
    expect((await t.ok('session.users', {})).length).toBe(2);
    t.close();
  });
});

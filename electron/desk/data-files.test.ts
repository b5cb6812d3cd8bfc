import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFileDesk, tempDir } from '../../tests/support/desk-files.ts';
import { adultIntake } from '../../tests/support/people.ts';
import { DatabaseUnreadableError } from '../db/file-errors.ts';
import { backupDesk } from './backup.ts';
import { DataDirError, databaseFile, prepareDataDir } from './data-dir.ts';
import { openDesk } from './open-desk.ts';

let root: string;
let dataDir: string;
beforeEach(() => {
  root = tempDir('qabyldau-modes-');
  dataDir = path.join(root, 'data');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const modeOf = (p: string) => fs.statSync(p).mode & 0o777;

// Law No. 94-V, STANDARD.md §18: no other local account reads the personal and medical data.
describe.skipIf(process.platform === 'win32')('the data files on Linux', () => {
  it('are 0600 and their folders 0700: the database, its -wal and -shm, documents, backups', async () => {
    const d = await openFileDesk(dataDir);
    const accepted = await d.ok('intake.accept', adultIntake());
    await d.ok('intake.printTalon', { applicationId: accepted.applicationId });
    const db = databaseFile(dataDir);
    for (const f of [db, `${db}-wal`, `${db}-shm`]) expect([f, modeOf(f)]).toEqual([f, 0o600]);
    for (const f of [dataDir, ...['documents', 'attachments', 'backups'].map((s) => path.join(dataDir, s))])
      expect([f, modeOf(f)]).toEqual([f, 0o700]);

    const out = path.join(dataDir, 'backups', 'manual.sqlite');
    const copy = await backupDesk(d.desk, out);
    expect(modeOf(out)).toBe(0o600);
    expect(modeOf(copy.filesDir)).toBe(0o700);
    const pdf = fs
      .readdirSync(copy.filesDir, { recursive: true, withFileTypes: true })
      .find((e) => e.isFile()) as fs.Dirent;
    expect(modeOf(path.join(pdf.parentPath, pdf.name))).toBe(0o600);
    // A backup is one file: no stray -wal or -shm beside it.
    expect(fs.readdirSync(path.dirname(out)).filter((f) => f.startsWith('manual.sqlite'))).toEqual([
      'manual.sqlite',
      'manual.sqlite.files',
    ]);
    d.desk.close();
  });

  it('are tightened when an older version left them readable by all', async () => {
    (await openFileDesk(dataDir)).desk.close();
    fs.chmodSync(dataDir, 0o755);
    fs.chmodSync(databaseFile(dataDir), 0o644);
    fs.chmodSync(path.join(dataDir, 'documents'), 0o755);
    const d = await openFileDesk(dataDir);
    expect([modeOf(dataDir), modeOf(databaseFile(dataDir)), modeOf(path.join(dataDir, 'documents'))]).toEqual(
      [0o700, 0o600, 0o700],
    );
    d.desk.close();
  });

  it('leave a folder the desk does not own as it was (a --data-dir of /tmp must not close /tmp)', () => {
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    fs.writeFileSync(path.join(dataDir, 'someone-else.txt'), 'x');
    prepareDataDir(dataDir);
    expect(modeOf(dataDir)).toBe(0o755);
    expect(modeOf(path.join(dataDir, 'documents'))).toBe(0o700);
  });
});

describe('a data folder or database file that cannot be used', () => {
  it('is named with what to do when the data folder is a file, not a mkdir error', () => {
    const file = path.join(root, 'passwd');
    fs.writeFileSync(file, 'root:x:0:0::/root:/bin/sh\n');
    for (const dir of [file, path.join(file, 'desk')]) {
      const e = (() => {
        try {
          openDesk(dir);
        } catch (error) {
          return error as DataDirError;
        }
        throw new Error('opened');
      })();
      expect(e).toBeInstanceOf(DataDirError);
      expect(e.problem).toBe('not_a_folder');
      expect(e.message).toContain(dir);
      expect(e.message).toContain('--data-dir');
      expect(e.message).not.toMatch(/EEXIST|ENOTDIR|mkdir/);
      expect(e.message.split('\n')).toHaveLength(3);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('root:x:0:0::/root:/bin/sh\n');
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'says so when this account may not write into the data folder',
    () => {
      fs.mkdirSync(dataDir, { mode: 0o500 });
      expect(() => prepareDataDir(dataDir)).toThrow(/may not write there/);
    },
  );

  it('names the file and the restore when the database is not a database', () => {
    fs.mkdirSync(dataDir);
    fs.writeFileSync(databaseFile(dataDir), 'Not a database at all. '.repeat(100));
    const e = (() => {
      try {
        openDesk(dataDir);
      } catch (error) {
        return error as Error;
      }
      throw new Error('opened');
    })();
    expect(e).toBeInstanceOf(DatabaseUnreadableError);
    expect(e.message).toContain(databaseFile(dataDir));
    expect(e.message).toContain('restore --from');
    expect(e.message).not.toMatch(/^file is not a database$/);
    // Nothing was written into it.
    expect(fs.readFileSync(databaseFile(dataDir), 'utf8')).toMatch(/^Not a database/);
  });
});

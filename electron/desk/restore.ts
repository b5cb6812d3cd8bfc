// Restoring the desk from a backup (issue 9; STANDARD.md §18 safekeeping). Copying a backup over
// the database by hand leaves the old -wal beside it, and SQLite replays that -wal onto the copy
// (sqlite.org/howtocorrupt.html §1.4). So the restore never writes over anything:
//   1. the backup is copied into a private staging folder and checked there: a database, whole
//      (integrity_check), of Qabyldau, not newer than this program — else nothing changes;
//   2. the current state is backed up (a checked copy in <data dir>/backups/), when it can be read;
//   3. the desk's connection is closed and no other program may hold the file;
//   4. the current database WITH its -wal/-shm, and its documents/ and attachments/, are moved
//      aside into <data dir>/replaced/<time>/ — never deleted;
//   5. the staged copy and its files are moved in, the database is reopened and the restore is
//      written in its audit log.

import fs from 'node:fs';
import path from 'node:path';
import type { RestoreReport } from '../../shared/contract/backup.ts';
import { copyDataFiles, defaultBackupFolder, FILE_FOLDERS, newBackupFile } from '../backup/folder.ts';
import { writeAudit } from '../db/audit.ts';
import { assertNotInUse, openForCopy, verifyBackupFile } from '../db/backup-file.ts';
import { BackupRejectedError, DatabaseDamagedError, DatabaseUnreadableError } from '../db/file-errors.ts';
import type { Db } from '../db/open.ts';
import { PRIVATE_FILE, privateFolder, sidecarsOf } from '../db/private-files.ts';
import { inWriteTransaction } from '../db/transaction.ts';
import { getUser } from '../db/users.ts';
import type { Door } from '../kernel/context.ts';
import { backupInto } from './backup.ts';
import { DATABASE_FILE, databaseFile } from './data-dir.ts';

export interface RestoreRequest {
  dataDir: string;
  from: string;
  now: Date;
  /** The desk's open connection, or null when the current file could not be opened. */
  live: Db | null;
  /** Closes the desk's connection (step 3). */
  close(): void;
  /** Opens the database of the data folder the way the desk does (checks, migrations). */
  reopen(): Db;
  by: { userId: number | null; door: Door };
}

const stampOf = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/** Step 1: the backup, staged and checked, with its files. Throws BackupRejectedError. */
function stage(source: string, staging: string): { version: number; files: number } {
  privateFolder(staging);
  const staged = path.join(staging, DATABASE_FILE);
  if (!fs.existsSync(source) || !fs.statSync(source).isFile())
    throw new BackupRejectedError(source, 'not_found');
  fs.copyFileSync(source, staged);
  fs.chmodSync(staged, PRIVATE_FILE);
  // A backup someone opened may have its own -wal: it belongs to that copy and goes along.
  if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${staged}-wal`);
  const version = verifyBackupFile(staged, source);
  return { version, files: copyDataFiles(`${source}.files`, staging) };
}

/** Step 2: a checked copy of the state before the restore, or null when it cannot be read. */
async function backUpCurrent(req: RestoreRequest): Promise<string | null> {
  const file = databaseFile(req.dataDir);
  const folder = defaultBackupFolder(req.dataDir);
  privateFolder(folder);
  let db = req.live;
  try {
    if (!db) {
      if (!fs.existsSync(file)) return null;
      db = openForCopy(file);
    }
    return (await backupInto(db, req.dataDir, newBackupFile(folder, db, req.now, 'before-restore'))).file;
  } catch (e) {
    // The damaged file itself is kept whole in replaced/: that is its copy.
    if (e instanceof DatabaseDamagedError || e instanceof DatabaseUnreadableError) return null;
    throw e;
  } finally {
    if (db && db !== req.live) db.close();
  }
}

function moveIfThere(from: string, to: string, moved: [string, string][]): void {
  if (!fs.existsSync(from)) return;
  fs.renameSync(from, to);
  moved.push([from, to]);
}

/** Steps 4 and 5 on disk; on a failure every file goes back where it was. */
function swap(dataDir: string, staging: string, replaced: string): void {
  const file = databaseFile(dataDir);
  const moved: [string, string][] = [];
  try {
    privateFolder(replaced);
    for (const f of [file, ...sidecarsOf(file)]) moveIfThere(f, path.join(replaced, path.basename(f)), moved);
    for (const folder of FILE_FOLDERS)
      moveIfThere(path.join(dataDir, folder), path.join(replaced, folder), moved);
    moveIfThere(path.join(staging, DATABASE_FILE), file, moved);
    for (const folder of FILE_FOLDERS) {
      moveIfThere(path.join(staging, folder), path.join(dataDir, folder), moved);
      privateFolder(path.join(dataDir, folder));
    }
  } catch (e) {
    for (const [from, to] of moved.reverse()) fs.renameSync(to, from);
    throw e;
  }
}

function auditRestore(db: Db, req: RestoreRequest, report: RestoreReport): void {
  // The person who restored may have been added after the backup was made: named, not linked.
  const userId = req.by.userId !== null && getUser(db, req.by.userId) ? req.by.userId : null;
  inWriteTransaction(db, () =>
    writeAudit(
      db,
      { at: req.now.toISOString(), userId, door: req.by.door },
      {
        action: 'backup.restore',
        entity: 'database',
        entityId: null,
        after: { ...report, by: req.by.userId },
      },
    ),
  );
}

/** Restores the data folder from `req.from`; returns the reopened database and what was done. */
export async function restoreDataDir(req: RestoreRequest): Promise<{ db: Db; report: RestoreReport }> {
  const source = path.resolve(req.from);
  const stamp = stampOf(req.now);
  const staging = path.join(req.dataDir, `restoring-${stamp}`);
  // A second restore within the same moment (a fixed clock) must not write over the first's.
  let replaced = path.join(req.dataDir, 'replaced', stamp);
  for (let n = 2; fs.existsSync(replaced); n++)
    replaced = path.join(req.dataDir, 'replaced', `${stamp}-${n}`);
  let staged: { version: number; files: number };
  let beforeRestore: string | null;
  try {
    staged = stage(source, staging);
    beforeRestore = await backUpCurrent(req);
  } catch (e) {
    // Only the staging copy is removed: a copy of the backup that failed its check.
    fs.rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  req.close();
  try {
    assertNotInUse(databaseFile(req.dataDir));
    swap(req.dataDir, staging, replaced);
  } catch (e) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (req.live) req.reopen();
    throw e;
  }
  fs.rmSync(staging, { recursive: true, force: true });
  const db = req.reopen();
  const report: RestoreReport = {
    restoredFrom: source,
    replacedTo: replaced,
    beforeRestore,
    schemaVersion: staged.version,
    files: staged.files,
  };
  auditRestore(db, req, report);
  return { db, report };
}

// Copies of the database and the checks that make a copy a backup. A copy is made by SQLite
// (the online backup API, or VACUUM INTO where a door cannot wait), never by copying the file
// of a live database (FACTS.md, sqlite.org/howtocorrupt.html). Each copy is reopened, turned
// out of WAL (a backup is one file: no -wal or -shm beside it) and checked in full.

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BackupRejectedError, DatabaseDamagedError, DatabaseInUseError } from './file-errors.ts';
import { checkReport, type Db, fileError, LATEST_SCHEMA, schemaVersion } from './open.ts';
import { ensureFolder, privateFile, removeCopy } from './private-files.ts';

/**
 * Makes `out` a checked, single-file copy. When the check fails the copy is removed — a copy that
 * failed its check is no backup — and the LIVE file is named as the damaged one: the backup API
 * copies pages faithfully, so the damage came from the file the copy was taken of.
 */
function settleCopy(out: string, live: string): { file: string; bytes: number } {
  let report: string;
  try {
    const copy = new Database(out);
    try {
      copy.pragma('journal_mode = DELETE');
      report = checkReport(copy, 'integrity_check');
    } finally {
      copy.close();
    }
  } catch (e) {
    report = e instanceof Error ? e.message : String(e);
  }
  if (report !== 'ok') {
    removeCopy(out);
    throw new DatabaseDamagedError(live, report);
  }
  fs.chmodSync(out, 0o600);
  return { file: path.resolve(out), bytes: fs.statSync(out).size };
}

/** A consistent copy of a live database (online backup API), verified in full. */
export async function backupDatabase(db: Db, out: string): Promise<{ file: string; bytes: number }> {
  ensureFolder(path.dirname(path.resolve(out)));
  removeCopy(out);
  privateFile(out);
  try {
    await db.backup(out);
  } catch (e) {
    // Interrupted (the desk closed, the stick pulled out): a partial copy is no backup.
    removeCopy(out);
    throw e;
  }
  return settleCopy(out, db.name);
}

/** The same, synchronously (VACUUM INTO): for the copy taken inside the open, before a migration. */
export function copyDatabaseNow(db: Db, out: string): { file: string; bytes: number } {
  ensureFolder(path.dirname(path.resolve(out)));
  removeCopy(out);
  // VACUUM INTO writes into an existing file only when it is empty: created here, private.
  privateFile(out);
  db.prepare('VACUUM INTO ?').run(out);
  return settleCopy(out, db.name);
}

/** An existing database file opened as it is (no migration), to copy it. */
export function openForCopy(file: string): Db {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('schema_version');
    return db;
  } catch (e) {
    db.close();
    throw fileError(file, e);
  }
}

/**
 * Checks a file offered for a restore (a private staged copy of it, in fact): a database, whole
 * (integrity_check), of Qabyldau, and not newer than this program. Returns its schema version.
 */
export function verifyBackupFile(file: string, shownAs: string): number {
  if (!fs.existsSync(file)) throw new BackupRejectedError(shownAs, 'not_found');
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch {
    throw new BackupRejectedError(shownAs, 'not_a_database');
  }
  try {
    let report: string;
    try {
      db.pragma('journal_mode = DELETE');
      report = checkReport(db, 'integrity_check');
    } catch (e) {
      const known = fileError(file, e);
      throw new BackupRejectedError(
        shownAs,
        known instanceof DatabaseDamagedError ? 'damaged' : 'not_a_database',
      );
    }
    if (report !== 'ok') throw new BackupRejectedError(shownAs, 'damaged');
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA) throw new BackupRejectedError(shownAs, 'too_new');
    const hasRecords = db
      .prepare(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('applications', 'audit_log')",
      )
      .pluck()
      .get();
    if (version < 1 || hasRecords !== 2) throw new BackupRejectedError(shownAs, 'not_qabyldau');
    return version;
  } finally {
    db.close();
  }
}

/**
 * Refuses when any other connection — another window, the browser mode, a command — has the
 * file open: an exclusive lock is only granted to the one connection left. Opening also replays
 * a hot -wal left by a crash into its own database, where it belongs.
 */
export function assertNotInUse(file: string): void {
  if (!fs.existsSync(file)) return;
  let db: Db | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (e) {
    if (e instanceof Error && (e as { code?: string }).code?.startsWith('SQLITE_BUSY'))
      throw new DatabaseInUseError(file);
    // A damaged or foreign file is what a restore replaces: not a reason to stop.
  } finally {
    db?.close();
  }
}

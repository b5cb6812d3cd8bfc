// A backup of the whole desk: the database through SQLite (never a file copy of a live database —
// FACTS.md), reopened and checked in full, and the files the database points to (the printed
// PDFs, the complaints' scanned letters) in `<copy>.files/`. The automatic ones (issue 9) are
// taken at the first start of the office's day, on quit and before every migration, into the
// administrator's folder, and rotated (shared/domain/backup-rotation.ts).

import fs from 'node:fs';
import { localDateOf } from '../../shared/domain/office-time.ts';
import {
  type BackupReason,
  backupFolderOf,
  copyDataFiles,
  defaultBackupFolder,
  folderReachable,
  hasBackupOn,
  newBackupFile,
  rotateBackups,
} from '../backup/folder.ts';
import { backupDatabase, copyDatabaseNow } from '../db/backup-file.ts';
import type { Db } from '../db/open.ts';
import { privateFolder } from '../db/private-files.ts';
import { loadOfficeSettings } from '../db/settings.ts';

export { FILE_FOLDERS } from '../backup/folder.ts';

export interface DeskBackup {
  file: string;
  bytes: number;
  /** Where the files went: beside the database copy, `<file>.files/`. */
  filesDir: string;
  files: number;
}

/** The database `db` of the data folder `dataDir`, with its files, into `out`. */
export async function backupInto(db: Db, dataDir: string, out: string): Promise<DeskBackup> {
  const copy = await backupDatabase(db, out);
  const filesDir = `${copy.file}.files`;
  return { ...copy, filesDir, files: copyDataFiles(dataDir, filesDir) };
}

export async function backupDesk(desk: { db: Db; dataDir: string }, out: string): Promise<DeskBackup> {
  return backupInto(desk.db, desk.dataDir, out);
}

/**
 * The folder of the automatic copies, made ready. When the administrator's folder is not there
 * (the USB stick is out, the share is down) the copy still goes somewhere: into the desk's own
 * `<data dir>/backups` (0700) — and backup.status keeps warning about the folder that is missing.
 * A missing folder is never created: on Linux that would fill the system disk under /media.
 */
function readyFolder(db: Db, dataDir: string): string {
  const chosen = backupFolderOf(db, dataDir);
  const own = defaultBackupFolder(dataDir);
  if (chosen !== own && folderReachable(chosen)) return chosen;
  privateFolder(own);
  return own;
}

/**
 * One automatic copy. 'start' is taken only when the folder has no copy of the office's day yet
 * (the first start of the day). Returns null when nothing was due.
 */
export async function automaticBackup(
  db: Db,
  dataDir: string,
  reason: BackupReason,
  now: Date,
): Promise<DeskBackup | null> {
  const folder = readyFolder(db, dataDir);
  const today = localDateOf(now, loadOfficeSettings(db).office.timeZone);
  if (reason === 'start' && hasBackupOn(folder, today)) return null;
  const made = await backupInto(db, dataDir, newBackupFile(folder, db, now, reason));
  // Its time is the desk's clock (the one backup.status measures "older than a day" against).
  fs.utimesSync(made.file, now, now);
  rotateBackups(folder);
  return made;
}

/** The copy before a migration, inside the open (synchronous: VACUUM INTO), with its files. */
export function backupBeforeMigration(db: Db, dataDir: string, from: number, now: Date): DeskBackup {
  const folder = readyFolder(db, dataDir);
  const copy = copyDatabaseNow(db, newBackupFile(folder, db, now, `before-migration-${from}`));
  fs.utimesSync(copy.file, now, now);
  const filesDir = `${copy.file}.files`;
  return { ...copy, filesDir, files: copyDataFiles(dataDir, filesDir) };
}

// The folder of the automatic backups (issue 9; STANDARD.md §18 safekeeping): where it is (the
// administrator's choice in Settings — a USB stick, a network share — else `<data dir>/backups`),
// how its copies are named, which of them are kept, and whether it is in good order.

import fs from 'node:fs';
import path from 'node:path';
import type { BackupStatus } from '../../shared/contract/backup.ts';
import { backupsToKeep, type DatedBackup } from '../../shared/domain/backup-rotation.ts';
import { wallClockOf } from '../../shared/domain/office-time.ts';
import type { Db } from '../db/open.ts';
import { FILE_FOLDERS, PRIVATE_FILE, privateFolder } from '../db/private-files.ts';
import { loadOfficeSettings, readSetting } from '../db/settings.ts';

export const BACKUPS_KEY = 'backups';
// Defined beside the file modes, so that finding the data folder loads no settings (issue 12).
export { FILE_FOLDERS };
/** Automatic copies (rotated) and the ones taken before a change (kept). */
export type BackupReason = 'start' | 'quit' | 'before-restore' | `before-migration-${number}`;
const ROTATED: ReadonlySet<string> = new Set(['start', 'quit']);
const NAME = /^qabyldau-(\d{4}-\d{2}-\d{2})-(\d{6})(?:-\d+)?-([a-z0-9-]+)\.sqlite$/;
/** "Older than a day" is the start screen's warning. */
const STALE_MS = 24 * 60 * 60 * 1000;

export function defaultBackupFolder(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function storedBackupFolder(db: Db): string | null {
  const stored = readSetting(db, BACKUPS_KEY) as { folder?: unknown } | undefined;
  return typeof stored?.folder === 'string' ? stored.folder : null;
}

export function backupFolderOf(db: Db, dataDir: string): string {
  return storedBackupFolder(db) ?? defaultBackupFolder(dataDir);
}

/** `qabyldau-2026-11-25-100005-start.sqlite`: the office's local time, sortable by name. */
export function backupName(at: Date, timeZone: string, reason: BackupReason): string {
  const c = wallClockOf(at, timeZone);
  return `qabyldau-${c.y}-${c.mo}-${c.d}-${c.h}${c.mi}${c.s}-${reason}.sqlite`;
}

/** A new file name in the folder (a second copy within the same second gets -2, -3…). */
export function newBackupFile(folder: string, db: Db, at: Date, reason: BackupReason): string {
  const name = backupName(at, loadOfficeSettings(db).office.timeZone, reason);
  let file = path.join(folder, name);
  for (let n = 2; fs.existsSync(file); n++)
    file = path.join(folder, name.replace(`-${reason}.sqlite`, `-${n}-${reason}.sqlite`));
  return file;
}

export interface FolderBackup extends DatedBackup {
  file: string;
  reason: string;
}

export function backupsIn(folder: string): FolderBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const found: FolderBackup[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const [, day, time, reason] = m as unknown as [string, string, string, string];
    found.push({ name, day, sortKey: `${day}-${time}-${name}`, reason, file: path.join(folder, name) });
  }
  return found.sort((a, b) => b.sortKey.localeCompare(a.sortKey));
}

export function folderReachable(folder: string): boolean {
  try {
    if (!fs.statSync(folder).isDirectory()) return false;
    fs.accessSync(folder, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function backupStatusOf(db: Db, dataDir: string, now: Date): BackupStatus {
  const folder = backupFolderOf(db, dataDir);
  const reachable = folderReachable(folder);
  const newest = reachable ? backupsIn(folder)[0] : undefined;
  const lastGoodAt = newest ? fs.statSync(newest.file).mtime.toISOString() : null;
  const stale = lastGoodAt === null || now.getTime() - new Date(lastGoodAt).getTime() > STALE_MS;
  return { folder, folderReachable: reachable, lastGoodAt, warn: !reachable || stale };
}

/** Whether the folder already has an automatic copy of the office's day `day`. */
export function hasBackupOn(folder: string, day: string): boolean {
  return backupsIn(folder).some((b) => b.day === day);
}

/** Removes the automatic copies the rotation does not keep (with their files); returns them. */
export function rotateBackups(folder: string): string[] {
  const rotated = backupsIn(folder).filter((b) => ROTATED.has(b.reason));
  const keep = backupsToKeep(rotated);
  const removed: string[] = [];
  for (const b of rotated) {
    if (keep.has(b.name)) continue;
    fs.rmSync(`${b.file}.files`, { recursive: true, force: true });
    fs.rmSync(b.file, { force: true });
    removed.push(b.name);
  }
  return removed;
}

function copyTree(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0;
  privateFolder(to);
  let n = 0;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) n += copyTree(src, dst);
    else if (entry.isFile()) {
      fs.copyFileSync(src, dst);
      fs.chmodSync(dst, PRIVATE_FILE);
      n++;
    }
  }
  return n;
}

/**
 * The printed PDFs and the scanned letters, beside a database copy in `<copy>.files/`. They are
 * written once and never changed or deleted, so copying them file by file while the desk runs
 * is safe.
 */
export function copyDataFiles(dataDir: string, filesDir: string): number {
  let n = 0;
  privateFolder(filesDir);
  for (const folder of FILE_FOLDERS) n += copyTree(path.join(dataDir, folder), path.join(filesDir, folder));
  return n;
}

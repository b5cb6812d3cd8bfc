// The backup channels for Settings and the start screen. Restoring needs the desk that owns the
// open database (it closes, swaps and reopens the file): the desk lends that as
// ctx.databaseFile; the handler checks who asks and turns the file's failures into codes.

import fs from 'node:fs';
import type { BackupFile } from '../../shared/contract/backup.ts';
import { DomainError } from '../../shared/contract/result.ts';
import {
  BackupRejectedError,
  DatabaseDamagedError,
  DatabaseInUseError,
  DatabaseUnreadableError,
} from '../db/file-errors.ts';
import type { Db } from '../db/open.ts';
import { writeSetting } from '../db/settings.ts';
import { type HandlerGroup, read, task, write } from '../kernel/handler.ts';
import {
  BACKUPS_KEY,
  backupFolderOf,
  backupStatusOf,
  backupsIn,
  defaultBackupFolder,
  folderReachable,
  storedBackupFolder,
} from './folder.ts';

/** The database file's failures as the contract's codes, with the file they name. */
export function asDomainError(e: unknown): unknown {
  if (e instanceof BackupRejectedError)
    return new DomainError('backup_rejected', { file: e.file, problem: e.problem });
  if (e instanceof DatabaseDamagedError) return new DomainError('database_damaged', { file: e.file });
  if (e instanceof DatabaseUnreadableError) return new DomainError('database_damaged', { file: e.file });
  if (e instanceof DatabaseInUseError) return new DomainError('database_in_use', { file: e.file });
  return e;
}

/** A restore offers at most this many copies (rotation keeps about 23, plus the kept ones). */
const LISTED = 200;

/** The copies in the administrator's folder and in the desk's own, newest first. */
function listBackups(db: Db, dataDir: string): BackupFile[] {
  const folders = [...new Set([backupFolderOf(db, dataDir), defaultBackupFolder(dataDir)])];
  const found: BackupFile[] = [];
  for (const folder of folders)
    for (const b of backupsIn(folder)) {
      try {
        const stat = fs.statSync(b.file);
        found.push({
          file: b.file,
          folder,
          name: b.name,
          at: stat.mtime.toISOString(),
          reason: b.reason,
          bytes: stat.size,
        });
      } catch {
        // Gone between the listing and the look (a rotation, a stick pulled out): not offered.
      }
    }
  return found.sort((a, b) => b.at.localeCompare(a.at) || b.name.localeCompare(a.name)).slice(0, LISTED);
}

export const backupHandlers: HandlerGroup<
  'backup.status' | 'backup.list' | 'backup.setFolder' | 'backup.restore'
> = {
  'backup.status': read((_input, ctx) => {
    const status = backupStatusOf(ctx.db, ctx.dataDir, ctx.now);
    return ctx.databaseDamage?.() ? { ...status, damaged: true as const } : status;
  }),

  'backup.list': read((_input, ctx) => ({ backups: listBackups(ctx.db, ctx.dataDir) })),

  'backup.setFolder': write(({ folder }, ctx) => {
    // A folder that is not there now (a USB stick not plugged in) is refused when it is chosen;
    // one that goes missing later is what backup.status warns about.
    if (folder !== null && !folderReachable(folder))
      throw new DomainError('backup_folder_unreachable', { folder });
    const before = { folder: storedBackupFolder(ctx.db) };
    writeSetting(ctx.db, BACKUPS_KEY, { folder }, ctx.now.toISOString(), ctx.user.id);
    ctx.audit({ action: 'backup.setFolder', entity: 'settings', entityId: null, before, after: { folder } });
    return backupStatusOf(ctx.db, ctx.dataDir, ctx.now);
  }),

  'backup.restore': task(async ({ file }, ctx) => {
    if (!ctx.databaseFile) throw new Error('backup.restore: this door cannot restore the open database');
    try {
      return await ctx.databaseFile.restore(file, { userId: ctx.user.id, door: ctx.door });
    } catch (e) {
      throw asDomainError(e);
    }
  }),
};

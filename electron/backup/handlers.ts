// The backup channels for Settings and the start screen. Restoring needs the desk that owns the
// open database (it closes, swaps and reopens the file): the desk lends that as
// ctx.databaseFile; the handler checks who asks and turns the file's failures into codes.

import { DomainError } from '../../shared/contract/result.ts';
import {
  BackupRejectedError,
  DatabaseDamagedError,
  DatabaseInUseError,
  DatabaseUnreadableError,
} from '../db/file-errors.ts';
import { writeSetting } from '../db/settings.ts';
import { type HandlerGroup, read, task, write } from '../kernel/handler.ts';
import { BACKUPS_KEY, backupStatusOf, folderReachable, storedBackupFolder } from './folder.ts';

/** The database file's failures as the contract's codes, with the file they name. */
export function asDomainError(e: unknown): unknown {
  if (e instanceof BackupRejectedError)
    return new DomainError('backup_rejected', { file: e.file, problem: e.problem });
  if (e instanceof DatabaseDamagedError) return new DomainError('database_damaged', { file: e.file });
  if (e instanceof DatabaseUnreadableError) return new DomainError('database_damaged', { file: e.file });
  if (e instanceof DatabaseInUseError) return new DomainError('database_in_use', { file: e.file });
  return e;
}

export const backupHandlers: HandlerGroup<'backup.status' | 'backup.setFolder' | 'backup.restore'> = {
  'backup.status': read((_input, ctx) => backupStatusOf(ctx.db, ctx.dataDir, ctx.now)),

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

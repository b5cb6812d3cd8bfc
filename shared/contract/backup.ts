// Never losing a record (STANDARD.md §18: safekeeping of personal and medical data): where the
// automatic backups go, whether they are recent, and restoring the desk from one of them.

import { z } from 'zod';
import { empty } from './common.ts';

/** An absolute path on this machine: a folder, a USB stick, a network share. */
const absolutePath = z
  .string()
  .trim()
  .min(2)
  .max(1000)
  .refine((p) => !p.includes('\0'), 'path_nul')
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'path_not_absolute');

export const backupStatus = z.object({
  /** Where the automatic backups go: the administrator's folder, or `<data dir>/backups`. */
  folder: z.string(),
  /** Whether that folder is there and writable now (a USB stick taken out is not). */
  folderReachable: z.boolean(),
  /** When the newest checked automatic backup was made (ISO), or null. */
  lastGoodAt: z.string().nullable(),
  /** No good backup in the last 24 hours, or the folder is missing: the start screen warns. */
  warn: z.boolean(),
  /** The day's background integrity check found the file damaged (issue 12): writes are refused,
   * and the start screen says so beside the backups' warning. */
  damaged: z.literal(true).optional(),
});
export type BackupStatus = z.infer<typeof backupStatus>;

export const restoreReport = z.object({
  /** The backup the desk now runs on. */
  restoredFrom: z.string(),
  /** Where the replaced database (with its -wal/-shm) and its files were moved — never deleted. */
  replacedTo: z.string(),
  /** The checked copy of the state before the restore, or null when it could not be read. */
  beforeRestore: z.string().nullable(),
  schemaVersion: z.number().int(),
  files: z.number().int(),
});
export type RestoreReport = z.infer<typeof restoreReport>;

/** One backup file the administrator may restore from. */
export const backupFile = z.object({
  /** The full path, as backup.restore takes it. */
  file: z.string(),
  folder: z.string(),
  name: z.string(),
  /** When it was made (ISO): the file's time. */
  at: z.string(),
  /** start, quit, before-restore, before-migration-N… (from the name). */
  reason: z.string(),
  bytes: z.number().int().min(0),
});
export type BackupFile = z.infer<typeof backupFile>;

export const backupChannels = {
  'backup.status': { input: empty, output: backupStatus },
  /**
   * The backups a restore can start from, newest first: those in the administrator's folder and
   * in `<data dir>/backups` (where the copies before a restore or a migration go, and the
   * automatic ones while the folder is missing). Administrator only.
   */
  'backup.list': { input: empty, output: z.object({ backups: z.array(backupFile) }) },
  /** The administrator's folder for automatic backups; null returns to `<data dir>/backups`. */
  'backup.setFolder': {
    input: z.object({ folder: absolutePath.nullable() }).strict(),
    output: backupStatus,
  },
  /** Restores the desk from a backup file (administrator): the current state is kept aside. */
  'backup.restore': {
    input: z.object({ file: absolutePath }).strict(),
    output: restoreReport,
  },
} as const;

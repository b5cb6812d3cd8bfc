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

export const backupChannels = {
  'backup.status': { input: empty, output: backupStatus },
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

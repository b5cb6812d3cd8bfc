// Never losing a record (§18 safekeeping; issue 9): whether the automatic backups are fresh (the
// start screen's warning, for everyone), and for the administrator in Settings → Backups where
// they go and putting one back. A restore replaces the database under the whole desk: the desk
// is told (`restored`) so every place reads its data again.

import { createStore, type StoreApi } from 'zustand';
import type { BackupFile, BackupStatus, RestoreReport } from '../../../shared/contract/backup.ts';
import type { AppError } from '../../../shared/contract/result.ts';
import { checkInput } from '../api/check.ts';
import type { ApiClient } from '../api/client.ts';

export interface BackupState {
  status: BackupStatus | null;
  /** The administrator's list of copies to restore from (backup.list), newest first. */
  backups: BackupFile[] | null;
  /** The folder as typed in Settings. */
  folderDraft: string;
  /** The backup file to restore from: typed, pasted or chosen from the list. */
  file: string;
  /** The administrator has asked to restore and reads what will happen. */
  confirming: boolean;
  busy: 'folder' | 'restore' | null;
  notice: 'folder_saved' | null;
  /** The error of the folder form, of the restore, or of reading the list. */
  error: { of: 'folder' | 'restore' | 'list'; error: AppError } | null;
  /** What the last restore did (shown until the section is left for another person). */
  report: RestoreReport | null;
  /** Settings opens scrolled to the section (the start screen's warning leads there). */
  reveal: boolean;
  /** Asked when the desk opens (the start screen) and after a restore. */
  loadStatus(): Promise<void>;
  /** Settings → Backups: the status, the folder and the list of copies. */
  open(): Promise<void>;
  setFolderDraft(folder: string): void;
  /** null: back to `<data dir>/backups`. */
  saveFolder(folder: string | null): Promise<boolean>;
  chooseFile(file: string): void;
  askRestore(): Promise<void>;
  cancelRestore(): void;
  restore(): Promise<boolean>;
}

export type BackupStore = StoreApi<BackupState>;

export function createBackupStore(api: ApiClient, restored: () => Promise<void>): BackupStore {
  return createStore<BackupState>()((set, get) => ({
    status: null,
    backups: null,
    folderDraft: '',
    file: '',
    confirming: false,
    busy: null,
    notice: null,
    error: null,
    report: null,
    reveal: false,

    async loadStatus() {
      const r = await api.invoke('backup.status', {});
      // A status that cannot be read is no reason to warn anyone: the warning waits for the next.
      if (r.ok) set({ status: r.value });
    },

    async open() {
      const [status, list] = await Promise.all([
        api.invoke('backup.status', {}),
        api.invoke('backup.list', {}),
      ]);
      if (status.ok) set({ status: status.value, folderDraft: status.value.folder });
      set(list.ok ? { backups: list.value.backups } : { error: { of: 'list', error: list.error } });
    },

    setFolderDraft(folderDraft) {
      set({ folderDraft, notice: null });
    },

    async saveFolder(folder) {
      const input = { folder: folder === null ? null : folder.trim() };
      const bad = await checkInput('backup.setFolder', input);
      if (bad) {
        set({ error: { of: 'folder', error: bad }, notice: null });
        return false;
      }
      set({ busy: 'folder', error: null, notice: null });
      const r = await api.invoke('backup.setFolder', input);
      if (!r.ok) {
        set({ busy: null, error: { of: 'folder', error: r.error } });
        return false;
      }
      set({ busy: null, status: r.value, folderDraft: r.value.folder, notice: 'folder_saved' });
      const list = await api.invoke('backup.list', {});
      if (list.ok) set({ backups: list.value.backups });
      return true;
    },

    chooseFile(file) {
      set({ file, confirming: false, error: null });
    },

    async askRestore() {
      const bad = await checkInput('backup.restore', { file: get().file });
      if (bad) return set({ error: { of: 'restore', error: bad }, confirming: false });
      set({ confirming: true, error: null, report: null });
    },

    cancelRestore() {
      set({ confirming: false });
    },

    async restore() {
      set({ busy: 'restore', error: null });
      const r = await api.invoke('backup.restore', { file: get().file });
      if (!r.ok) {
        set({ busy: null, confirming: false, error: { of: 'restore', error: r.error } });
        return false;
      }
      set({ busy: null, confirming: false, report: r.value, file: '' });
      // The desk now runs on another database: who is signed in, the office and every place are
      // read again (the main side keeps the session when the restored file knows the user).
      await restored();
      await get().open();
      return true;
    },
  }));
}

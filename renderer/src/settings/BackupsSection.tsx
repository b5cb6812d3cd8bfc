// Settings → Backups, the administrator's (§18 safekeeping; issue 9): how fresh the automatic
// copies are and where they go, and putting one back — the main side checks the copy, keeps the
// current state aside and reopens the desk on it (electron/desk/restore.ts).

import { useEffect, useRef } from 'react';
import type { BackupFile } from '../../../shared/contract/backup.ts';
import { useBackup, useDesk, useSession } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { describeError, messagesAt, messagesAtTop } from '../i18n/errors.ts';
import { Notice } from '../ui/Announcer.tsx';
import { officeDateTime } from '../ui/dates.ts';
import { TextField, TopErrors } from '../ui/Field.tsx';
import { useBackupT } from './backup-texts.ts';

const REASONS = ['start', 'quit', 'before-restore'] as const;

function reasonKey(reason: string): (typeof REASONS)[number] | 'before-migration' | 'other' {
  if ((REASONS as readonly string[]).includes(reason)) return reason as (typeof REASONS)[number];
  return reason.startsWith('before-migration') ? 'before-migration' : 'other';
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function Status() {
  const { tp } = useBackupT();
  const status = useBackup((s) => s.status);
  const timeZone = useSession((s) => s.office?.office.timeZone);
  if (!status) return null;
  return (
    <dl className="backup-status">
      <dt>{tp('lastGood')}</dt>
      <dd>{status.lastGoodAt ? officeDateTime(status.lastGoodAt, timeZone) : tp('none')}</dd>
      <dt>{tp('folder')}</dt>
      <dd>
        <code>{status.folder}</code> — {status.folderReachable ? tp('reachable') : tp('unreachable')}
      </dd>
    </dl>
  );
}

function FolderForm() {
  const { tp, i18n } = useBackupT();
  const store = useDesk().backup;
  const draft = useBackup((s) => s.folderDraft);
  const busy = useBackup((s) => s.busy);
  const notice = useBackup((s) => s.notice);
  const error = useBackup((s) => s.error);
  const placed = error?.of === 'folder' ? describeError(i18n, error.error) : [];
  return (
    <form
      noValidate
      aria-label={tp('folder')}
      onSubmit={(e) => {
        e.preventDefault();
        void store.getState().saveFolder(draft);
      }}
    >
      <TopErrors messages={messagesAtTop(placed, ['folder'])} />
      <TextField
        id="backup-folder"
        label={tp('folderField')}
        value={draft}
        onChange={(v) => store.getState().setFolderDraft(v)}
        hint={tp('folderHint')}
        errors={messagesAt(placed, 'folder')}
        maxLength={1000}
        className="backup-path"
      />
      <div className="row">
        <button type="submit" className="secondary" disabled={busy !== null}>
          {tp('saveFolder')}
        </button>
        <button
          type="button"
          className="quiet"
          disabled={busy !== null}
          onClick={() => void store.getState().saveFolder(null)}
        >
          {tp('defaultFolder')}
        </button>
        <Notice text={notice === 'folder_saved' ? tp('folderSaved') : null} />
      </div>
    </form>
  );
}

function BackupList({ backups }: { backups: readonly BackupFile[] }) {
  const { tp } = useBackupT();
  const store = useDesk().backup;
  const chosen = useBackup((s) => s.file);
  const timeZone = useSession((s) => s.office?.office.timeZone);
  if (!backups.length) return <p className="hint">{tp('noBackups')}</p>;
  return (
    <table className="compact register">
      <caption>{tp('listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{tp('columns.at')}</th>
          <th scope="col">{tp('columns.reason')}</th>
          <th scope="col">{tp('columns.folder')}</th>
          <th scope="col">{tp('columns.size')}</th>
          <th scope="col">
            <span className="visually-hidden">{tp('choose')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.file} aria-selected={b.file === chosen}>
            <td>{officeDateTime(b.at, timeZone)}</td>
            <td>{tp(`reasons.${reasonKey(b.reason)}`)}</td>
            <td>
              <code>{b.folder}</code>
            </td>
            <td>{megabytes(b.bytes)}</td>
            <td>
              <button
                type="button"
                className="quiet"
                aria-label={tp('chooseLabel', { name: b.name })}
                onClick={() => store.getState().chooseFile(b.file)}
              >
                {tp('choose')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Confirm() {
  const { tp } = useBackupT();
  const { tp: tc } = useCommonT();
  const store = useDesk().backup;
  const file = useBackup((s) => s.file);
  const busy = useBackup((s) => s.busy);
  return (
    <div className="panel confirm" role="alertdialog" aria-labelledby="restore-confirm-title">
      <h3 id="restore-confirm-title">{tp('confirmTitle', { file })}</h3>
      <ul>
        <li>{tp('confirmLines.before')}</li>
        <li>{tp('confirmLines.aside')}</li>
        <li>{tp('confirmLines.lost')}</li>
        <li>
          <strong>{tp('confirmLines.nobody')}</strong>
        </li>
      </ul>
      <div className="row">
        <button
          type="button"
          className="warn"
          disabled={busy !== null}
          onClick={() => void store.getState().restore()}
        >
          {busy === 'restore' ? tp('restoring') : tp('confirm')}
        </button>
        <button
          type="button"
          className="quiet"
          disabled={busy !== null}
          onClick={() => store.getState().cancelRestore()}
        >
          {tc('cancel')}
        </button>
      </div>
    </div>
  );
}

function Report() {
  const { tp } = useBackupT();
  const report = useBackup((s) => s.report);
  if (!report) return null;
  return (
    <div className="notice" role="status">
      <strong>{tp('report.title')}</strong>
      <ul>
        <li>{tp('report.from', { file: report.restoredFrom })}</li>
        <li>{tp('report.replaced', { folder: report.replacedTo })}</li>
        <li>
          {report.beforeRestore ? tp('report.before', { file: report.beforeRestore }) : tp('report.noBefore')}
        </li>
        <li>{tp('report.files', { count: report.files })}</li>
        <li>{tp('report.reloaded')}</li>
      </ul>
    </div>
  );
}

function Restore() {
  const { tp, i18n } = useBackupT();
  const store = useDesk().backup;
  const backups = useBackup((s) => s.backups);
  const file = useBackup((s) => s.file);
  const confirming = useBackup((s) => s.confirming);
  const error = useBackup((s) => s.error);
  const placed = error && error.of !== 'folder' ? describeError(i18n, error.error) : [];
  return (
    <>
      <h3>{tp('restoreTitle')}</h3>
      <p className="hint">{tp('restoreExplain')}</p>
      {backups && <BackupList backups={backups} />}
      <TopErrors messages={messagesAtTop(placed, ['file'])} />
      <form
        noValidate
        aria-label={tp('restoreTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          void store.getState().askRestore();
        }}
      >
        <TextField
          id="backup-file"
          label={tp('fileField')}
          value={file}
          onChange={(v) => store.getState().chooseFile(v)}
          errors={messagesAt(placed, 'file')}
          maxLength={1000}
          className="backup-path"
        />
        {!confirming && (
          <div className="row">
            <button type="submit" className="warn">
              {tp('restore')}
            </button>
          </div>
        )}
      </form>
      {confirming && <Confirm />}
      <Report />
    </>
  );
}

export function BackupsSection() {
  const { tp } = useBackupT();
  const store = useDesk().backup;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    void store.getState().open();
    // Come from the start screen's warning: the section is at the end of a long page.
    if (store.getState().reveal) {
      heading.current?.scrollIntoView?.({ block: 'start' });
      heading.current?.focus();
      store.setState({ reveal: false });
    }
  }, [store]);
  return (
    <section className="panel backups" aria-labelledby="backups-title">
      <h2 id="backups-title" ref={heading} tabIndex={-1}>
        {tp('title')}
      </h2>
      <p className="hint">{tp('explain')}</p>
      <Status />
      <FolderForm />
      <Restore />
    </section>
  );
}

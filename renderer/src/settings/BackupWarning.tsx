// Issue 9: when the last good backup is older than a day or its folder is missing, everyone sees
// it on the start screen — and who can put it right: the administrator, who gets the way there.

import { useEffect } from 'react';
import { roleMayCall } from '../../../shared/contract/roles.ts';
import { useBackup, useDesk, useSession } from '../desk.tsx';
import { WarningBanner } from '../ui/Alerts.tsx';
import { officeDateTime } from '../ui/dates.ts';
import { useBackupT } from './backup-texts.ts';

export function BackupWarning() {
  const { tp } = useBackupT();
  const desk = useDesk();
  const status = useBackup((s) => s.status);
  const mayFix = useSession((s) => roleMayCall(s.user?.role, 'backup.setFolder'));
  const timeZone = useSession((s) => s.office?.office.timeZone);

  // Asked each time the start screen opens (and by the store after a restore).
  useEffect(() => {
    void desk.backup.getState().loadStatus();
  }, [desk]);

  // A damaged file (issue 12: the day's background check) is said first, fresh backups or not.
  if (!status?.warn && !status?.damaged) return null;
  const lines = [
    status.damaged ? tp('warning.damaged') : '',
    !status.warn
      ? ''
      : status.folderReachable
        ? status.lastGoodAt
          ? tp('warning.stale', { at: officeDateTime(status.lastGoodAt, timeZone) })
          : tp('warning.none')
        : tp('warning.unreachable', { folder: status.folder }),
    mayFix ? (status.folderReachable ? '' : tp('warning.youFix')) : tp('warning.whoFixes'),
  ].filter(Boolean);
  return (
    <WarningBanner
      lines={lines}
      action={
        mayFix
          ? {
              label: tp('warning.open'),
              onOpen: () => {
                desk.backup.setState({ reveal: true });
                desk.session.getState().go('settings');
              },
            }
          : undefined
      }
    />
  );
}

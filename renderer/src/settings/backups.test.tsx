// Settings → Backups and the start screen's warning (issue 9): everyone is told when the backups
// are stale or their folder is missing, and who can put it right; only the administrator sees
// the section, sets the folder and restores — after a confirmation that says what will happen —
// and the desk then reads its data again as the main side answers.

import { screen, waitFor, within } from '@testing-library/react';
import type { BackupFile, BackupStatus } from '../../../shared/contract/backup.ts';
import type { User } from '../../../shared/contract/common.ts';
import { DomainError } from '../../../shared/contract/result.ts';
import type { FakeHandlers } from '../test/fake-client.ts';
import { atWork, CLERK, renderDesk } from '../test/render.tsx';

const ADMIN: User = { id: 9, login: 'it', fullName: 'Ержан Сапаров', role: 'admin', language: 'kk' };
const HEAD: User = { id: 2, login: 'bolat', fullName: 'Болат Сейтқали', role: 'head', language: 'kk' };

const FRESH: BackupStatus = {
  folder: 'E:\\Qabyldau',
  folderReachable: true,
  lastGoodAt: '2026-11-25T04:00:00.000Z',
  warn: false,
};

const copy = (name: string, at: string, reason: string, folder = 'E:\\Qabyldau'): BackupFile => ({
  file: `${folder}\\${name}`,
  folder,
  name,
  at,
  reason,
  bytes: 2_400_000,
});

const LIST = [
  copy('qabyldau-2026-11-25-090000-start.sqlite', '2026-11-25T04:00:00.000Z', 'start'),
  copy('qabyldau-2026-11-24-180500-quit.sqlite', '2026-11-24T13:05:00.000Z', 'quit'),
];

function deskAs(user: User, handlers: FakeHandlers = {}) {
  return renderDesk({
    'session.current': () => atWork(user),
    'session.users': () => [user],
    'backup.list': () => ({ backups: LIST }),
    ...handlers,
  });
}

async function openBackups(d: ReturnType<typeof renderDesk>) {
  await screen.findByLabelText('ЖСН');
  await d.user.click(screen.getByRole('button', { name: 'Баптаулар' }));
  return screen.findByRole('region', { name: 'Сақтық көшірмелер (§18)' });
}

describe('the start screen’s backup warning', () => {
  it('tells a clerk that the last good backup is older than a day, and that the administrator fixes it', async () => {
    deskAs(CLERK, {
      'backup.status': () => ({ ...FRESH, lastGoodAt: '2026-11-23T05:00:00.000Z', warn: true }),
    });
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(
      'Соңғы сәтті сақтық көшірме 23.11.2026 10:00 жасалған — бір тәуліктен бұрын.',
    );
    expect(banner).toHaveTextContent('Әкімшіге хабарлаңыз: тек ол түзете алады');
    expect(within(banner).queryByRole('button')).toBeNull();
  });

  it('says nothing while the backups are fresh', async () => {
    const d = deskAs(CLERK);
    await screen.findByLabelText('ЖСН');
    await waitFor(() => expect(d.inputsOf('backup.status')).toHaveLength(1));
    expect(screen.queryByText(/сақтық көшірме/i)).toBeNull();
  });

  it('names a missing folder and takes the administrator to Settings → Backups', async () => {
    const d = deskAs(ADMIN, {
      'backup.status': () => ({ ...FRESH, folderReachable: false, lastGoodAt: null, warn: true }),
    });
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Сақтық көшірмелер қалтасы қолжетімсіз: E:\\Qabyldau.');
    expect(banner).toHaveTextContent('Флешканы немесе желілік қалтаны қосыңыз');
    expect(banner).not.toHaveTextContent('Әкімшіге хабарлаңыз');
    await d.user.click(within(banner).getByRole('button', { name: 'Сақтық көшірмелер' }));
    expect(await screen.findByRole('region', { name: 'Сақтық көшірмелер (§18)' })).toHaveTextContent(
      'қолжетімсіз — көшірмелер уақытша бағдарламаның өз қалтасына жазылады',
    );
    // Settings is a long page: the way in from the warning lands on the section's heading.
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Сақтық көшірмелер (§18)' })).toHaveFocus(),
    );
  });

  // Issue 12: the day's background check of a large file found damage; the backups are fresh.
  it('tells the head that the file is damaged and changes are refused, without a stale-backup line', async () => {
    deskAs(HEAD, { 'backup.status': () => ({ ...FRESH, damaged: true }) });
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(
      'Күнделікті тексеру дерекқор файлының зақымдалғанын анықтады: жазуға тыйым салынды.',
    );
    expect(banner).toHaveTextContent('Әкімшіге хабарлаңыз');
    expect(banner).not.toHaveTextContent('бір тәуліктен бұрын');
  });

  it('reads in Russian for a Russian-speaking clerk', async () => {
    deskAs(
      { ...CLERK, language: 'ru' },
      { 'backup.status': () => ({ ...FRESH, lastGoodAt: null, warn: true }) },
    );
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Резервной копии ещё нет.');
    expect(banner).toHaveTextContent('Сообщите администратору');
  });
});

describe('Settings → Backups', () => {
  it('is the administrator’s alone: the head and a clerk do not see it', async () => {
    for (const user of [CLERK, HEAD]) {
      const d = deskAs(user);
      await screen.findByLabelText('ЖСН');
      await d.user.click(screen.getByRole('button', { name: 'Баптаулар' }));
      await screen.findByLabelText('Атауы (қазақша)');
      expect(screen.queryByRole('region', { name: 'Сақтық көшірмелер (§18)' })).toBeNull();
      expect(d.inputsOf('backup.list')).toHaveLength(0);
      d.unmount();
    }
  });

  it('shows when the last good copy was made and where they go, and sets another folder', async () => {
    let status = FRESH;
    const d = deskAs(ADMIN, {
      'backup.status': () => status,
      'backup.setFolder': ({ folder }) => {
        if (folder === 'F:\\stick') throw new DomainError('backup_folder_unreachable', { folder });
        status = { ...FRESH, folder: folder ?? 'C:\\data\\backups' };
        return status;
      },
    });
    const section = await openBackups(d);
    expect(section).toHaveTextContent('Соңғы сәтті көшірме25.11.2026 09:00');
    expect(section).toHaveTextContent('E:\\Qabyldau — қолжетімді');

    const folder = within(section).getByLabelText(/Көшірмелер қалтасының толық жолы/);
    await d.user.clear(folder);
    await d.user.type(folder, 'F:\\stick');
    await d.user.click(within(section).getByRole('button', { name: 'Қалтаны сақтау' }));
    expect(
      await within(section).findByText(/Сақтық көшірмелер қалтасы қолжетімсіз: F:\\stick/),
    ).toBeVisible();

    await d.user.clear(folder);
    await d.user.type(folder, '\\\\server\\backup');
    await d.user.click(within(section).getByRole('button', { name: 'Қалтаны сақтау' }));
    expect(await within(section).findByText('Қалта сақталды')).toBeVisible();
    expect(d.inputsOf('backup.setFolder').at(-1)).toEqual({ folder: '\\\\server\\backup' });
    expect(section).toHaveTextContent('\\\\server\\backup — қолжетімді');
  });

  it('says a relative folder at its field and sends nothing', async () => {
    const d = deskAs(ADMIN, { 'backup.setFolder': () => FRESH });
    const section = await openBackups(d);
    const folder = within(section).getByLabelText(/Көшірмелер қалтасының толық жолы/);
    await d.user.clear(folder);
    await d.user.type(folder, 'backups');
    await d.user.click(within(section).getByRole('button', { name: 'Қалтаны сақтау' }));
    expect(folder).toHaveAccessibleDescription(/толық жолын жазыңыз/);
    expect(d.inputsOf('backup.setFolder')).toHaveLength(0);
  });

  it('restores a chosen copy only after saying what will happen, shows the report and reads the desk again', async () => {
    const d = deskAs(ADMIN, {
      'backup.restore': ({ file }) => ({
        restoredFrom: file,
        replacedTo: 'C:\\data\\replaced\\2026-11-25T06-00-00-000Z',
        beforeRestore: 'C:\\data\\backups\\qabyldau-2026-11-25-110000-before-restore.sqlite',
        schemaVersion: 8,
        files: 12,
      }),
    });
    const section = await openBackups(d);
    const list = await within(section).findByRole('table');
    expect(within(list).getAllByRole('row')[2]).toHaveTextContent('24.11.2026 18:05жабылғанда');
    await d.user.click(
      within(list).getByRole('button', { name: 'Таңдау: qabyldau-2026-11-24-180500-quit.sqlite' }),
    );
    expect(within(section).getByLabelText('Көшірме файлының толық жолы')).toHaveValue(
      'E:\\Qabyldau\\qabyldau-2026-11-24-180500-quit.sqlite',
    );
    await d.user.click(within(section).getByRole('button', { name: 'Қалпына келтіру…' }));
    const confirm = within(section).getByRole('alertdialog');
    expect(confirm).toHaveTextContent('Алдымен қазіргі күй тексерілген көшірмеге сақталады');
    expect(confirm).toHaveTextContent('replaced қалтасына жылжытылады — ештеңе өшірілмейді');
    expect(confirm).toHaveTextContent('Басқа ешкім жұмыс істемеуі керек');
    expect(d.inputsOf('backup.restore')).toHaveLength(0);

    const sessionReads = d.inputsOf('session.current').length;
    const settingsReads = d.inputsOf('settings.get').length;
    await d.user.click(within(confirm).getByRole('button', { name: 'Иә, қалпына келтіру' }));
    const report = await within(
      await screen.findByRole('region', { name: 'Сақтық көшірмелер (§18)' }),
    ).findByText('Дерекқор қалпына келтірілді');
    expect(d.inputsOf('backup.restore')).toEqual([
      { file: 'E:\\Qabyldau\\qabyldau-2026-11-24-180500-quit.sqlite' },
    ]);
    expect(report.parentElement).toHaveTextContent(
      'Бұрынғы дерекқор мен файлдар жылжытылды: C:\\data\\replaced\\2026-11-25T06-00-00-000Z',
    );
    expect(report.parentElement).toHaveTextContent('before-restore.sqlite');
    expect(report.parentElement).toHaveTextContent('Басылған және сканерленген файлдар: 12');
    // Who is signed in, the office and the places are read again from the restored database.
    expect(d.inputsOf('session.current').length).toBe(sessionReads + 1);
    await waitFor(() => expect(d.inputsOf('settings.get').length).toBeGreaterThan(settingsReads + 1));
    expect(screen.getByLabelText('Атауы (қазақша)')).toBeInTheDocument();
  });

  it('asks to sign in again when the restored database does not know the user', async () => {
    let restored = false;
    const d = deskAs(ADMIN, {
      'session.current': () => (restored ? null : atWork(ADMIN)),
      'backup.restore': ({ file }) => {
        restored = true;
        return { restoredFrom: file, replacedTo: 'C:\\r', beforeRestore: null, schemaVersion: 8, files: 0 };
      },
    });
    const section = await openBackups(d);
    await d.user.type(within(section).getByLabelText('Көшірме файлының толық жолы'), 'D:\\old.sqlite');
    await d.user.click(within(section).getByRole('button', { name: 'Қалпына келтіру…' }));
    await d.user.click(within(section).getByRole('button', { name: 'Иә, қалпына келтіру' }));
    expect(await screen.findByLabelText('Логин')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Баптаулар' })).toBeNull();
  });

  it('says why a copy cannot be restored from, and nothing is reloaded', async () => {
    const d = deskAs(ADMIN, {
      'backup.restore': ({ file }) => {
        throw new DomainError('backup_rejected', { file, problem: 'not_qabyldau' });
      },
    });
    const section = await openBackups(d);
    await d.user.type(within(section).getByLabelText('Көшірме файлының толық жолы'), 'D:\\photo.jpg');
    await d.user.click(within(section).getByRole('button', { name: 'Қалпына келтіру…' }));
    const reads = d.inputsOf('session.current').length;
    await d.user.click(within(section).getByRole('button', { name: 'Иә, қалпына келтіру' }));
    expect(
      await within(section).findByText(
        'D:\\photo.jpg көшірмесінен қалпына келтіру мүмкін емес: бұл Qabyldau көшірмесі емес. Басқа көшірмені таңдаңыз; ештеңе өзгерген жоқ.',
      ),
    ).toBeVisible();
    expect(within(section).queryByRole('alertdialog')).toBeNull();
    expect(d.inputsOf('session.current')).toHaveLength(reads);
  });

  it('does not ask to confirm a path that is not a full one', async () => {
    const d = deskAs(ADMIN, { 'backup.restore': () => Promise.reject(new Error('must not be called')) });
    const section = await openBackups(d);
    const file = within(section).getByLabelText('Көшірме файлының толық жолы');
    await d.user.type(file, 'old.sqlite');
    await d.user.click(within(section).getByRole('button', { name: 'Қалпына келтіру…' }));
    expect(file).toHaveAccessibleDescription(/толық жолын жазыңыз/);
    expect(within(section).queryByRole('alertdialog')).toBeNull();
  });
});

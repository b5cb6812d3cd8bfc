import { useDesk, useSession } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { currentLang } from '../i18n/index.ts';
import { useUsersT } from '../settings/users-texts.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useShellT } from './texts.ts';

export function Header() {
  const { tp: tc, i18n } = useCommonT();
  const { tp: tsh } = useShellT();
  const { tp } = useUsersT();
  const session = useDesk().session;
  const busy = useSession((s) => s.busy);
  const office = useSession((s) => s.office);
  const user = useSession((s) => s.user);
  const phase = useSession((s) => s.phase);
  return (
    <header className="app-header">
      <div className="office">
        <div className="office-name">{office ? office.office.name[currentLang(i18n)] : tc('appName')}</div>
        <div className="office-room">{tsh('room')}</div>
      </div>
      <div className="header-right">
        {user && (
          <div className="clerk">
            <span className="clerk-label">{tsh('clerk')}:</span> <strong>{user.fullName}</strong>{' '}
            {phase === 'ready' && (
              <button
                type="button"
                className="change-user"
                title="Ctrl+L"
                disabled={busy}
                onClick={() => void session.getState().lock()}
              >
                {tsh('lock.lockNow')}
              </button>
            )}{' '}
            {/* Locked or asked for a new password, the screen itself offers "change user". */}
            {phase === 'ready' && (
              <button
                type="button"
                className="change-user"
                disabled={busy}
                onClick={() => void session.getState().signOut()}
              >
                {tp('changeUser')}
              </button>
            )}
          </div>
        )}
        <LanguageSwitch />
      </div>
    </header>
  );
}

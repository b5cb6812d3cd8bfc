import { useTranslation } from 'react-i18next';
import { useDesk, useSession } from '../desk.tsx';
import { currentLang } from '../i18n/index.ts';
import { useUsersT } from '../settings/users-texts.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function Header() {
  const { t, i18n } = useTranslation();
  const { tp } = useUsersT();
  const session = useDesk().session;
  const busy = useSession((s) => s.busy);
  const office = useSession((s) => s.office);
  const user = useSession((s) => s.user);
  return (
    <header className="app-header">
      <div className="office">
        <div className="office-name">
          {office ? office.office.name[currentLang(i18n)] : t('common.appName')}
        </div>
        <div className="office-room">{t('shell.room')}</div>
      </div>
      <div className="header-right">
        {user && (
          <div className="clerk">
            <span className="clerk-label">{t('shell.clerk')}:</span> <strong>{user.fullName}</strong>{' '}
            <button
              type="button"
              className="change-user"
              disabled={busy}
              onClick={() => void session.getState().signOut()}
            >
              {tp('changeUser')}
            </button>
          </div>
        )}
        <LanguageSwitch />
      </div>
    </header>
  );
}

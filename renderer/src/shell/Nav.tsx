// The clerk's places (places.tsx), in its order. A place that arrives in a later issue is
// shown, plainly marked "soon", and cannot be opened — nothing is faked.

import { useTranslation } from 'react-i18next';
import { useDesk, useSession } from '../desk.tsx';
import { isOpen, PLACES } from '../places.tsx';

export function Nav() {
  const { t } = useTranslation();
  const session = useDesk().session;
  const place = useSession((s) => s.place);
  return (
    <nav className="app-nav" aria-label={t('shell.navigation')}>
      <ul>
        {PLACES.map((p) =>
          isOpen(p) ? (
            <li key={p.id}>
              <button
                type="button"
                className="nav-item"
                aria-current={place === p.id ? 'page' : undefined}
                onClick={() => session.getState().go(p.id)}
              >
                {t(`shell.places.${p.id}`)}
                {'Badge' in p && <p.Badge />}
              </button>
            </li>
          ) : (
            <li key={p.id}>
              <button type="button" className="nav-item" disabled title={t('shell.soonHint')}>
                {t(`shell.places.${p.id}`)} <span className="soon">({t('shell.soon')})</span>
              </button>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

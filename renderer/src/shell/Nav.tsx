// The clerk's places. Queue, complaints and reports arrive in later issues: they are shown,
// plainly marked "soon", and cannot be opened — nothing is faked.

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OverdueComplaintsBadge } from '../complaints/OverdueComplaints.tsx';
import { DueBadge } from '../decisions/OverdueBanner.tsx';
import { useDesk, useSession } from '../desk.tsx';
import type { Place } from '../stores/session.ts';

const LATER = ['reports'] as const;

export function Nav() {
  const { t } = useTranslation();
  const session = useDesk().session;
  const place = useSession((s) => s.place);
  const link = (p: Place, badge?: ReactNode) => (
    <li key={p}>
      <button
        type="button"
        className="nav-item"
        aria-current={place === p ? 'page' : undefined}
        onClick={() => session.getState().go(p)}
      >
        {t(`shell.places.${p}`)}
        {badge}
      </button>
    </li>
  );
  return (
    <nav className="app-nav" aria-label={t('shell.navigation')}>
      <ul>
        {link('queue')}
        {link('intake')}
        {link('applications')}
        {link('decisions', <DueBadge />)}
        {link('complaints', <OverdueComplaintsBadge />)}
        {LATER.map((p) => (
          <li key={p}>
            <button type="button" className="nav-item" disabled title={t('shell.soonHint')}>
              {t(`shell.places.${p}`)} <span className="soon">({t('shell.soon')})</span>
            </button>
          </li>
        ))}
        {link('settings')}
      </ul>
    </nav>
  );
}

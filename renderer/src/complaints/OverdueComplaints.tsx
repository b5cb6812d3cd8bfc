// Overdue complaints must be impossible to miss for the head and the deputy (§21): a banner on
// top of every place of the desk while any complaint waits past its term, and a red count on
// the navigation for everyone.

import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useDesk, useSession } from '../desk.tsx';
import './complaints.css';
import { useComplaintsT } from './i18n.ts';

function useComplaintCounts() {
  const store = useDesk().complaints;
  const summary = useStore(store, (s) => s.summary);
  const place = useSession((s) => s.place);
  // Asked again whenever the clerk changes place: the count follows the day's work.
  useEffect(() => {
    if (place !== undefined) void store.getState().refreshSummary();
  }, [store, place]);
  return { overdue: summary?.overdue ?? 0, dueToday: summary?.dueToday ?? 0 };
}

export function OverdueComplaintsBanner() {
  const { tc } = useComplaintsT();
  const desk = useDesk();
  const role = useSession((s) => s.user?.role);
  const place = useSession((s) => s.place);
  const { overdue, dueToday } = useComplaintCounts();
  if (role !== 'head' && role !== 'deputy') return null;
  if (!overdue && !dueToday) return null;
  if (place === 'complaints' && desk.complaints.getState().view === 'journal' && !overdue) return null;
  const open = () => {
    desk.session.getState().go('complaints');
    void desk.complaints.getState().showJournal({ status: overdue ? 'overdue' : 'open' });
  };
  return (
    <div className={`complaint-banner ${overdue ? 'complaint-banner-overdue' : ''}`} role="alert">
      <div>
        {overdue > 0 && (
          <strong className="complaint-banner-line">{tc('banner.overdue', { count: overdue })}</strong>
        )}
        {dueToday > 0 && (
          <span className="complaint-banner-line">{tc('banner.today', { count: dueToday })}</span>
        )}
      </div>
      <button type="button" className={overdue ? 'warn' : 'secondary'} onClick={open}>
        {tc('banner.open')}
      </button>
    </div>
  );
}

export function OverdueComplaintsBadge() {
  const { tc } = useComplaintsT();
  const { overdue } = useComplaintCounts();
  if (!overdue) return null;
  return (
    <span className="complaint-badge" title={tc('badge', { count: overdue })}>
      <span aria-hidden="true">{overdue}</span>
      <span className="visually-hidden">{tc('badge', { count: overdue })}</span>
    </span>
  );
}

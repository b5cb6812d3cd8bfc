// Overdue complaints must be impossible to miss for the head and the deputy (§21): a banner on
// top of every place of the desk while any complaint waits past its term, and a red count on
// the navigation for everyone.

import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useDesk, useSession } from '../desk.tsx';
import { CountBadge, OverdueBanner } from '../ui/Alerts.tsx';
import './complaints.css';
import { useComplaintsT } from './texts.ts';

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
  const { tp } = useComplaintsT();
  const desk = useDesk();
  const role = useSession((s) => s.user?.role);
  const place = useSession((s) => s.place);
  const { overdue, dueToday } = useComplaintCounts();
  if (role !== 'head' && role !== 'deputy') return null;
  if (!overdue && !dueToday) return null;
  if (place === 'complaints' && desk.complaints.getState().view === 'journal' && !overdue) return null;
  return (
    <OverdueBanner
      overdueText={overdue ? tp('banner.overdue', { count: overdue }) : null}
      todayText={dueToday ? tp('banner.today', { count: dueToday }) : null}
      openLabel={tp('banner.open')}
      onOpen={() => {
        desk.session.getState().go('complaints');
        void desk.complaints.getState().showJournal({ status: overdue ? 'overdue' : 'open' });
      }}
    />
  );
}

export function OverdueComplaintsBadge() {
  const { tp } = useComplaintsT();
  const { overdue } = useComplaintCounts();
  return <CountBadge count={overdue} label={tp('badge', { count: overdue })} />;
}

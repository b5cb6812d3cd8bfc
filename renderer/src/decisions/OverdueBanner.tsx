// §7.1: an application whose term has run out and whose applicant has no letter yet must be
// impossible to miss. The banner sits on top of the clerk's start screen; the badge rides on
// the navigation wherever the clerk is.

import { useEffect } from 'react';
import { useDecisions, useDesk } from '../desk.tsx';
import { CountBadge, OverdueBanner as SharedBanner } from '../ui/Alerts.tsx';
import { useDecisionsT } from './texts.ts';
import './decisions.css';

function useDueCounts() {
  const store = useDesk().decisions;
  const due = useDecisions((s) => s.due);
  useEffect(() => {
    void store.getState().loadDue();
  }, [store]);
  const rows = due?.rows ?? [];
  return {
    overdue: rows.filter((r) => r.termState === 'overdue').length,
    today: rows.filter((r) => r.termState === 'today').length,
  };
}

export function OverdueBanner() {
  const { tp } = useDecisionsT();
  const desk = useDesk();
  const { overdue, today } = useDueCounts();
  return (
    <SharedBanner
      overdueText={overdue ? tp('banner.overdue', { count: overdue }) : null}
      todayText={today ? tp('banner.today', { count: today }) : null}
      openLabel={tp('banner.open')}
      onOpen={() => {
        desk.decisions.getState().setTab('due');
        desk.session.getState().go('decisions');
      }}
    />
  );
}

export function DueBadge() {
  const { tp } = useDecisionsT();
  const { overdue } = useDueCounts();
  return <CountBadge count={overdue} label={tp('badge', { count: overdue })} />;
}

// §7.1: an application whose term has run out and whose applicant has no letter yet must be
// impossible to miss. The banner sits on top of the clerk's start screen; the badge rides on
// the navigation wherever the clerk is.

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecisions, useDesk } from '../desk.tsx';
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
  const { t } = useTranslation();
  const desk = useDesk();
  const { overdue, today } = useDueCounts();
  if (!overdue && !today) return null;
  const open = () => {
    desk.decisions.getState().setTab('due');
    desk.session.getState().go('decisions');
  };
  return (
    <div className={`due-banner ${overdue ? 'due-banner-overdue' : 'due-banner-today'}`} role="alert">
      <div>
        {overdue > 0 && (
          <strong className="due-banner-line">{t('decisions.banner.overdue', { count: overdue })}</strong>
        )}
        {today > 0 && (
          <span className="due-banner-line">{t('decisions.banner.today', { count: today })}</span>
        )}
      </div>
      <button type="button" className={overdue ? 'warn' : 'secondary'} onClick={open}>
        {t('decisions.banner.open')}
      </button>
    </div>
  );
}

export function DueBadge() {
  const { t } = useTranslation();
  const { overdue } = useDueCounts();
  if (!overdue) return null;
  return (
    <span className="due-badge" title={t('decisions.badge', { count: overdue })}>
      <span aria-hidden="true">{overdue}</span>
      <span className="visually-hidden">{t('decisions.badge', { count: overdue })}</span>
    </span>
  );
}

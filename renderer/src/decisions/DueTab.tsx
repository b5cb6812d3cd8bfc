// The due tab: every application whose applicant is not yet notified, grouped by the days left
// to the §7.1 term (overdue first), with the next step each one waits for.

import { useEffect } from 'react';
import type { DueRow } from '../../../shared/contract/decisions.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { useApplicationsT } from '../applications/texts.ts';
import { useDecisions, useDesk } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { DaysLeft } from '../ui/DaysLeft.tsx';
import { OpenRow } from '../ui/OpenRow.tsx';
import { OpenFile } from './OpenFile.tsx';
import { StatusPill } from './StatusPill.tsx';
import { useDecisionsT } from './texts.ts';

const GROUPS = ['overdue', 'today', 'tomorrow', 'this_week', 'later'] as const;

function DaysLeftCell({ row }: { row: DueRow }) {
  const { tp } = useDecisionsT();
  return (
    <>
      <DaysLeft term={row} />
      {row.termState !== 'overdue' && (
        <div className="hint">{tp('workingDays', { count: row.workingDaysLeft })}</div>
      )}
    </>
  );
}

export function DueTab() {
  const { tp } = useDecisionsT();
  const { tp: tc } = useCommonT();
  const { tp: ta } = useApplicationsT();
  const store = useDesk().decisions;
  const due = useDecisions((s) => s.due);
  const file = useDecisions((s) => s.file);
  useEffect(() => {
    void store.getState().loadDue();
  }, [store]);
  if (file) return <OpenFile applicationId={file.applicationId} />;
  if (!due) return <p role="status">{tc('loading')}</p>;
  if (!due.rows.length) return <p className="notice">{tp('nothingDue')}</p>;
  return (
    <div className="due-groups">
      {GROUPS.map((g) => {
        const rows = due.rows.filter((r) => r.termState === g);
        if (!rows.length) return null;
        return (
          <section key={g} className={`due-group due-${g}`} aria-labelledby={`due-${g}`}>
            <h2 id={`due-${g}`}>
              {tp(`groups.${g}`)} <span className="count">{rows.length}</span>
            </h2>
            <table className="register">
              <thead>
                <tr>
                  <th scope="col">{tp('columns.regNumber')}</th>
                  <th scope="col">{tp('columns.applicant')}</th>
                  <th scope="col">{tp('columns.status')}</th>
                  <th scope="col">{tp('columns.term')}</th>
                  <th scope="col">{tp('columns.left')}</th>
                  <th scope="col">{tp('columns.next')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <OpenRow
                    key={r.applicationId}
                    number={r.regNumber}
                    onOpen={() => void store.getState().openFile(r.applicationId)}
                  >
                    <td>
                      <div>{r.applicantName}</div>
                      {r.representativeName && (
                        <div className="hint">{ta('representative', { name: r.representativeName })}</div>
                      )}
                    </td>
                    <td>
                      <StatusPill status={r.status} />
                    </td>
                    <td>{formatLocalDate(r.termEnd)}</td>
                    <td>
                      <DaysLeftCell row={r} />
                    </td>
                    <td>
                      {r.letterPrinted ? tp('next.letterPrinted') : tp(`next.${r.status as 'accepted'}`)}
                    </td>
                  </OpenRow>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}

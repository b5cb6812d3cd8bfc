// The register of applications: search by IIN, name or register number, newest first a page at
// a time (the count exact up to 500, "more than 500" beyond), the §7.1 term with the days left
// coloured by urgency, and one application in full on Enter or click.

import { useEffect, useRef } from 'react';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { useApplications, useDesk } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { describeError } from '../i18n/errors.ts';
import { APPLICATIONS_PAGE } from '../stores/applications.ts';
import { DaysLeft } from '../ui/DaysLeft.tsx';
import { officeDate } from '../ui/dates.ts';
import { TopErrors } from '../ui/Field.tsx';
import { OpenRow } from '../ui/OpenRow.tsx';
import { Pager } from '../ui/Pager.tsx';
import { SearchField } from '../ui/SearchField.tsx';
import { ApplicationDetailView } from './ApplicationDetail.tsx';
import { useApplicationsT } from './texts.ts';

export function ApplicationsScreen() {
  const { tp, i18n } = useApplicationsT();
  const { tp: tc } = useCommonT();
  const desk = useDesk();
  const store = desk.applications;
  const query = useApplications((s) => s.query);
  const rows = useApplications((s) => s.rows);
  const total = useApplications((s) => s.total);
  const capped = useApplications((s) => s.capped);
  const page = useApplications((s) => s.page);
  const searching = useApplications((s) => s.searching);
  const answered = useApplications((s) => s.answered);
  const detail = useApplications((s) => s.detail);
  const error = useApplications((s) => s.error);
  const pages = Math.max(1, Math.ceil(total / APPLICATIONS_PAGE));
  const timeZone = desk.session.getState().office?.office.timeZone;
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void store.getState().search();
  }, [store]);
  useEffect(() => {
    if (!detail) searchRef.current?.focus();
  }, [detail]);

  if (detail) return <ApplicationDetailView />;

  return (
    <section className="applications" aria-labelledby="applications-title">
      <div className="screen-head">
        <h1 id="applications-title">{tp('title')}</h1>
      </div>
      <SearchField
        id="applications-search"
        label={tp('search')}
        inputRef={searchRef}
        value={query}
        onChange={(q) => store.getState().setQuery(q)}
        onEnter={() => void store.getState().search()}
      />
      <TopErrors messages={error ? describeError(i18n, error).map((p) => p.text) : []} />
      <p className="hint" role="status">
        {answered === null
          ? tc('loading')
          : rows.length
            ? tp(capped ? 'foundMore' : 'found', { count: total })
            : tp('nothing')}
      </p>
      {rows.length > 0 && (
        <table className="register">
          <thead>
            <tr>
              <th scope="col">{tp('regNumber')}</th>
              <th scope="col">{tp('applicant')}</th>
              <th scope="col">{tp('category')}</th>
              <th scope="col">{tp('accepted')}</th>
              <th scope="col">{tp('term')}</th>
              <th scope="col">{tp('daysLeft')}</th>
              <th scope="col">{tp('status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <OpenRow
                key={r.id}
                number={r.regNumber}
                className={r.status === 'cancelled' ? 'cancelled' : undefined}
                onOpen={() => void store.getState().open(r.id)}
              >
                <td>
                  <div>{r.applicantName}</div>
                  <div className="hint">{r.applicantIin}</div>
                  {r.representativeName && (
                    <div className="hint">{tp('representative', { name: r.representativeName })}</div>
                  )}
                </td>
                <td>{tc(`category.${r.category}`)}</td>
                <td>{officeDate(r.acceptedAt, timeZone)}</td>
                <td>{formatLocalDate(r.termEnd)}</td>
                <td>
                  <DaysLeft term={r} status={r.status} />
                </td>
                <td>{tp(`statuses.${r.status as 'accepted'}`)}</td>
              </OpenRow>
            ))}
          </tbody>
        </table>
      )}
      {(rows.length > 0 || page > 0) && (
        <Pager
          page={page}
          hasNext={capped ? rows.length === APPLICATIONS_PAGE : (page + 1) * APPLICATIONS_PAGE < total}
          busy={searching}
          label={capped ? tp('pageOnly', { page: page + 1 }) : tp('page', { page: page + 1, pages })}
          previous={tp('previous')}
          next={tp('next')}
          onGo={(p) => void store.getState().goToPage(p)}
        />
      )}
    </section>
  );
}

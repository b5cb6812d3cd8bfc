// The register of applications: search by IIN, name or register number, the §7.1 term with
// the days left coloured by urgency, and one application in full on Enter or click.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { useApplications, useDesk } from '../desk.tsx';
import { describeError } from '../i18n/errors.ts';
import { DaysLeft } from '../ui/DaysLeft.tsx';
import { officeDate } from '../ui/dates.ts';
import { TopErrors } from '../ui/Field.tsx';
import { ApplicationDetailView } from './ApplicationDetail.tsx';

export function ApplicationsScreen() {
  const { t, i18n } = useTranslation();
  const desk = useDesk();
  const store = desk.applications;
  const query = useApplications((s) => s.query);
  const rows = useApplications((s) => s.rows);
  const total = useApplications((s) => s.total);
  const answered = useApplications((s) => s.answered);
  const detail = useApplications((s) => s.detail);
  const error = useApplications((s) => s.error);
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
        <h2 id="applications-title">{t('applications.title')}</h2>
      </div>
      <div className="field search-field">
        <label htmlFor="applications-search">{t('applications.search')}</label>
        <input
          id="applications-search"
          ref={searchRef}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => store.getState().setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void store.getState().search();
          }}
        />
      </div>
      <TopErrors messages={error ? describeError(i18n, error).map((p) => p.text) : []} />
      <p className="hint" role="status">
        {answered === null
          ? t('common.loading')
          : rows.length
            ? t('applications.found', { count: total })
            : t('applications.nothing')}
      </p>
      {rows.length > 0 && (
        <table className="register">
          <thead>
            <tr>
              <th scope="col">{t('applications.regNumber')}</th>
              <th scope="col">{t('applications.applicant')}</th>
              <th scope="col">{t('applications.category')}</th>
              <th scope="col">{t('applications.accepted')}</th>
              <th scope="col">{t('applications.term')}</th>
              <th scope="col">{t('applications.daysLeft')}</th>
              <th scope="col">{t('applications.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.id}
                className={r.status === 'cancelled' ? 'cancelled' : undefined}
                onClick={() => void store.getState().open(r.id)}
              >
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={(e) => {
                      e.stopPropagation();
                      void store.getState().open(r.id);
                    }}
                  >
                    {r.regNumber}
                  </button>
                </td>
                <td>
                  <div>{r.applicantName}</div>
                  <div className="hint">{r.applicantIin}</div>
                  {r.representativeName && (
                    <div className="hint">
                      {t('applications.representative', { name: r.representativeName })}
                    </div>
                  )}
                </td>
                <td>{t(`category.${r.category}`)}</td>
                <td>{officeDate(r.acceptedAt, timeZone)}</td>
                <td>{formatLocalDate(r.termEnd)}</td>
                <td>
                  <DaysLeft term={r} status={r.status} />
                </td>
                <td>{t(`applications.statuses.${r.status as 'accepted'}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

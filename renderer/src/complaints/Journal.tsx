// The complaint journal on screen (§23): filters by the period of receipt, state, addressee and
// channel; the days left to each answer coloured by urgency; the paper journal (PDF) and the
// XLSX of the same selection; indicators 4.1 and 4.2 when a whole period is chosen.

import { useState } from 'react';
import { useStore } from 'zustand';
import type { ComplaintRow } from '../../../shared/contract/complaints.ts';
import { COMPLAINT_ADDRESSEES, COMPLAINT_CHANNELS } from '../../../shared/domain/complaint.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { useDesk, useSession } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { describeError } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import type { FilterDraft } from '../stores/complaints.ts';
import { Notice } from '../ui/Announcer.tsx';
import { DateField, isDate } from '../ui/DateField.tsx';
import { DaysLeft } from '../ui/DaysLeft.tsx';
import { officeDateTime } from '../ui/dates.ts';
import { TopErrors } from '../ui/Field.tsx';
import { LanguageOptions } from '../ui/LanguageOptions.tsx';
import { OpenRow } from '../ui/OpenRow.tsx';
import { useComplaintsT } from './texts.ts';

const STATUSES = ['open', 'overdue', 'answered', 'sent', 'cancelled'] as const;

export function ReviewDaysLeft({ row }: { row: Pick<ComplaintRow, 'state' | 'daysLeft' | 'answeredLate'> }) {
  const { tp } = useComplaintsT();
  if (row.state !== 'under_review' && row.state !== 'overdue') {
    return row.answeredLate ? <span className="days-left term-overdue">{tp('late')}</span> : null;
  }
  const termState =
    row.daysLeft < 0 ? 'overdue' : row.daysLeft === 0 ? 'today' : row.daysLeft === 1 ? 'tomorrow' : 'later';
  return <DaysLeft term={{ daysLeft: row.daysLeft, termState }} />;
}

export function StateMark({ state }: { state: ComplaintRow['state'] }) {
  const { tp } = useComplaintsT();
  return <span className={`state state-${state}`}>{tp(`states.${state}`)}</span>;
}

function Indicators() {
  const { tp } = useComplaintsT();
  const indicators = useStore(useDesk().complaints, (s) => s.indicators);
  if (!indicators) return null;
  const value = (p: number | null) => (p === null ? tp('indicators.none') : `${p} %`);
  return (
    <section className="complaint-indicators" aria-label={tp('indicators.title', { from: '', to: '' })}>
      <strong>
        {tp('indicators.title', {
          from: formatLocalDate(indicators.from),
          to: formatLocalDate(indicators.to),
        })}
      </strong>
      {indicators.indicators.map((i) => (
        <p key={i.code} data-testid={`indicator-${i.code}`}>
          {tp(i.code === '4.1' ? 'indicators.i41' : 'indicators.i42', {
            value: value(i.percent),
            norm: i.norm,
            num: i.numerator,
            den: i.denominator,
          })}
        </p>
      ))}
      <p className="hint">{tp('indicators.hint')}</p>
    </section>
  );
}

export function Journal() {
  const { tp, i18n } = useComplaintsT();
  const { tp: tc } = useCommonT();
  const desk = useDesk();
  const store = desk.complaints;
  const filter = useStore(store, (s) => s.filter);
  const rows = useStore(store, (s) => s.rows);
  const loaded = useStore(store, (s) => s.loaded);
  const busy = useStore(store, (s) => s.busy);
  const notice = useStore(store, (s) => s.notice);
  const error = useStore(store, (s) => s.error);
  const office = useSession((s) => s.office);
  const timeZone = office?.office.timeZone;
  const [docLang, setDocLang] = useState<Lang>(office?.documentLanguage ?? currentLang(i18n));
  const placed = error ? describeError(i18n, error) : [];
  const set = (change: Partial<FilterDraft>) => store.getState().setFilter(change);
  const addresseeTitle = (a: (typeof COMPLAINT_ADDRESSEES)[number]) =>
    office?.contacts[a].title[currentLang(i18n)] ?? a;

  return (
    <section aria-labelledby="complaints-title">
      <div className="screen-head">
        <h1 id="complaints-title">{tp('title')}</h1>
        <span className="service-title">{tp('subtitle')}</span>
      </div>
      <div className="row">
        <button type="button" className="primary" onClick={() => void store.getState().startRegister()}>
          {tp('register')}
        </button>
      </div>
      <fieldset className="panel complaint-filters">
        <legend>{tp('filters.legend')}</legend>
        <DateField
          id="complaints-from"
          label={tp('filters.from')}
          value={filter.from}
          onChange={(from) => (isDate(from) || !from) && set({ from })}
        />
        <DateField
          id="complaints-to"
          label={tp('filters.to')}
          value={filter.to}
          onChange={(to) => (isDate(to) || !to) && set({ to })}
        />
        <div className="field">
          <label htmlFor="complaints-status">{tp('filters.status')}</label>
          <select
            id="complaints-status"
            value={filter.status}
            onChange={(e) => set({ status: e.target.value as FilterDraft['status'] })}
          >
            <option value="">{tp('filters.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {tp(`statusFilter.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="complaints-addressee">{tp('filters.addressee')}</label>
          <select
            id="complaints-addressee"
            value={filter.addressee}
            onChange={(e) => set({ addressee: e.target.value as FilterDraft['addressee'] })}
          >
            <option value="">{tp('filters.any')}</option>
            {COMPLAINT_ADDRESSEES.map((a) => (
              <option key={a} value={a}>
                {addresseeTitle(a)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="complaints-channel">{tp('filters.channel')}</label>
          <select
            id="complaints-channel"
            value={filter.channel}
            onChange={(e) => set({ channel: e.target.value as FilterDraft['channel'] })}
          >
            <option value="">{tp('filters.any')}</option>
            {COMPLAINT_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {tp(`channels.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-query">
          <label htmlFor="complaints-query">{tp('filters.query')}</label>
          <input
            id="complaints-query"
            type="search"
            value={filter.query}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => set({ query: e.target.value })}
          />
        </div>
        <div className="field">
          <button
            type="button"
            className="quiet"
            onClick={() => set({ from: '', to: '', status: '', addressee: '', channel: '', query: '' })}
          >
            {tp('filters.clear')}
          </button>
        </div>
      </fieldset>
      <TopErrors messages={placed.map((p) => p.text)} />
      <Indicators />
      <div className="row">
        <label htmlFor="journal-lang">{tp('documentLanguage')}</label>
        <select id="journal-lang" value={docLang} onChange={(e) => setDocLang(e.target.value as Lang)}>
          <LanguageOptions />
        </select>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void store.getState().printJournal(docLang)}
        >
          {tp('printJournal')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void store.getState().exportXlsx(docLang)}
        >
          {tp('exportXlsx')}
        </button>
        <Notice text={notice ? tp(`notices.${notice}`) : null} />
      </div>
      <p className="hint" role="status">
        {!loaded ? tc('loading') : rows.length ? tp('found', { count: rows.length }) : tp('nothing')}
      </p>
      {rows.length > 0 && (
        <table className="register" aria-label={tp('title')}>
          <thead>
            <tr>
              <th scope="col">{tp('columns.number')}</th>
              <th scope="col">{tp('columns.received')}</th>
              <th scope="col">{tp('columns.channel')}</th>
              <th scope="col">{tp('columns.complainant')}</th>
              <th scope="col">{tp('columns.addressee')}</th>
              <th scope="col">{tp('columns.summary')}</th>
              <th scope="col">{tp('columns.term')}</th>
              <th scope="col">{tp('columns.left')}</th>
              <th scope="col">{tp('columns.state')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <OpenRow
                key={r.id}
                number={r.journalNumber}
                className={
                  r.state === 'overdue' ? 'overdue' : r.state === 'cancelled' ? 'cancelled' : undefined
                }
                onOpen={() => void store.getState().open(r.id)}
              >
                <td>{officeDateTime(r.receivedAt, timeZone)}</td>
                <td>{tp(`channels.${r.channel}`)}</td>
                <td>{r.complainantName}</td>
                <td>{addresseeTitle(r.addressee)}</td>
                <td>
                  <div className="summary-cell">{r.summary}</div>
                </td>
                <td>{formatLocalDate(r.termEnd)}</td>
                <td>
                  <ReviewDaysLeft row={r} />
                </td>
                <td>
                  <StateMark state={r.state} />
                </td>
              </OpenRow>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

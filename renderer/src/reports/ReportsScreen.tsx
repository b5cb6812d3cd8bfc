// The report place (§19, §20, the appendix; issue 10): the period picked (a month by default —
// last month until the 10th, when its report is being prepared — a quarter, a year or any
// range), the indicators' table with the volumes beside it, the records behind a number, the
// 12-month trend, the exports, and the head's and deputy's send, targets and 3.3 entry.

import { type FormEvent, useEffect } from 'react';
import { roleMayCall } from '../../../shared/contract/roles.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { useDesk, useSession } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { describeError } from '../i18n/errors.ts';
import { currentLang } from '../i18n/index.ts';
import type { PeriodDraft, PeriodKind, ReportFormat } from '../stores/report.ts';
import { officeDateTime } from '../ui/dates.ts';
import { TextField, TopErrors } from '../ui/Field.tsx';
import { HeadTools, SendReport } from './HeadTools.tsx';
import { IndicatorTable } from './IndicatorTable.tsx';
import { RecordsPanel } from './RecordsPanel.tsx';
import { RollUp } from './RollUp.tsx';
import { TrendSection } from './TrendChart.tsx';
import { useReportsT } from './texts.ts';
import { useReportStore } from './use-report.ts';
import { Volumes } from './Volumes.tsx';
import './reports.css';
import { Notice } from '../ui/Announcer.tsx';

const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year', 'range'];
const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;
const FORMATS: readonly ReportFormat[] = ['pdf', 'xlsx', 'csv', 'json'];

function PeriodPicker() {
  const { tp } = useReportsT();
  const { tp: tc } = useCommonT();
  const store = useDesk().report;
  const draft = useReportStore((s) => s.draft);
  const busy = useReportStore((s) => s.busy);
  const error = useReportStore((s) => s.error);
  const issues = error?.code === 'invalid_input' ? (error.issues ?? []) : [];
  const at = (path: string) =>
    issues
      .filter((i) => i.path === path)
      .map((i) =>
        tp(
          i.message === 'range_reversed'
            ? 'period.reversed'
            : i.message === 'year_format'
              ? 'period.badYear'
              : 'period.badDate',
        ),
      );
  const set = (change: Partial<PeriodDraft>) => store.getState().setDraft(change);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void store.getState().show();
  };
  return (
    <form onSubmit={submit} className="report-period">
      <fieldset className="panel inline-form">
        <legend>{tp('period.legend')}</legend>
        <div className="radios" role="radiogroup" aria-label={tp('period.legend')}>
          {KINDS.map((k) => (
            <label key={k} className="radio">
              <input
                type="radio"
                name="report-kind"
                checked={draft.kind === k}
                onChange={() => set({ kind: k })}
              />
              {tp(`period.${k}`)}
            </label>
          ))}
        </div>
        {draft.kind === 'month' && (
          <div className="field">
            <label htmlFor="report-month">{tp('period.monthName')}</label>
            <select id="report-month" value={draft.month} onChange={(e) => set({ month: e.target.value })}>
              {MONTHS.map((m) => (
                <option key={m} value={m}>
                  {tc(`date.months.${m}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {draft.kind === 'quarter' && (
          <div className="field">
            <label htmlFor="report-quarter">{tp('period.quarterName')}</label>
            <select
              id="report-quarter"
              value={draft.quarter}
              onChange={(e) => set({ quarter: e.target.value })}
            >
              {['1', '2', '3', '4'].map((q) => (
                <option key={q} value={q}>
                  {tp('period.quarterN', { n: q })}
                </option>
              ))}
            </select>
          </div>
        )}
        {draft.kind !== 'range' ? (
          <TextField
            id="report-year"
            label={tp('period.yearName')}
            value={draft.year}
            size={5}
            inputMode="numeric"
            errors={at('year')}
            onChange={(year) => set({ year })}
          />
        ) : (
          <>
            <TextField
              id="report-from"
              label={tp('period.from')}
              value={draft.from}
              placeholder={tp('period.datePlaceholder')}
              size={10}
              inputMode="numeric"
              errors={at('from')}
              onChange={(from) => set({ from })}
            />
            <TextField
              id="report-to"
              label={tp('period.to')}
              value={draft.to}
              placeholder={tp('period.datePlaceholder')}
              size={10}
              inputMode="numeric"
              errors={at('to')}
              onChange={(to) => set({ to })}
            />
          </>
        )}
        <div className="field">
          <button type="submit" className="primary" disabled={busy}>
            {tp('period.show')}
          </button>
        </div>
        {draft.kind !== 'range' && (
          <div className="period-steps">
            <button
              type="button"
              className="quiet"
              disabled={busy}
              onClick={() => void store.getState().step(-1)}
            >
              {tp('period.previous')}
            </button>
            <button
              type="button"
              className="quiet"
              disabled={busy}
              onClick={() => void store.getState().step(1)}
            >
              {tp('period.next')}
            </button>
          </div>
        )}
      </fieldset>
    </form>
  );
}

function Actions({ head }: { head: boolean }) {
  const { tp, i18n } = useReportsT();
  const store = useDesk().report;
  const busy = useReportStore((s) => s.busy);
  const notice = useReportStore((s) => s.notice);
  return (
    <div className="row report-actions">
      <span className="actions-label">{tp('actions.export')}:</span>
      {FORMATS.map((f) => (
        <button
          key={f}
          type="button"
          className="secondary"
          disabled={busy}
          aria-label={tp('actions.exportLabel', { format: tp(`actions.${f}`) })}
          onClick={() => void store.getState().exportFile(f, currentLang(i18n))}
        >
          {tp(`actions.${f}`)}
        </button>
      ))}
      {head && <SendReport />}
      <Notice
        text={
          notice && (notice.kind === 'exported' || notice.kind === 'sent')
            ? tp(notice.kind === 'sent' ? 'actions.sent' : 'actions.exported', { file: notice.detail })
            : null
        }
      />
      <Notice text={notice?.kind === 'targetSaved' ? tp('head.saved', { code: notice.detail }) : null} />
      <Notice text={notice?.kind === 'shareEntered' ? tp('head.entered') : null} />
    </div>
  );
}

function SentBanner() {
  const { tp } = useReportsT();
  const sent = useReportStore((s) => s.report?.sent);
  const timeZone = useSession((s) => s.office?.office.timeZone);
  if (!sent) return null;
  return (
    <div className={sent.changed ? 'warning sent-banner' : 'notice sent-banner'} role="status">
      {tp('sent.banner', {
        at: officeDateTime(sent.sentAt, timeZone),
        file: sent.fileName,
        sha: sent.sha256.slice(0, 12),
      })}{' '}
      {tp(sent.changed ? 'sent.changed' : 'sent.same')}
    </div>
  );
}

export function ReportsScreen() {
  const { tp, i18n } = useReportsT();
  const { tp: tc } = useCommonT();
  const store = useDesk().report;
  const report = useReportStore((s) => s.report);
  const error = useReportStore((s) => s.error);
  const role = useSession((s) => s.user?.role);
  const head = role === 'head' || role === 'deputy';

  useEffect(() => {
    void store.getState().open();
  }, [store]);

  const topErrors =
    error && error.code !== 'invalid_input' ? describeError(i18n, error).map((p) => p.text) : [];
  return (
    <section className="reports" aria-labelledby="reports-title">
      <div className="screen-head">
        <h1 id="reports-title">{tp('title')}</h1>
        <span className="service-title">{tp('subtitle')}</span>
      </div>
      <PeriodPicker />
      <TopErrors messages={topErrors} />
      {!report ? (
        <p className="hint" role="status">
          {tc('loading')}
        </p>
      ) : (
        <>
          <p className="period-shown">
            <strong>
              {tp('period.shown', {
                from: formatLocalDate(report.period.from),
                to: formatLocalDate(report.period.to),
              })}
            </strong>{' '}
            <span className="hint">{report.office.name[currentLang(i18n)]}</span>
          </p>
          <Actions head={head} />
          <SentBanner />
          <div className="report-columns">
            <div className="report-main">
              <IndicatorTable />
              <RecordsPanel />
              <TrendSection />
            </div>
            <Volumes />
          </div>
          {head && <HeadTools />}
          {roleMayCall(role, 'report.merge') && <RollUp />}
        </>
      )}
    </section>
  );
}

// The records behind a number of the table: the applications, tickets, visits, complaints or
// survey answers a row counted, each with its date and whether it is in the numerator, and for
// an application or a complaint the way on to it in its own place.

import { useEffect, useRef } from 'react';
import type { Report } from '../../../shared/contract/report.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { SURVEY_QUESTIONS } from '../../../shared/domain/report/survey.ts';
import { useDesk } from '../desk.tsx';
import { type RecordsFilter, recordKind } from '../stores/report.ts';
import { type reportsTexts, useReportsT } from './texts.ts';
import { useReportStore } from './use-report.ts';

type Tp = ReturnType<typeof reportsTexts.useT>['tp'];
type Rec = Report['rows'][number]['records'][number];

const isSurvey = (code: string) => (SURVEY_QUESTIONS as readonly string[]).includes(code);

/** A record's reference in words: "visit 17", "hand in documents, kiosk", a register number. */
export function refText(code: string, ref: string, tp: Tp): string {
  const visit = /^visit (\d+)$/.exec(ref);
  if (visit) return tp('records.visit', { n: visit[1] ?? '' });
  if (isSurvey(code)) {
    const [purpose, source] = ref.split('/');
    const p = ['hand_in', 'collect', 'complaint'].includes(purpose ?? '')
      ? tp(`records.purposes.${purpose as 'hand_in'}`)
      : (purpose ?? '');
    const s = ['kiosk', 'paper'].includes(source ?? '')
      ? tp(`records.sources.${source as 'kiosk'}`)
      : (source ?? '');
    return `${p}, ${s}`;
  }
  return ref;
}

/** The main side's short note on a record (English shorthand) in the user's language. */
export function noteText(code: string, note: string | undefined, tp: Tp): string {
  if (!note) return '';
  if (note === 'not notified') return tp('records.notNotified');
  let m = /^notified (\d{4}-\d{2}-\d{2})$/.exec(note);
  if (m) return tp('records.notified', { date: formatLocalDate(m[1] ?? '') });
  m = /^([\d.]+) min$/.exec(note);
  if (m) return tp('records.minutes', { m: (m[1] ?? '').replace('.', ',') });
  m = /^returned (\d+)$/.exec(note);
  if (m) return tp('records.returned', { n: m[1] ?? '' });
  if (isSurvey(code) && /^[1-5]$/.test(note)) return tp('records.mark', { n: note });
  return note;
}

// Text keys cannot hold a dot: 'i11' is 1.1's.
const dateKey = (code: string) =>
  (isSurvey(code) ? 'survey' : `i${code.replace('.', '')}`) as
    | 'i11'
    | 'i12'
    | 'i22'
    | 'i32'
    | 'i33'
    | 'i41'
    | 'i42'
    | 'survey';

const FILTERS: readonly RecordsFilter[] = ['all', 'counted', 'not_counted'];

export function RecordsPanel() {
  const { tp } = useReportsT();
  const store = useDesk().report;
  const report = useReportStore((s) => s.report);
  const shown = useReportStore((s) => s.records);
  const missing = useReportStore((s) => s.missing);
  const headRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shown) headRef.current?.focus();
  }, [shown]);
  const row = report?.rows.find((r) => r.code === shown?.code);
  if (!shown || !row) return null;
  const keep = (r: Rec) => shown.filter === 'all' || (shown.filter === 'counted' ? r.counted : !r.counted);
  const list = row.records.filter(keep);
  const counts: Record<RecordsFilter, number> = {
    all: row.records.length,
    counted: row.records.filter((r) => r.counted).length,
    not_counted: row.records.filter((r) => !r.counted).length,
  };
  const filterLabel = (f: RecordsFilter) =>
    tp(f === 'all' ? 'records.all' : f === 'counted' ? 'records.counted' : 'records.notCounted', {
      n: counts[f],
    });
  return (
    <section className="panel report-records" aria-labelledby="report-records-title">
      <div className="section-head">
        <h2 id="report-records-title" ref={headRef} tabIndex={-1}>
          {tp('records.title', { code: row.code })}
        </h2>
        <button type="button" className="quiet" onClick={() => store.getState().closeRecords()}>
          {tp('records.close')}
        </button>
      </div>
      <fieldset className="radios records-filter">
        <legend className="visually-hidden">{tp('records.filter')}</legend>
        {FILTERS.map((f) => (
          <label key={f} className="radio">
            <input
              type="radio"
              name="records-filter"
              checked={shown.filter === f}
              onChange={() => store.getState().showRecords(row.code, f)}
            />
            {filterLabel(f)}
          </label>
        ))}
      </fieldset>
      {missing && (
        <p className="warning" role="alert">
          {tp('records.notFound', { ref: missing })}
        </p>
      )}
      {list.length === 0 ? (
        <p className="hint">{tp('records.none')}</p>
      ) : (
        <table className="compact records-table" aria-label={tp('records.title', { code: row.code })}>
          <thead>
            <tr>
              <th scope="col">{tp('records.number')}</th>
              <th scope="col">{tp('records.record')}</th>
              <th scope="col">
                {tp('records.date')} ({tp(`records.dateOf.${dateKey(row.code)}`)})
              </th>
              <th scope="col">{tp('records.countedCol')}</th>
              <th scope="col">{tp('records.note')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: records have no id (two survey answers may be alike); the list is never reordered
              <RecordRow key={i} n={i + 1} code={row.code} record={r} tp={tp} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function RecordRow({ n, code, record, tp: t }: { n: number; code: string; record: Rec; tp: Tp }) {
  const store = useDesk().report;
  const kind = recordKind(code, record.ref);
  const text = refText(code, record.ref, t);
  return (
    <tr className={record.counted ? undefined : 'not-counted'}>
      <td>{n}</td>
      <td>
        {kind ? (
          <button
            type="button"
            className="link"
            title={t('records.open')}
            onClick={() => void store.getState().openRecord(code, record.ref)}
          >
            {text}
          </button>
        ) : (
          text
        )}
      </td>
      <td>{formatLocalDate(record.date)}</td>
      <td>{record.counted ? `✓ ${t('records.yes')}` : `✗ ${t('records.no')}`}</td>
      <td>{noteText(code, record.note, t)}</td>
    </tr>
  );
}

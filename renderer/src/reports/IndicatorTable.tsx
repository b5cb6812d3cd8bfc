// The appendix table as the head reads it: each indicator's code, its wording and formula in the
// user's language, "34 of 38" with each number a way to the records behind it, the value, the
// year's normative and target, met or not said in words (not by colour alone), "no data" with
// its reason, 1.2's two readings labelled, and the numbers of a sent report beside any that
// changed since.

import type { Report } from '../../../shared/contract/report.ts';
import { useDesk } from '../desk.tsx';
import { numberText, percentText, signedText } from './format.ts';
import { useReportsT } from './texts.ts';
import { useReportStore } from './use-report.ts';

type Row = Report['rows'][number];

function Numbers({ row }: { row: Row }) {
  const { tp } = useReportsT();
  const store = useDesk().report;
  const notCounted = row.denominator - row.numerator;
  // Nothing to count: the value cell says why; "0 of 0" would only look like a result.
  if (row.denominator === 0) return <span className="hint">—</span>;
  if (row.source === 'entered' || row.code === '4.1') {
    // 3.3 is the head's two numbers; 4.1's denominator is a count of applications, not records.
    return (
      <span>
        {row.source === 'entered' || row.records.length === 0 ? (
          row.numerator
        ) : (
          <button
            type="button"
            className="link number"
            aria-label={tp('table.all', { code: row.code, n: row.numerator })}
            onClick={() => store.getState().showRecords(row.code, 'all')}
          >
            {row.numerator}
          </button>
        )}{' '}
        {tp('table.ofWord')} {row.denominator}
      </span>
    );
  }
  return (
    <span>
      <button
        type="button"
        className="link number"
        aria-label={tp('table.counted', { code: row.code, n: row.numerator })}
        onClick={() => store.getState().showRecords(row.code, 'counted')}
      >
        {row.numerator}
      </button>{' '}
      {tp('table.ofWord')}{' '}
      <button
        type="button"
        className="link number"
        aria-label={tp('table.all', { code: row.code, n: row.denominator })}
        onClick={() => store.getState().showRecords(row.code, 'all')}
      >
        {row.denominator}
      </button>
      {notCounted > 0 && (
        <div>
          <button
            type="button"
            className="link number-aside"
            aria-label={tp('table.notCounted', { code: row.code, n: notCounted })}
            onClick={() => store.getState().showRecords(row.code, 'not_counted')}
          >
            {tp('table.notCountedShort', { n: notCounted })}
          </button>
        </div>
      )}
    </span>
  );
}

function Frozen({ row }: { row: Row }) {
  const { tp, i18n } = useReportsT();
  const f = row.frozen;
  if (!f) return <span className="hint">{tp('table.unchanged')}</span>;
  const was =
    f.value === null
      ? tp('table.frozenNoData')
      : tp('table.frozen', { n: f.numerator, d: f.denominator, v: percentText(f.value, i18n) });
  const diff = f.value !== null && row.value !== null ? row.value - f.value : null;
  return (
    <div className="frozen">
      <div>{was}</div>
      {diff !== null && diff !== 0 && (
        <div className="frozen-diff">
          {tp('table.difference', { diff: signedText(Math.round(diff * 100) / 100, i18n) })}
        </div>
      )}
      {(f.normative !== row.normative || f.target !== row.target) && (
        <div className="hint">
          {tp('table.frozenTargets', {
            normative: numberText(f.normative, i18n),
            target: numberText(f.target, i18n),
          })}
        </div>
      )}
    </div>
  );
}

function IndicatorRow({ row, sent }: { row: Row; sent: boolean }) {
  const { tp, i18n } = useReportsT();
  const store = useDesk().report;
  const lang = i18n.language === 'ru' ? 'ru' : 'kk';
  const bound = (v: number) =>
    tp(row.better === 'lower' ? 'table.atMost' : 'table.atLeast', { v: numberText(v, i18n) });
  const met = row.met === null ? 'noMet' : row.met ? 'yes' : 'no';
  return (
    <tr className={`indicator indicator-${met}`} data-code={row.code}>
      <th scope="row">
        <button
          type="button"
          className="link"
          title={tp('table.trend', { code: row.code })}
          onClick={() => store.getState().chart(row.code)}
        >
          {row.code}
        </button>
      </th>
      <td className="indicator-text">
        <div>{row.text[lang]}</div>
        <div className="hint">{row.formula[lang]}</div>
        {row.enteredSource && (
          <div className="hint">{tp('table.source33', { source: row.enteredSource })}</div>
        )}
      </td>
      <td className="numbers">
        <Numbers row={row} />
      </td>
      <td className="value">
        {row.value === null ? (
          <div>
            <strong>{tp('table.noData')}</strong>
            <div className="hint no-data-reason">{row.noData ? tp(`noData.${row.noData}`) : ''}</div>
          </div>
        ) : (
          <strong>{percentText(row.value, i18n)}</strong>
        )}
        {row.board && <div className="hint reading">{tp('table.reading12')}</div>}
        {row.board && (
          <div className="hint reading board-reading">
            {row.board.value === null
              ? tp('table.board12NoData')
              : tp('table.board12', {
                  n: row.board.numerator,
                  d: row.board.denominator,
                  v: percentText(row.board.value, i18n),
                })}
          </div>
        )}
      </td>
      <td className="num">{bound(row.normative)}</td>
      <td className="num">
        {bound(row.target)}
        <div className="hint">{tp('table.targetYear', { year: row.targetYear })}</div>
      </td>
      <td className={`met met-${met}`}>{tp(`table.${met}`)}</td>
      {sent && (
        <td>
          <Frozen row={row} />
        </td>
      )}
    </tr>
  );
}

export function IndicatorTable() {
  const { tp } = useReportsT();
  const report = useReportStore((s) => s.report);
  if (!report) return null;
  const sent = report.sent !== null;
  return (
    <table className="register report-table" aria-label={tp('table.caption')}>
      <thead>
        <tr>
          <th scope="col">{tp('table.code')}</th>
          <th scope="col">{tp('table.indicator')}</th>
          <th scope="col">{tp('table.numbers')}</th>
          <th scope="col">{tp('table.value')}</th>
          <th scope="col">{tp('table.normative')}</th>
          <th scope="col">{tp('table.target')}</th>
          <th scope="col">{tp('table.met')}</th>
          {sent && <th scope="col">{tp('table.sent')}</th>}
        </tr>
      </thead>
      <tbody>
        {report.rows.map((r) => (
          <IndicatorRow key={r.code} row={r} sent={sent} />
        ))}
      </tbody>
    </table>
  );
}

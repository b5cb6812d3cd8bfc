// The 12 months of one indicator drawn as a line (SVG, no chart library): the months along the
// bottom, the per cent up the side, each month's value written at its point, a month without
// data left as a gap and marked "—", and the year's target as a dashed line. The same numbers
// are in a table for a screen reader (the figure's own name says what it shows).

import type { Output } from '../../../shared/contract/index.ts';
import type { Report } from '../../../shared/contract/report.ts';
import { useDesk } from '../desk.tsx';
import { percentText } from './format.ts';
import { useReportsT } from './texts.ts';
import { useReportStore } from './use-report.ts';

type Month = Output<'report.trend'>['months'][number];

const W = 720;
const H = 240;
const LEFT = 48;
const RIGHT = 16;
const TOP = 24;
const BOTTOM = 36;

const monthLabel = (label: string) => `${label.slice(5, 7)}.${label.slice(2, 4)}`;

/** The top of the scale: 100 for shares near it, else a little above the largest number shown. */
export function scaleTop(values: readonly number[]): number {
  const max = Math.max(0, ...values);
  if (max > 20) return 100;
  const steps = [1, 2, 5, 10, 20];
  return steps.find((s) => s >= max * 1.25) ?? 20;
}

export function TrendChart({ months, row }: { months: Month[]; row: Report['rows'][number] }) {
  const { tp, i18n } = useReportsT();
  const values = months.map((m) => m.rows.find((r) => r.code === row.code)?.value ?? null);
  const top = scaleTop([...values.filter((v): v is number => v !== null), row.target]);
  const x = (i: number) => LEFT + ((W - LEFT - RIGHT) * (i + 0.5)) / months.length;
  const y = (v: number) => TOP + (H - TOP - BOTTOM) * (1 - v / top);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(top * f * 100) / 100);
  // Runs of consecutive months with data: a month without data breaks the line.
  const runs: { i: number; v: number }[][] = [];
  values.forEach((v, i) => {
    if (v === null) return;
    const last = runs.at(-1);
    if (last && last.at(-1)?.i === i - 1) last.push({ i, v });
    else runs.push([{ i, v }]);
  });
  const first = months[0]?.label ?? '';
  const lastLabel = months.at(-1)?.label ?? '';
  const name = tp('chart.label', {
    code: row.code,
    from: monthLabel(first),
    to: monthLabel(lastLabel),
    target: row.target,
  });
  const met = (v: number) => (row.better === 'lower' ? v <= row.target : v >= row.target);
  return (
    <figure className="trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={name} className="trend-svg">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(t)} y2={y(t)} className="trend-grid" />
            <text x={LEFT - 6} y={y(t) + 4} textAnchor="end" className="trend-axis">
              {t}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={LEFT} y1={TOP} y2={H - BOTTOM} className="trend-axis-line" />
        <line x1={LEFT} x2={W - RIGHT} y1={H - BOTTOM} y2={H - BOTTOM} className="trend-axis-line" />
        <text x={8} y={TOP - 8} className="trend-axis">
          %
        </text>
        <line x1={LEFT} x2={W - RIGHT} y1={y(row.target)} y2={y(row.target)} className="trend-target" />
        <text x={LEFT + 6} y={y(row.target) - 5} className="trend-target-label">
          {tp('chart.target', { target: row.target })}
        </text>
        {runs.map((run) => (
          <polyline
            key={run[0]?.i}
            className="trend-line"
            points={run.map((p) => `${x(p.i)},${y(p.v)}`).join(' ')}
          />
        ))}
        {months.map((m, i) => {
          const v = values[i] ?? null;
          return (
            <g key={m.label}>
              <text x={x(i)} y={H - BOTTOM + 18} textAnchor="middle" className="trend-axis">
                {monthLabel(m.label)}
              </text>
              {v === null ? (
                <text x={x(i)} y={H - BOTTOM - 6} textAnchor="middle" className="trend-none">
                  —
                </text>
              ) : (
                <>
                  <circle
                    cx={x(i)}
                    cy={y(v)}
                    r={4}
                    className={met(v) ? 'trend-dot' : 'trend-dot trend-dot-bad'}
                  />
                  <text x={x(i)} y={y(v) - 8} textAnchor="middle" className="trend-value">
                    {percentText(v, i18n, false)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{name}</caption>
        <thead>
          <tr>
            <th scope="col">{tp('chart.month')}</th>
            <th scope="col">{tp('chart.value')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m, i) => (
            <tr key={m.label}>
              <th scope="row">{monthLabel(m.label)}</th>
              <td>{values[i] === null ? tp('chart.noValue') : percentText(values[i] ?? 0, i18n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** The chart with its indicator picked: the screen's trend section. */
export function TrendSection() {
  const { tp, i18n } = useReportsT();
  const store = useDesk().report;
  const report = useReportStore((s) => s.report);
  const trend = useReportStore((s) => s.trend);
  const code = useReportStore((s) => s.chartCode);
  if (!report || !trend) return null;
  const row = report.rows.find((r) => r.code === code) ?? report.rows[0];
  if (!row) return null;
  const lang = i18n.language === 'ru' ? 'ru' : 'kk';
  return (
    <section className="panel report-trend" aria-labelledby="report-trend-title">
      <div className="section-head">
        <h2 id="report-trend-title">{tp('chart.title')}</h2>
        <div className="field inline-field">
          <label htmlFor="report-chart-code">{tp('chart.indicator')}</label>
          <select
            id="report-chart-code"
            value={row.code}
            onChange={(e) => store.getState().chart(e.target.value)}
          >
            {report.rows.map((r) => (
              <option key={r.code} value={r.code}>
                {r.code} — {r.text[lang]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TrendChart months={trend} row={row} />
    </section>
  );
}

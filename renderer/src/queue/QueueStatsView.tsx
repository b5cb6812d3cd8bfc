// Day and month statistics of the queue by purpose: tickets, waits (median, 90th percentile,
// shares within the §7 limit and within the 40 minutes of indicator 1.2), no-shows, breaches.

import type { QueueStats } from '../../../shared/contract/queue.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { useDesk, useQueue } from '../desk.tsx';
import { DateField, isDate, MonthField } from '../ui/DateField.tsx';
import { decimal, percent } from './format.ts';
import { useQueueT } from './texts.ts';

type Figures = QueueStats['total'];
type Row = { key: string; label: string; value: (f: Figures) => string };

export function QueueStatsView() {
  const { tp, i18n } = useQueueT();
  const store = useDesk().queue;
  const period = useQueue((s) => s.period);
  const stats = useQueue((s) => s.stats);
  const today = useQueue((s) => s.board?.today) ?? '';
  if (!period) return null;

  const limit = stats ? Math.max(stats.limits.handIn, stats.limits.collect) : 20;
  const rows: Row[] = [
    { key: 'issued', label: tp('stats.rows.issued'), value: (f) => String(f.issued) },
    { key: 'served', label: tp('stats.rows.served'), value: (f) => String(f.served) },
    { key: 'noShows', label: tp('stats.rows.noShows'), value: (f) => String(f.noShows) },
    { key: 'closed', label: tp('stats.rows.closedUnserved'), value: (f) => String(f.closedUnserved) },
    { key: 'cancelled', label: tp('stats.rows.cancelled'), value: (f) => String(f.cancelled) },
    { key: 'open', label: tp('stats.rows.open'), value: (f) => String(f.open) },
    {
      key: 'median',
      label: tp('stats.rows.medianWait'),
      value: (f) => decimal(f.medianWaitMinutes, i18n),
    },
    { key: 'p90', label: tp('stats.rows.p90Wait'), value: (f) => decimal(f.p90WaitMinutes, i18n) },
    {
      key: 'limit',
      label: tp('stats.rows.withinLimit', { limit }),
      value: (f) => percent(f.withinLimitShare, i18n),
    },
    {
      key: 'indicator',
      label: tp('stats.rows.withinIndicator', { minutes: stats?.indicatorMinutes ?? 40 }),
      value: (f) => percent(f.withinIndicatorShare, i18n),
    },
    { key: 'breaches', label: tp('stats.rows.breaches'), value: (f) => String(f.breaches) },
    {
      key: 'service',
      label: tp('stats.rows.medianService'),
      value: (f) => decimal(f.medianServiceMinutes, i18n),
    },
  ];

  return (
    <section className="panel queue-stats" aria-labelledby="stats-title">
      <h2 id="stats-title" className="visually-hidden">
        {tp('tabs.stats')}
      </h2>
      <div className="inline-form">
        <fieldset className="year-switch">
          <legend className="visually-hidden">{tp('stats.period')}</legend>
          <div className="radios">
            <label className="radio">
              <input
                type="radio"
                name="stats-period"
                checked={period.kind === 'day'}
                onChange={() => void store.getState().setPeriod({ kind: 'day', date: today || '' })}
              />
              {tp('stats.day')}
            </label>
            <label className="radio">
              <input
                type="radio"
                name="stats-period"
                checked={period.kind === 'month'}
                onChange={() => void store.getState().setPeriod({ kind: 'month', month: today.slice(0, 7) })}
              />
              {tp('stats.month')}
            </label>
          </div>
        </fieldset>
        {period.kind === 'day' ? (
          <DateField
            id="stats-date"
            label={tp('stats.date')}
            value={period.date}
            onChange={(date) => isDate(date) && void store.getState().setPeriod({ kind: 'day', date })}
          />
        ) : (
          <MonthField
            id="stats-month"
            label={tp('stats.monthValue')}
            value={period.month}
            onChange={(month) => month && void store.getState().setPeriod({ kind: 'month', month })}
          />
        )}
      </div>
      {stats && (
        <>
          <p className="hint">
            {formatLocalDate(stats.from)}
            {stats.to !== stats.from ? ` – ${formatLocalDate(stats.to)}` : ''}
          </p>
          <table className="register stats-table">
            <thead>
              <tr>
                <th scope="col">{tp('stats.figure')}</th>
                <th scope="col">{tp('purposes.hand_in')}</th>
                <th scope="col">{tp('purposes.collect')}</th>
                <th scope="col">{tp('stats.total')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className={r.key === 'indicator' ? 'indicator-row' : undefined}>
                  <th scope="row">{r.label}</th>
                  <td>{r.value(stats.byPurpose.hand_in)}</td>
                  <td>{r.value(stats.byPurpose.collect)}</td>
                  <td>
                    <strong>{r.value(stats.total)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{tp('stats.breachList')}</h3>
          {stats.breaches.length === 0 ? (
            <p className="hint">{tp('stats.noBreaches')}</p>
          ) : (
            <ul className="breach-list">
              {stats.breaches.map((b) => (
                <li key={`${b.localDate}-${b.number}`}>
                  <strong>{b.number}</strong> · {formatLocalDate(b.localDate)} · {tp(`purposes.${b.purpose}`)}{' '}
                  · {tp('waiting.minutes', { count: Math.round(b.waitMinutes) })} (
                  {tp('waiting.limit', { limit: b.limitMinutes })})
                </li>
              ))}
            </ul>
          )}
          <p className="hint">{tp('stats.lunchNote')}</p>
        </>
      )}
    </section>
  );
}

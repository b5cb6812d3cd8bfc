// Day and month statistics of the queue by purpose: tickets, waits (median, 90th percentile,
// shares within the §7 limit and within the 40 minutes of indicator 1.2), no-shows, breaches.

import { useTranslation } from 'react-i18next';
import type { QueueStats } from '../../../shared/contract/queue.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { useDesk, useQueue } from '../desk.tsx';
import { decimal, percent } from './format.ts';

type Figures = QueueStats['total'];
type Row = { key: string; label: string; value: (f: Figures) => string };

export function QueueStatsView() {
  const { t, i18n } = useTranslation();
  const store = useDesk().queue;
  const period = useQueue((s) => s.period);
  const stats = useQueue((s) => s.stats);
  const today = useQueue((s) => s.board?.today) ?? '';
  if (!period) return null;

  const limit = stats ? Math.max(stats.limits.handIn, stats.limits.collect) : 20;
  const rows: Row[] = [
    { key: 'issued', label: t('queue.stats.rows.issued'), value: (f) => String(f.issued) },
    { key: 'served', label: t('queue.stats.rows.served'), value: (f) => String(f.served) },
    { key: 'noShows', label: t('queue.stats.rows.noShows'), value: (f) => String(f.noShows) },
    { key: 'closed', label: t('queue.stats.rows.closedUnserved'), value: (f) => String(f.closedUnserved) },
    { key: 'cancelled', label: t('queue.stats.rows.cancelled'), value: (f) => String(f.cancelled) },
    { key: 'open', label: t('queue.stats.rows.open'), value: (f) => String(f.open) },
    {
      key: 'median',
      label: t('queue.stats.rows.medianWait'),
      value: (f) => decimal(f.medianWaitMinutes, i18n),
    },
    { key: 'p90', label: t('queue.stats.rows.p90Wait'), value: (f) => decimal(f.p90WaitMinutes, i18n) },
    {
      key: 'limit',
      label: t('queue.stats.rows.withinLimit', { limit }),
      value: (f) => percent(f.withinLimitShare, i18n),
    },
    {
      key: 'indicator',
      label: t('queue.stats.rows.withinIndicator', { minutes: stats?.indicatorMinutes ?? 40 }),
      value: (f) => percent(f.withinIndicatorShare, i18n),
    },
    { key: 'breaches', label: t('queue.stats.rows.breaches'), value: (f) => String(f.breaches) },
    {
      key: 'service',
      label: t('queue.stats.rows.medianService'),
      value: (f) => decimal(f.medianServiceMinutes, i18n),
    },
  ];

  return (
    <section className="panel queue-stats" aria-labelledby="stats-title">
      <h3 id="stats-title" className="visually-hidden">
        {t('queue.tabs.stats')}
      </h3>
      <div className="inline-form">
        <fieldset className="year-switch">
          <legend className="visually-hidden">{t('queue.stats.period')}</legend>
          <div className="radios">
            <label className="radio">
              <input
                type="radio"
                name="stats-period"
                checked={period.kind === 'day'}
                onChange={() => void store.getState().setPeriod({ kind: 'day', date: today || '' })}
              />
              {t('queue.stats.day')}
            </label>
            <label className="radio">
              <input
                type="radio"
                name="stats-period"
                checked={period.kind === 'month'}
                onChange={() => void store.getState().setPeriod({ kind: 'month', month: today.slice(0, 7) })}
              />
              {t('queue.stats.month')}
            </label>
          </div>
        </fieldset>
        {period.kind === 'day' ? (
          <div className="field">
            <label htmlFor="stats-date">{t('queue.stats.date')}</label>
            <input
              id="stats-date"
              type="date"
              value={period.date}
              onChange={(e) =>
                e.target.value && void store.getState().setPeriod({ kind: 'day', date: e.target.value })
              }
            />
          </div>
        ) : (
          <div className="field">
            <label htmlFor="stats-month">{t('queue.stats.monthValue')}</label>
            <input
              id="stats-month"
              type="month"
              value={period.month}
              onChange={(e) =>
                e.target.value && void store.getState().setPeriod({ kind: 'month', month: e.target.value })
              }
            />
          </div>
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
                <th scope="col">{t('queue.stats.figure')}</th>
                <th scope="col">{t('queue.purposes.hand_in')}</th>
                <th scope="col">{t('queue.purposes.collect')}</th>
                <th scope="col">{t('queue.stats.total')}</th>
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
          <h4>{t('queue.stats.breachList')}</h4>
          {stats.breaches.length === 0 ? (
            <p className="hint">{t('queue.stats.noBreaches')}</p>
          ) : (
            <ul className="breach-list">
              {stats.breaches.map((b) => (
                <li key={`${b.localDate}-${b.number}`}>
                  <strong>{b.number}</strong> · {formatLocalDate(b.localDate)} ·{' '}
                  {t(`queue.purposes.${b.purpose}`)} ·{' '}
                  {t('queue.waiting.minutes', { count: Math.round(b.waitMinutes) })} (
                  {t('queue.waiting.limit', { limit: b.limitMinutes })})
                </li>
              ))}
            </ul>
          )}
          <p className="hint">{t('queue.stats.lunchNote')}</p>
        </>
      )}
    </section>
  );
}

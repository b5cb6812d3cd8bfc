// On an application: the queue visits behind it — the wait and the time from the call to the end
// of service of each (§7.2, §7.3), so the office sees them per application too.

import { useEffect } from 'react';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { useDesk, useQueue } from '../desk.tsx';
import { wholeMinutes } from './format.ts';
import { LimitBadge } from './Lines.tsx';
import { useQueueT } from './texts.ts';
import './queue.css';

export function QueueVisits({ applicationId }: { applicationId: number }) {
  const { tp } = useQueueT();
  const store = useDesk().queue;
  const visits = useQueue((s) => (s.visits?.applicationId === applicationId ? s.visits.tickets : null));
  useEffect(() => {
    void store.getState().loadVisits(applicationId);
  }, [store, applicationId]);
  if (visits === null) return null;
  return (
    <section className="queue-visits" aria-labelledby="queue-visits-title">
      <h3 id="queue-visits-title">{tp('visits.title')}</h3>
      {visits.length === 0 ? (
        <p className="hint">{tp('visits.none')}</p>
      ) : (
        <ul>
          {visits.map((v) => (
            <li key={v.id}>
              {tp('visits.line', {
                number: v.number,
                date: formatLocalDate(v.localDate),
                purpose: tp(`purposes.${v.purpose}`),
                wait: wholeMinutes(v.waitMinutes),
              })}
              {v.serviceMinutes !== null &&
                `, ${tp('visits.service', { minutes: Math.round(v.serviceMinutes) })}`}{' '}
              {v.level === 'breach' && <LimitBadge ticket={v} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// Who waits and for how long (live, with the §7.2/§7.3 limits: a warning near, a marker past),
// and what the day has finished: served, did not come, closed, withdrawn.

import { useState } from 'react';
import type { Ticket } from '../../../shared/contract/queue.ts';
import { useDesk, useQueue } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { officeTime } from '../ui/dates.ts';
import { wholeMinutes } from './format.ts';
import { useQueueT } from './texts.ts';

export function LimitBadge({ ticket }: { ticket: Ticket }) {
  const { tp } = useQueueT();
  return (
    <span
      className={`limit limit-${ticket.level}`}
      title={tp('waiting.limit', { limit: ticket.limitMinutes })}
    >
      {ticket.level === 'breach' ? '⚠ ' : ''}
      {tp(`waiting.${ticket.level}`)}
    </span>
  );
}

function CancelTicket({ ticket }: { ticket: Ticket }) {
  const { tp } = useQueueT();
  const { tp: tc } = useCommonT();
  const store = useDesk().queue;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <button type="button" className="link quiet-link" onClick={() => setOpen(true)}>
        {tp('cancel.button')}
      </button>
    );
  }
  const id = `cancel-${ticket.id}`;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim())
          void store
            .getState()
            .cancel(ticket.id, reason.trim())
            .then((ok) => ok && setOpen(false));
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {tp('cancel.reason', { number: ticket.number })}
      </label>
      <input
        id={id}
        value={reason}
        maxLength={300}
        placeholder={tp('cancel.reason', { number: ticket.number })}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" className="warn" disabled={!reason.trim()}>
        {tp('cancel.confirm')}
      </button>
      <button type="button" className="quiet" onClick={() => setOpen(false)}>
        {tc('cancel')}
      </button>
    </form>
  );
}

export function WaitingLine({ timeZone }: { timeZone: string | undefined }) {
  const { tp } = useQueueT();
  const board = useQueue((s) => s.board);
  if (!board) return null;
  return (
    <section className="panel" aria-labelledby="waiting-title">
      <h2 id="waiting-title">{tp('waiting.count', { count: board.waiting.length })}</h2>
      {board.waiting.length === 0 ? (
        <p className="hint">{tp('waiting.none')}</p>
      ) : (
        <table className="compact queue-table" aria-labelledby="waiting-title">
          <thead>
            <tr>
              <th scope="col">{tp('waiting.number')}</th>
              <th scope="col">{tp('waiting.purpose')}</th>
              <th scope="col">{tp('waiting.issuedAt')}</th>
              <th scope="col">{tp('waiting.waited')}</th>
              <th scope="col">{tp('waiting.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{tp('cancel.button')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {board.waiting.map((ticket) => (
              <tr key={ticket.id} className={`wait-${ticket.level}`}>
                <th scope="row" className="ticket-number">
                  {ticket.number}
                </th>
                <td>{tp(`purposes.${ticket.purpose}`)}</td>
                <td>{officeTime(ticket.issuedAt, timeZone)}</td>
                <td className="minutes">
                  {tp('waiting.minutes', { count: wholeMinutes(ticket.waitMinutes) })}
                </td>
                <td>
                  <LimitBadge ticket={ticket} />
                </td>
                <td>
                  <CancelTicket ticket={ticket} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {board.others.length > 0 && (
        <p className="hint">
          {tp('others')}:{' '}
          {board.others
            .map((o) => `${o.number} — ${tp(`statuses.${o.status}`)}${o.calledBy ? ` (${o.calledBy})` : ''}`)
            .join('; ')}
        </p>
      )}
    </section>
  );
}

function Outcome({ ticket }: { ticket: Ticket }) {
  const { tp } = useQueueT();
  const status = tp(`statuses.${ticket.status}`);
  if (ticket.status === 'closed' && ticket.closeReason) {
    return <>{`${status}: ${tp(`closeReasons.${ticket.closeReason}`)}`}</>;
  }
  if (ticket.status === 'cancelled' && ticket.cancelReason) return <>{`${status}: ${ticket.cancelReason}`}</>;
  if (ticket.status === 'served' && ticket.regNumber) {
    return <>{`${status} — ${tp('done.application', { regNumber: ticket.regNumber })}`}</>;
  }
  return <>{status}</>;
}

export function DoneLine({ timeZone }: { timeZone: string | undefined }) {
  const { tp } = useQueueT();
  const board = useQueue((s) => s.board);
  if (!board) return null;
  return (
    <section className="panel" aria-labelledby="done-title">
      <h2 id="done-title">{tp('done.title')}</h2>
      {board.done.length === 0 ? (
        <p className="hint">{tp('done.none')}</p>
      ) : (
        <table className="compact queue-table" aria-labelledby="done-title">
          <thead>
            <tr>
              <th scope="col">{tp('waiting.number')}</th>
              <th scope="col">{tp('waiting.purpose')}</th>
              <th scope="col">{tp('waiting.issuedAt')}</th>
              <th scope="col">{tp('waiting.waited')}</th>
              <th scope="col">{tp('done.service')}</th>
              <th scope="col">{tp('done.result')}</th>
            </tr>
          </thead>
          <tbody>
            {board.done.map((ticket) => (
              <tr key={ticket.id}>
                <th scope="row" className="ticket-number">
                  {ticket.number}
                </th>
                <td>{tp(`purposes.${ticket.purpose}`)}</td>
                <td>{officeTime(ticket.issuedAt, timeZone)}</td>
                <td className="minutes">
                  {ticket.status === 'cancelled'
                    ? '—'
                    : tp('waiting.minutes', { count: wholeMinutes(ticket.waitMinutes) })}{' '}
                  {ticket.status !== 'cancelled' && ticket.level === 'breach' && (
                    <LimitBadge ticket={ticket} />
                  )}
                </td>
                <td className="minutes">
                  {ticket.serviceMinutes === null
                    ? '—'
                    : tp('waiting.minutes', { count: Math.round(ticket.serviceMinutes) })}
                </td>
                <td>
                  <Outcome ticket={ticket} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

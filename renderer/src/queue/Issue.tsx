// Issuing a ticket (§10: order of arrival, no booking, no priority): two buttons, one per
// purpose. The ticket goes to the receipt printer, or — with no receipt printer set — stays
// on the screen in large type for the visitor to read off. A visitor who reads only large print
// asks for it as the ticket is taken (issue 13: nobody knows who takes a ticket): the toggle
// (Alt+L) makes the next ticket an A5 sheet in large type from the sheet printer.

import { useState } from 'react';
import type { Purpose } from '../../../shared/domain/queue.ts';
import { PURPOSE_LETTER, PURPOSES } from '../../../shared/domain/queue.ts';
import { useDesk, useQueue } from '../desk.tsx';
import { officeTime } from '../ui/dates.ts';
import { Kbd } from '../ui/Field.tsx';
import { keysOf, type ShortcutId, useShortcuts } from '../ui/shortcuts.ts';
import { useQueueT } from './texts.ts';

const KEYS: Record<Purpose, ShortcutId> = { hand_in: 'queue.issueHandIn', collect: 'queue.issueCollect' };

function IssuedTicketCard({ timeZone }: { timeZone: string | undefined }) {
  const { tp } = useQueueT();
  const store = useDesk().queue;
  const issued = useQueue((s) => s.issued);
  const how = useQueue((s) => s.issuedHow);
  if (!issued) return null;
  const e = issued.estimate;
  return (
    <div
      className={`issued-ticket${how === 'on_screen' ? ' on-screen' : ''}`}
      role="status"
      aria-live="polite"
    >
      <div className="hint">{tp('issued.title')}</div>
      <div className="issued-number" data-testid="issued-number">
        {issued.number}
      </div>
      <div className="issued-purpose">{tp(`purposes.${issued.purpose}`)}</div>
      <ul className="issued-facts">
        <li>{tp('issued.at', { time: officeTime(issued.issuedAt, timeZone) })}</li>
        <li>{tp('issued.ahead', { count: issued.ahead })}</li>
        <li>
          <strong>
            {tp('issued.estimate', { minutes: e.minutes, time: officeTime(e.expectedAt, timeZone) })}
          </strong>{' '}
          <span className="hint">({tp(`issued.basis_${e.basis}`)})</span>
        </li>
      </ul>
      {e.afterClosing && <p className="warning">{tp('issued.afterClosing')}</p>}
      {how && (
        <p className={how === 'on_screen' ? 'warning' : 'notice'}>
          {tp(`issued.${how === 'on_screen' ? 'onScreen' : how}`)}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={() => void store.getState().printIssued()}>
          {tp('issued.print')}
        </button>
        <button type="button" className="secondary" onClick={() => void store.getState().printIssued(true)}>
          {tp('issued.printLarge')}
        </button>
        <button type="button" className="quiet" onClick={() => store.getState().dismissIssued()}>
          {tp('issued.dismiss')}
        </button>
      </div>
    </div>
  );
}

export function IssuePanel({ timeZone }: { timeZone: string | undefined }) {
  const { tp } = useQueueT();
  const store = useDesk().queue;
  const busy = useQueue((s) => s.busy);
  const board = useQueue((s) => s.board);
  const open = board !== null && (board.phase === 'open' || board.phase === 'lunch') && !board.dayClosed;
  const [large, setLarge] = useState(false);
  // One ticket at a time: the toggle goes back off once the large ticket is issued.
  const issue = (p: Purpose) => {
    if (!open || busy) return;
    void store.getState().issue(p, large);
    setLarge(false);
  };
  useShortcuts({
    'queue.issueHandIn': () => issue('hand_in'),
    'queue.issueCollect': () => issue('collect'),
    'queue.largePrint': () => setLarge((on) => !on),
  });
  return (
    <section className="panel issue" aria-labelledby="issue-title">
      <h2 id="issue-title">{tp('issue.title')}</h2>
      <div className="issue-buttons">
        {PURPOSES.map((p) => (
          <button
            key={p}
            type="button"
            className="big issue-button"
            disabled={!open || busy}
            onClick={() => issue(p)}
            aria-keyshortcuts={keysOf(KEYS[p])}
          >
            <span className="issue-letter">{PURPOSE_LETTER[p]}</span> {tp(`purposes.${p}`)}{' '}
            <Kbd keys={keysOf(KEYS[p])} />
          </button>
        ))}
      </div>
      <div className="row">
        <button
          type="button"
          className="secondary large-print-toggle"
          aria-pressed={large}
          aria-describedby="large-print-hint"
          onClick={() => setLarge((on) => !on)}
          aria-keyshortcuts={keysOf('queue.largePrint')}
        >
          {large ? '☑' : '☐'} {tp('issue.largePrint')} <Kbd keys={keysOf('queue.largePrint')} />
        </button>
        <span id="large-print-hint" className="hint">
          {tp('issue.largePrintHint')}
        </span>
      </div>
      <p className="hint">{tp('issue.hint')}</p>
      <IssuedTicketCard timeZone={timeZone} />
    </section>
  );
}

// The clerk's own visitor: "call next" when nobody is at the desk; then came / call again /
// did not come; then the service and its end. F2…F9 (ui/shortcuts.ts), so the keyboard never
// leaves the desk.

import { useDesk, useQueue } from '../desk.tsx';
import { useAnnouncement } from '../ui/Announcer.tsx';
import { officeTime } from '../ui/dates.ts';
import { Kbd } from '../ui/Field.tsx';
import { keysOf, useShortcuts } from '../ui/shortcuts.ts';
import { wholeMinutes } from './format.ts';
import { useQueueT } from './texts.ts';

export function MyVisitor({ timeZone }: { timeZone: string | undefined }) {
  const { tp } = useQueueT();
  const store = useDesk().queue;
  const board = useQueue((s) => s.board);
  const busy = useQueue((s) => s.busy);
  const mine = board?.mine ?? null;
  const q = () => store.getState();
  const max = board?.noShowAfterCalls ?? 3;
  const canCall = board?.phase === 'open' && !mine && !busy;
  const called = mine?.status === 'called';
  const serving = mine?.status === 'serving';

  // Issue 13: the call is said to a clerk who does not see the screen, and so is each recall.
  useAnnouncement(
    mine && called
      ? `${tp('bar.called', { number: mine.number, purpose: tp(`purposes.${mine.purpose}`) })} · ${tp('call.calls', { count: mine.callCount, max })}`
      : null,
  );
  useShortcuts({
    'queue.callNext': () => canCall && void q().callNext(),
    'queue.came': () => called && !busy && void q().start(),
    'queue.recall': () => called && !busy && (mine?.callCount ?? 0) < max && void q().recall(),
    'queue.noShow': () => called && !busy && (mine?.callCount ?? 0) >= max && void q().noShow(),
    'queue.finish': () => serving && !busy && void q().finish(),
  });

  if (!board) return null;
  const next = board.waiting[0];

  return (
    <section className="panel my-visitor" aria-labelledby="my-visitor-title">
      <h2 id="my-visitor-title">{tp('call.title')}</h2>
      {!mine && (
        <>
          <button
            type="button"
            className="primary big call-next"
            disabled={!canCall || !next}
            onClick={() => void q().callNext()}
            aria-keyshortcuts={keysOf('queue.callNext')}
          >
            {tp('call.next')} <Kbd keys={keysOf('queue.callNext')} />
          </button>
          <p className="hint" role="status">
            {board.phase === 'lunch'
              ? tp('call.pausedLunch', { to: board.hours.lunchTo })
              : next
                ? tp('call.nextIs', {
                    number: next.number,
                    purpose: tp(`purposes.${next.purpose}`),
                  })
                : tp('call.nobody')}
          </p>
        </>
      )}
      {mine && (
        <div className={`visitor visitor-${mine.status}`}>
          <div className="visitor-head">
            <span className="visitor-number" data-testid="my-ticket">
              {mine.number}
            </span>
            <div>
              <div className="visitor-state">
                {called ? tp('call.calledTitle') : tp('call.servingTitle')} · {tp(`purposes.${mine.purpose}`)}
              </div>
              <div className="hint">
                {tp('call.calls', { count: mine.callCount, max })} ·{' '}
                {tp('call.waited', { minutes: wholeMinutes(mine.waitMinutes) })} ·{' '}
                {officeTime(mine.lastCalledAt, timeZone)}
              </div>
            </div>
          </div>
          {called && (
            <div className="action-row">
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => void q().start()}
                aria-keyshortcuts={keysOf('queue.came')}
              >
                {tp('call.came')} <Kbd keys={keysOf('queue.came')} />
              </button>
              <button
                type="button"
                disabled={busy || mine.callCount >= max}
                onClick={() => void q().recall()}
                aria-keyshortcuts={keysOf('queue.recall')}
              >
                {tp('call.recall')} <Kbd keys={keysOf('queue.recall')} />
              </button>
              <button
                type="button"
                className="warn"
                disabled={busy || mine.callCount < max}
                onClick={() => void q().noShow()}
                aria-keyshortcuts={keysOf('queue.noShow')}
                aria-describedby="no-show-rule"
              >
                {tp('call.noShow')} <Kbd keys={keysOf('queue.noShow')} />
              </button>
            </div>
          )}
          {called && (
            <p id="no-show-rule" className="hint">
              {tp('call.noShowAfter', { max })}
            </p>
          )}
          {serving && (
            <div className="action-row">
              <button type="button" onClick={() => q().reopen()}>
                {mine.purpose === 'hand_in' ? tp('call.openIntake') : tp('call.openSearch')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => void q().finish()}
                aria-keyshortcuts={keysOf('queue.finish')}
              >
                {tp('call.finish')} <Kbd keys={keysOf('queue.finish')} />
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

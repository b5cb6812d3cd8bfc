// The clerk's own visitor: "call next" when nobody is at the desk; then came / call again /
// did not come; then the service and its end. Alt+1…Alt+5, so the keyboard never leaves the desk.

import { useTranslation } from 'react-i18next';
import { useDesk, useQueue } from '../desk.tsx';
import { officeTime } from '../ui/dates.ts';
import { Kbd } from '../ui/Field.tsx';
import { useAccelerators } from '../ui/keyboard.ts';
import { wholeMinutes } from './format.ts';

export function MyVisitor({ timeZone }: { timeZone: string | undefined }) {
  const { t } = useTranslation();
  const store = useDesk().queue;
  const board = useQueue((s) => s.board);
  const busy = useQueue((s) => s.busy);
  const mine = board?.mine ?? null;
  const q = () => store.getState();
  const max = board?.noShowAfterCalls ?? 3;
  const canCall = board?.phase === 'open' && !mine && !busy;
  const called = mine?.status === 'called';
  const serving = mine?.status === 'serving';

  useAccelerators({
    '1': () => canCall && void q().callNext(),
    '2': () => called && !busy && void q().start(),
    '3': () => called && !busy && (mine?.callCount ?? 0) < max && void q().recall(),
    '4': () => called && !busy && (mine?.callCount ?? 0) >= max && void q().noShow(),
    '5': () => serving && !busy && void q().finish(),
  });

  if (!board) return null;
  const next = board.waiting[0];

  return (
    <section className="panel my-visitor" aria-labelledby="my-visitor-title">
      <h3 id="my-visitor-title">{t('queue.call.title')}</h3>
      {!mine && (
        <>
          <button
            type="button"
            className="primary big call-next"
            disabled={!canCall || !next}
            onClick={() => void q().callNext()}
            aria-keyshortcuts="Alt+1"
          >
            {t('queue.call.next')} <Kbd keys="Alt+1" />
          </button>
          <p className="hint" role="status">
            {board.phase === 'lunch'
              ? t('queue.call.pausedLunch', { to: board.hours.lunchTo })
              : next
                ? t('queue.call.nextIs', {
                    number: next.number,
                    purpose: t(`queue.purposes.${next.purpose}`),
                  })
                : t('queue.call.nobody')}
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
                {called ? t('queue.call.calledTitle') : t('queue.call.servingTitle')} ·{' '}
                {t(`queue.purposes.${mine.purpose}`)}
              </div>
              <div className="hint">
                {t('queue.call.calls', { count: mine.callCount, max })} ·{' '}
                {t('queue.call.waited', { minutes: wholeMinutes(mine.waitMinutes) })} ·{' '}
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
                aria-keyshortcuts="Alt+2"
              >
                {t('queue.call.came')} <Kbd keys="Alt+2" />
              </button>
              <button
                type="button"
                disabled={busy || mine.callCount >= max}
                onClick={() => void q().recall()}
                aria-keyshortcuts="Alt+3"
              >
                {t('queue.call.recall')} <Kbd keys="Alt+3" />
              </button>
              <button
                type="button"
                className="warn"
                disabled={busy || mine.callCount < max}
                onClick={() => void q().noShow()}
                aria-keyshortcuts="Alt+4"
                aria-describedby="no-show-rule"
              >
                {t('queue.call.noShow')} <Kbd keys="Alt+4" />
              </button>
            </div>
          )}
          {called && (
            <p id="no-show-rule" className="hint">
              {t('queue.call.noShowAfter', { max })}
            </p>
          )}
          {serving && (
            <div className="action-row">
              <button type="button" onClick={() => q().reopen()}>
                {mine.purpose === 'hand_in' ? t('queue.call.openIntake') : t('queue.call.openSearch')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => void q().finish()}
                aria-keyshortcuts="Alt+5"
              >
                {t('queue.call.finish')} <Kbd keys="Alt+5" />
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

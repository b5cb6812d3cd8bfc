// The visitor from the queue stays in sight while the clerk works in intake or the applications
// register: its number, its purpose, and the end of its service — for a "collect result" visit,
// with the application on screen linked to it; the notification itself is handed over in the
// decisions place, which records the ticket with the handover (decisions.startHandover).

import { useApplications, useDesk, useIntake, useQueue, useSession } from '../desk.tsx';
import { officeTime } from '../ui/dates.ts';
import { Kbd } from '../ui/Field.tsx';
import { keysOf, useShortcuts } from '../ui/shortcuts.ts';
import { useQueueT } from './texts.ts';

export function ServingBar() {
  const { tp } = useQueueT();
  const desk = useDesk();
  const place = useSession((s) => s.place);
  const mine = useQueue((s) => s.board?.mine ?? null);
  const busy = useQueue((s) => s.busy);
  const attached = useIntake((s) => s.queueTicket?.id ?? null);
  const opened = useApplications((s) => s.detail);
  const about = useQueue((s) => s.about);
  // The finish key works wherever the bar is (the queue place has its own, MyVisitor).
  const finishHere = () => {
    if (mine?.status !== 'serving' || place === 'queue' || desk.queue.getState().busy) return;
    const linked = opened ? opened.id : about?.id;
    void desk.queue.getState().finish(mine.purpose === 'collect' ? linked : undefined);
  };
  useShortcuts({ 'queue.finish': finishHere });
  if (!mine || place === 'queue') return null;
  // The application on screen, or the one the handover was opened for.
  const application = opened ? { id: opened.id, regNumber: opened.regNumber } : about;
  const collecting = mine.status === 'serving' && mine.purpose === 'collect' && application !== null;
  const q = desk.queue.getState();
  const purpose = tp(`purposes.${mine.purpose}`);
  const timeZone = desk.session.getState().office?.office.timeZone;
  return (
    <aside className="serving-bar" aria-label={tp('title')} data-testid="serving-bar">
      <span className="serving-number">{mine.number}</span>
      <span>
        {mine.status === 'serving'
          ? `${tp('call.servingTitle')} · ${purpose} · ${officeTime(mine.startedAt, timeZone)}`
          : tp('bar.called', { number: mine.number, purpose })}
        {place === 'intake' && attached === mine.id && <strong> — {tp('bar.attached')}</strong>}
      </span>
      <span className="serving-actions">
        {collecting && place !== 'decisions' && (
          <button type="button" onClick={() => q.handOver(application)}>
            {tp('bar.handOver', { regNumber: application.regNumber })}
          </button>
        )}
        {collecting && (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void q.finish(application.id)}
            aria-keyshortcuts={keysOf('queue.finish')}
          >
            {tp('bar.finishWith', { regNumber: application.regNumber })} <Kbd keys={keysOf('queue.finish')} />
          </button>
        )}
        {mine.status === 'serving' && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void q.finish()}
            aria-keyshortcuts={collecting ? undefined : keysOf('queue.finish')}
          >
            {tp('call.finish')}
            {!collecting && <Kbd keys={keysOf('queue.finish')} />}
          </button>
        )}
        <button type="button" className="quiet" onClick={() => desk.session.getState().go('queue')}>
          {tp('bar.back')}
        </button>
      </span>
    </aside>
  );
}

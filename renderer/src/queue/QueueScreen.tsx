// The clerk's queue board (§7.2, §7.3, §10): the visitor at the desk, who waits and for how
// long, tickets to issue, the waiting-room screen, the close of the day — and the statistics.
// Live: the board is asked again every few seconds while it is on screen.

import { useEffect } from 'react';
import type { Board } from '../../../shared/contract/queue.ts';
import { useDesk, useQueue, useSession } from '../desk.tsx';
import { describeError } from '../i18n/errors.ts';
import { PaperSurveyPanel } from '../survey/PaperSurveyPanel.tsx';
import { officeTime } from '../ui/dates.ts';
import { TopErrors } from '../ui/Field.tsx';
import { CloseDayPanel, DisplayPanel } from './DayPanels.tsx';
import { IssuePanel } from './Issue.tsx';
import { DoneLine, WaitingLine } from './Lines.tsx';
import { MyVisitor } from './MyVisitor.tsx';
import { QueueStatsView } from './QueueStatsView.tsx';
import { useQueueT } from './texts.ts';
import './queue.css';

function PhaseLine({ board }: { board: Board }) {
  const { tp } = useQueueT();
  const h = board.hours;
  const text = board.dayClosed
    ? tp('phases.dayClosed')
    : board.phase === 'lunch'
      ? tp('phases.lunch', { from: h.lunchFrom, to: h.lunchTo })
      : tp(`phases.${board.phase}`, { open: h.open, close: h.close });
  return (
    <span
      className={`phase phase-${board.dayClosed ? 'closed' : board.phase}`}
      role="status"
      data-testid="queue-phase"
    >
      {text}
    </span>
  );
}

function Notice() {
  const { tp } = useQueueT();
  const notice = useQueue((s) => s.notice);
  if (!notice) return null;
  const text =
    notice.key === 'closed'
      ? tp('closeDay.closed', { count: notice.count ?? 0 })
      : notice.key === 'autoClosed'
        ? tp('closeDay.autoClosed', { count: notice.count ?? 0 })
        : notice.key === 'alreadyCalled'
          ? tp('call.alreadyCalled', { number: notice.number ?? '' })
          : notice.key === 'displayOpened'
            ? tp('display.opened')
            : tp('display.browserHint');
  return (
    <p className="notice" role="status">
      {text}
    </p>
  );
}

export function QueueScreen() {
  const { tp, i18n } = useQueueT();
  const desk = useDesk();
  const store = desk.queue;
  const tab = useQueue((s) => s.tab);
  const board = useQueue((s) => s.board);
  const error = useQueue((s) => s.error);
  const timeZone = desk.session.getState().office?.office.timeZone;

  const pollMs = desk.queuePollMs;
  // A locked desk asks the main side nothing (it would refuse): the board waits for the unlock.
  const locked = useSession((s) => s.phase === 'locked');
  useEffect(() => (locked ? undefined : store.getState().watch(pollMs)), [store, pollMs, locked]);

  return (
    <section className="queue" aria-labelledby="queue-title">
      <div className="screen-head queue-head">
        <h1 id="queue-title">{tp('title')}</h1>
        {board && <PhaseLine board={board} />}
        {board && (
          <span className="queue-clock">{tp('clock', { time: officeTime(board.now, timeZone) })}</span>
        )}
        <div className="tabs queue-tabs" role="tablist" aria-label={tp('title')}>
          {(['board', 'stats'] as const).map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              className="tab"
              aria-selected={tab === k}
              onClick={() => store.getState().setTab(k)}
            >
              {tp(`tabs.${k}`)}
            </button>
          ))}
        </div>
      </div>
      <TopErrors messages={error ? describeError(i18n, error).map((p) => p.text) : []} />
      <Notice />
      {tab === 'stats' ? (
        <QueueStatsView />
      ) : (
        board && (
          <div className="queue-columns">
            <div>
              <MyVisitor timeZone={timeZone} />
              <WaitingLine timeZone={timeZone} />
              <DoneLine timeZone={timeZone} />
            </div>
            <div>
              <IssuePanel timeZone={timeZone} />
              <DisplayPanel />
              <CloseDayPanel />
              <PaperSurveyPanel />
            </div>
          </div>
        )
      )}
    </section>
  );
}

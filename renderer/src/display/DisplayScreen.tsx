// The waiting-room screen (§7, §10): the number called to room No. 8 in the largest type the
// screen holds, the next numbers, the lunch break or the end of the day when there is one — in
// Kazakh and Russian at once, readable from across a room. Numbers only: no names, no data.

import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import type { DisplayState } from '../../../shared/contract/queue.ts';
import { PURPOSE_LETTER, PURPOSES } from '../../../shared/domain/queue.ts';
import type { ApiClient } from '../api/client.ts';
import { type DisplayTp, displayTexts, queueTexts } from '../queue/texts.ts';
import { createDisplayStore, type DisplayStore } from '../stores/display.ts';
import { type Chime, webAudioChime } from './chime.ts';
import { displayStateWords } from './texts.ts';
import './display.css';

type T = DisplayTp;

/** One text in both languages, Kazakh first, as the office's signs are written. */
function Both({ kk, ru, className }: { kk: string; ru: string; className?: string }) {
  return (
    <div className={className}>
      <span lang="kk">{kk}</span>
      <span className="both-sep" aria-hidden="true">
        {' '}
        /{' '}
      </span>
      <span lang="ru">{ru}</span>
    </div>
  );
}

/** What each state of the screen means, shown as a mark beside its words (never colour alone). */
type Mark = 'called' | 'recalled' | 'lunch' | 'closed' | 'wait';

const MARK_PATHS: Record<Mark, string> = {
  // A bell: a number is called.
  called: 'M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6zm-2 15a2 2 0 0 0 4 0',
  // Two arrows in a circle: the same number called again.
  recalled: 'M4 12a8 8 0 0 1 14-5.3M20 12a8 8 0 0 1-14 5.3M18 3v4h-4M6 21v-4h4',
  // A cup: the lunch pause.
  lunch: 'M4 8h13v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zm13 1h1.5a2.5 2.5 0 0 1 0 5H17M7 3v2m4-2v2m4-2v2',
  // A circle struck through: no more calls today.
  closed: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM5.6 5.6l12.8 12.8',
  // A clock: wait for the call.
  wait: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 4v5l3 2',
};

function StateMark({ mark }: { mark: Mark }) {
  return (
    <svg className="state-mark" data-mark={mark} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={MARK_PATHS[mark]} />
    </svg>
  );
}

function Pause({ state, kk, ru }: { state: DisplayState; kk: T; ru: T }) {
  const h = state.hours;
  const mark: Mark = state.phase === 'lunch' ? 'lunch' : state.phase === 'before_open' ? 'wait' : 'closed';
  const [title, line]: [(t: T) => string, ((t: T) => string) | null] =
    state.phase === 'lunch'
      ? [(t) => t('lunch'), (t) => `${h.lunchFrom}–${h.lunchTo}. ${t('resumes', { time: h.lunchTo })}`]
      : state.phase === 'before_open'
        ? [(t) => t('waitForCall'), (t) => t('beforeOpen', { time: h.open })]
        : state.phase === 'day_off'
          ? [(t) => t('dayOff'), null]
          : [(t) => t('closed'), null];
  return (
    <div className="display-pause" role="status" data-state={mark}>
      <div className="pause-head">
        <StateMark mark={mark} />
        <Both className="pause-title" kk={title(kk)} ru={title(ru)} />
      </div>
      {line && <Both className="pause-line" kk={line(kk)} ru={line(ru)} />}
    </div>
  );
}

export function DisplayScreen({ store, i18n }: { store: DisplayStore; i18n: I18n }) {
  const kk = useMemo(() => displayTexts.tIn(i18n, 'kk'), [i18n]);
  const ru = useMemo(() => displayTexts.tIn(i18n, 'ru'), [i18n]);
  const purposeKk = useMemo(() => queueTexts.tIn(i18n, 'kk'), [i18n]);
  const purposeRu = useMemo(() => queueTexts.tIn(i18n, 'ru'), [i18n]);
  const state = useStore(store, (s) => s.state);
  const offline = useStore(store, (s) => s.offline);
  const flash = useStore(store, (s) => s.flash);
  const soundBlocked = useStore(store, (s) => s.soundBlocked);

  if (!state) return <div className="display" />;
  const [current, ...alsoCalled] = state.calling;
  // The line stops at lunch and at the end of the day; the screen says so instead of numbers.
  const paused = state.phase !== 'open' || (state.dayClosed && !current);
  // A number called a second time or more: the room is told it is a recall, not a new call.
  const recalled = (current?.calls ?? 0) > 1;

  return (
    <div className="display">
      <header className="display-head">
        <Both
          className="display-room"
          kk={kk('toRoom', { room: state.room })}
          ru={ru('toRoom', { room: state.room })}
        />
        <div className="display-clock" data-testid="display-clock">
          {state.clock}
        </div>
      </header>
      <main className="display-main">
        <section className="display-now" aria-live="assertive" aria-atomic="true">
          {paused && !current ? (
            <Pause state={state} kk={kk} ru={ru} />
          ) : current ? (
            <>
              <div className="now-state" data-state={recalled ? 'recalled' : 'called'}>
                <StateMark mark={recalled ? 'recalled' : 'called'} />
                <Both
                  className="now-label"
                  kk={recalled ? displayStateWords.kk.recalled : kk('calling')}
                  ru={recalled ? displayStateWords.ru.recalled : ru('calling')}
                />
              </div>
              <div
                className={`now-number${flash === current.number ? ' flash' : ''}`}
                data-testid="now-number"
              >
                {current.number}
              </div>
              <Both
                className="now-room"
                kk={`→ ${kk('toRoom', { room: state.room })}`}
                ru={`→ ${ru('toRoom', { room: state.room })}`}
              />
              {alsoCalled.length > 0 && (
                <div className="also-called">{alsoCalled.map((c) => c.number).join('   ')}</div>
              )}
            </>
          ) : (
            <div className="pause-head" data-state="wait">
              <StateMark mark="wait" />
              <Both className="pause-title" kk={kk('waitForCall')} ru={ru('waitForCall')} />
            </div>
          )}
        </section>
        <aside className="display-next" aria-label={`${kk('next')} / ${ru('next')}`}>
          <Both className="next-label" kk={kk('next')} ru={ru('next')} />
          <ol className="next-list">
            {state.next.map((n) => (
              <li key={n.number}>{n.number}</li>
            ))}
          </ol>
          <Both
            className="next-count"
            kk={kk('waiting', { count: state.waiting })}
            ru={ru('waiting', { count: state.waiting })}
          />
        </aside>
      </main>
      <footer className="display-foot">
        <div className="legend">
          {PURPOSES.map((p) => (
            <span key={p}>
              <strong>{PURPOSE_LETTER[p]}</strong> — {purposeKk(`purposes.${p}`)} /{' '}
              {purposeRu(`purposes.${p}`)}
            </span>
          ))}
        </div>
        <Both
          className="hours"
          kk={`${state.hoursLine.kk} · ${kk('order')}`}
          ru={`${state.hoursLine.ru} · ${ru('order')}`}
        />
      </footer>
      {offline && <div className="display-offline">{`${kk('offline')} / ${ru('offline')}`}</div>}
      {soundBlocked && (
        <button type="button" className="display-sound" onClick={() => void store.getState().enableSound()}>
          {kk('sound')} / {ru('sound')}
        </button>
      )}
    </div>
  );
}

/** The page at #/display: its own store and chime, no desk, no sign-in. */
export function DisplayApp({
  api,
  i18n,
  chime = webAudioChime(),
  pollMs = 2000,
}: {
  api: ApiClient;
  i18n: I18n;
  chime?: Chime;
  pollMs?: number;
}) {
  const store = useMemo(() => createDisplayStore(api, chime), [api, chime]);
  useEffect(() => {
    document.title = 'Кезек / Очередь — Qabyldau';
    return store.getState().watch(pollMs);
  }, [store, pollMs]);
  return <DisplayScreen store={store} i18n={i18n} />;
}

/** Whether the page was opened as the waiting-room screen (renderer/src/main.tsx). */
export { isDisplayRoute } from '../routes.ts';

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

function Pause({ state, kk, ru }: { state: DisplayState; kk: T; ru: T }) {
  const h = state.hours;
  const [title, line]: [(t: T) => string, ((t: T) => string) | null] =
    state.phase === 'lunch'
      ? [(t) => t('lunch'), (t) => `${h.lunchFrom}–${h.lunchTo}. ${t('resumes', { time: h.lunchTo })}`]
      : state.phase === 'before_open'
        ? [(t) => t('waitForCall'), (t) => t('beforeOpen', { time: h.open })]
        : state.phase === 'day_off'
          ? [(t) => t('dayOff'), null]
          : [(t) => t('closed'), null];
  return (
    <div className="display-pause" role="status">
      <Both className="pause-title" kk={title(kk)} ru={title(ru)} />
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
              <Both className="now-label" kk={kk('calling')} ru={ru('calling')} />
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
            <Both className="pause-title" kk={kk('waitForCall')} ru={ru('waitForCall')} />
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

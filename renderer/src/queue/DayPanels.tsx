// The waiting-room screen (a chosen monitor in Electron, its own page in the browser) and the
// close of the day: what still waits is closed with its reason, nothing is dropped.

import { useState } from 'react';
import { useDesk, useQueue } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { useQueueT } from './texts.ts';

export function DisplayPanel() {
  const { tp } = useQueueT();
  const { tp: tc } = useCommonT();
  const store = useDesk().queue;
  const screens = useQueue((s) => s.screens);
  const [screenId, setScreenId] = useState<number | null>(null);
  const electron = useQueue((s) => s.choosesScreen);
  return (
    <section className="panel" aria-labelledby="display-title">
      <h2 id="display-title">{tp('display.open')}</h2>
      {electron && screens === null && (
        <button type="button" onClick={() => void store.getState().loadScreens()}>
          {tp('display.screen')}…
        </button>
      )}
      {electron && screens !== null && (
        <div className="inline-form">
          <div className="field">
            <label htmlFor="display-screen">{tp('display.screen')}</label>
            <select
              id="display-screen"
              value={screenId ?? ''}
              onChange={(e) => setScreenId(e.target.value === '' ? null : Number(e.target.value))}
            >
              <option value="">—</option>
              {screens.map((s) => (
                <option key={s.id} value={s.id}>
                  {tp('display.screenLabel', { label: s.label, width: s.width, height: s.height })}
                  {s.primary ? ` — ${tp('display.primary')}` : ''}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={() => void store.getState().openDisplay(screenId)}>
            {tc('open')}
          </button>
        </div>
      )}
      {!electron && (
        <button type="button" onClick={() => void store.getState().openDisplay(null)}>
          {tc('open')}
        </button>
      )}
    </section>
  );
}

export function CloseDayPanel() {
  const { tp } = useQueueT();
  const { tp: tc } = useCommonT();
  const store = useDesk().queue;
  const board = useQueue((s) => s.board);
  const busy = useQueue((s) => s.busy);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  if (!board || board.dayClosed || board.phase === 'day_off') return null;
  const early = board.phase !== 'after_close';
  return (
    <section className="panel" aria-labelledby="close-day-title">
      <h2 id="close-day-title">{tp('closeDay.button')}</h2>
      <p className="hint">{tp('closeDay.explain')}</p>
      {!confirming ? (
        <button type="button" className="warn" onClick={() => setConfirming(true)}>
          {tp('closeDay.button')}…
        </button>
      ) : (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void store
              .getState()
              .closeDay(early ? reason.trim() : null)
              .then((ok) => ok && setConfirming(false));
          }}
        >
          {early && (
            <div className="field">
              <label htmlFor="close-day-reason">{tp('closeDay.reason')}</label>
              <input
                id="close-day-reason"
                value={reason}
                maxLength={300}
                onChange={(e) => setReason(e.target.value)}
                aria-describedby="close-day-early"
              />
              <span id="close-day-early" className="hint">
                {tp('closeDay.early')}
              </span>
            </div>
          )}
          <button type="submit" className="warn" disabled={busy || (early && !reason.trim())}>
            {tp('closeDay.confirm')}
          </button>
          <button type="button" className="quiet" onClick={() => setConfirming(false)}>
            {tc('cancel')}
          </button>
        </form>
      )}
    </section>
  );
}

// The waiting-room screen's state: what the main side says to show (queue.display), asked
// every two seconds, and the chime when a number is called or called again — then the call said
// aloud in the languages of Settings, in their order (issue 13); the lunch pause and the end of
// the day are announced the same way.

import { createStore, type StoreApi } from 'zustand';
import type { DisplayState } from '../../../shared/contract/queue.ts';
import { announcementTexts, type SpokenEvent } from '../../../shared/domain/spoken-call.ts';
import type { ApiClient } from '../api/client.ts';
import type { Chime } from '../display/chime.ts';

export interface DisplayStoreState {
  state: DisplayState | null;
  /** The main side did not answer the last time: the screen says so instead of going stale. */
  offline: boolean;
  /** The number just called, highlighted for a few seconds. */
  flash: string | null;
  /** The browser will not play sound until someone clicks the screen once. */
  soundBlocked: boolean;
  refresh(): Promise<void>;
  watch(everyMs: number): () => void;
  enableSound(): Promise<void>;
}

export type DisplayStore = StoreApi<DisplayStoreState>;

/**
 * What the room is to hear, from the screen's last state and its new one: a call or a recall
 * (the number's second call or later) when the day's calls grew; the lunch pause when calling
 * stops for lunch; the end of the day once, at closing time or when the clerk closes the day.
 * Nothing when the screen has just opened: it does not repeat what happened before it.
 */
export function announcementOf(
  before: DisplayState | null,
  now: DisplayState,
): { event: SpokenEvent; number?: string } | null {
  if (!before) return null;
  const current = now.calling[0];
  if (now.callSerial > before.callSerial && current) {
    return { event: current.calls > 1 ? 'recall' : 'call', number: current.number };
  }
  if (before.phase === 'open' && now.phase === 'lunch') return { event: 'lunch' };
  const closed = (s: DisplayState) => s.phase === 'after_close' || s.dayClosed;
  if (closed(now) && !closed(before) && now.phase !== 'day_off') return { event: 'closing' };
  return null;
}

export function createDisplayStore(api: ApiClient, chime: Chime): DisplayStore {
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  // One announcement after another: a call made while the last one is still said waits its turn.
  let sounding: Promise<void> = Promise.resolve();
  return createStore<DisplayStoreState>()((set, get) => ({
    state: null,
    offline: false,
    flash: null,
    soundBlocked: false,

    async refresh() {
      const r = await api.invoke('queue.display', {});
      if (!r.ok) return set({ offline: true });
      const next = r.value;
      const heard = announcementOf(get().state, next);
      set({ state: next, offline: false });
      if (!heard) return;
      const isCall = heard.event === 'call' || heard.event === 'recall';
      if (isCall) {
        set({ flash: heard.number ?? null });
        clearTimeout(flashTimer);
        flashTimer = setTimeout(() => set({ flash: null }), 6000);
      }
      const { voice, room } = next;
      // With the voice off the screen chimes for a call, as it always has, and says nothing.
      if (!isCall && !voice.enabled) return;
      sounding = sounding
        .then(async () => {
          let played = await chime.play();
          if (played === 'played' && voice.enabled) {
            const texts = announcementTexts(voice, heard.event, { number: heard.number, room });
            played = await chime.say(texts, voice.volume);
          }
          set({ soundBlocked: played === 'blocked' });
        })
        // A sound that failed must not silence every call after it: the screen still shows them.
        .catch(() => undefined);
      await sounding;
    },

    watch(everyMs) {
      // Electron's screen window may play at once; a browser tab waits for one click.
      void chime.unlock().then((state) => set({ soundBlocked: state === 'blocked' }));
      void get().refresh();
      if (everyMs <= 0) return () => clearTimeout(flashTimer);
      const timer = setInterval(() => void get().refresh(), everyMs);
      return () => {
        clearInterval(timer);
        clearTimeout(flashTimer);
      };
    },

    async enableSound() {
      if ((await chime.unlock()) !== 'running') return;
      set({ soundBlocked: false });
      // The click that lets the sound in is answered with the chime (no number is repeated).
      await chime.play();
    },
  }));
}

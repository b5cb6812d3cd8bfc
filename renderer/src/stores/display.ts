// The waiting-room screen's state: what the main side says to show (queue.display), asked
// every two seconds, and the chime when a number is called or called again.

import { createStore, type StoreApi } from 'zustand';
import type { DisplayState } from '../../../shared/contract/queue.ts';
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

export function createDisplayStore(api: ApiClient, chime: Chime): DisplayStore {
  let serial: number | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  return createStore<DisplayStoreState>()((set, get) => ({
    state: null,
    offline: false,
    flash: null,
    soundBlocked: false,

    async refresh() {
      const r = await api.invoke('queue.display', {});
      if (!r.ok) return set({ offline: true });
      const next = r.value;
      const called = serial !== null && next.callSerial > serial;
      serial = next.callSerial;
      set({ state: next, offline: false });
      if (!called) return;
      set({ flash: next.calling[0]?.number ?? null });
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => set({ flash: null }), 6000);
      const played = await chime.play();
      set({ soundBlocked: played === 'blocked' });
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
      await chime.play();
    },
  }));
}

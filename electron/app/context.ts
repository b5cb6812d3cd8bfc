// What every handler receives besides its input: the database, the clock and who is at the
// desk. Doors build it; tests build it with a temporary database and a fixed clock.

import type { Db } from '../db/open.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock & { set(iso: string): void; advanceMinutes(m: number): void } {
  let t = new Date(iso);
  return {
    now: () => new Date(t),
    set: (next) => {
      t = new Date(next);
    },
    advanceMinutes: (m) => {
      t = new Date(t.getTime() + m * 60_000);
    },
  };
}

/** One signed-in desk: an Electron window, a browser-mode start, a command-line run. */
export interface Session {
  userId: number | null;
}

export type Door = 'ipc' | 'browser' | 'cli' | 'system';

export interface AppContext {
  db: Db;
  clock: Clock;
  session: Session;
  door: Door;
  /** The folder of the database; printed PDFs are kept in its documents/ subfolder. */
  dataDir: string;
}

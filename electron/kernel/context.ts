// What every handler receives besides its input. A door (an Electron window, a browser-mode
// start, a command-line run) owns an AppContext: the database, the clock, who is signed in and
// through which door. For each call the registry makes a DeskContext of it (handler.ts): the
// user, the moment of the call and the office's today, and the audited write.

import type { RestoreReport } from '../../shared/contract/backup.ts';
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
  /** The screen is locked (idle or Ctrl+L): the registry opens only unlock, sign-in, sign-out. */
  locked?: boolean;
}

export type Door = 'ipc' | 'browser' | 'cli' | 'system';

export interface AppContext {
  db: Db;
  clock: Clock;
  session: Session;
  door: Door;
  /** The folder of the database; printed PDFs are kept in its documents/ subfolder. */
  dataDir: string;
  /**
   * What only the desk that owns the open database can do to its file: a restore closes the
   * connection, swaps the file and reopens it (electron/desk/open-desk.ts). Absent where a
   * context is built around a bare connection (tests, workers).
   */
  databaseFile?: DatabaseFileActions;
  /**
   * The operating-system account of a door on the machine itself (the command line): the
   * audit log names it beside the desk user chosen with --as, which anyone can type.
   */
  osUser?: string | null;
  /**
   * SQLite's report when the day's background integrity check found the file damaged (issue 12),
   * else null: every write is then refused with database_check_failed. Absent: never damaged.
   */
  databaseDamage?: () => string | null;
}

export interface DatabaseFileActions {
  restore(from: string, by: { userId: number; door: Door }): Promise<RestoreReport>;
}

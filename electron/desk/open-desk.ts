// What every door does first: open the database once and build the context its calls run in.
// A door owns a Desk for as long as it runs and closes it on the way out, so the WAL is
// checkpointed and nothing is left half-open (FACTS.md: never delete a hot -wal).

import os from 'node:os';
import type { Db } from '../db/open.ts';
import { openDatabase } from '../db/open.ts';
import { type AppContext, type Clock, type Door, type Session, systemClock } from '../kernel/context.ts';
import type { Registry } from '../kernel/registry.ts';
import { databaseFile } from './data-dir.ts';
import { createAppRegistry } from './handlers.ts';

export interface Desk {
  readonly db: Db;
  readonly dataDir: string;
  readonly registry: Registry;
  /** A context for one desk session: an Electron window, a browser-mode start, a command-line run. */
  context(door: Door, session?: Session, clock?: Clock): AppContext;
  close(): void;
}

/**
 * Who is logged in to the machine that runs the command line: `--as LOGIN` says whom a script
 * acts as and anyone can type it, so the log also keeps the operating-system account (§18).
 * os.userInfo() throws where the account has no entry in the system's user list (a container,
 * some domain setups); the environment is the fallback, and the log says so when neither knows.
 */
export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '(unknown)';
  }
}

export function openDesk(dataDir: string, log?: (e: unknown) => void): Desk {
  const db = openDatabase(databaseFile(dataDir));
  const registry = createAppRegistry(log);
  let open = true;
  return {
    db,
    dataDir,
    registry,
    context: (door, session = { userId: null }, clock = systemClock) => ({
      db,
      clock,
      session,
      door,
      dataDir,
      ...(door === 'cli' ? { osUser: osUserName() } : {}),
    }),
    close: () => {
      if (!open) return;
      open = false;
      db.close();
    },
  };
}

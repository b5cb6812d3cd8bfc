// What every door does first: open the database once and build the context its calls run in.
// A door owns a Desk for as long as it runs and closes it on the way out, so the WAL is
// checkpointed and nothing is left half-open (FACTS.md: never delete a hot -wal).

import { sweepAttachments } from '../complaints/attachment-files.ts';
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

export function openDesk(dataDir: string, log?: (e: unknown) => void): Desk {
  const db = openDatabase(databaseFile(dataDir));
  // What a crash left between an attachment's file and its row is set right before any call
  // (complaints/attachment-files.ts); a sweep that fails leaves the files where they are.
  try {
    sweepAttachments(db, dataDir, { log: (m) => console.warn(m) });
  } catch (e) {
    console.warn(`attachments: the start-up sweep failed: ${e instanceof Error ? e.message : String(e)}`);
  }
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
    }),
    close: () => {
      if (!open) return;
      open = false;
      db.close();
    },
  };
}

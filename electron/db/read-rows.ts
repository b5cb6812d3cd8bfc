// The audit rows of reads (kind 'read', kernel/handler.ts logSeen) without an fsync each (issue 12).
//
// The database is WAL with synchronous=FULL (open.ts): every commit syncs the WAL before it
// returns — for a change, as it must be. A search or an opened file also commits its read row,
// and that fsync was most of what a search cost through its channel (p50 8 ms, p95 40 ms on the
// development machine, the search itself ~1 ms). SQLite applies `synchronous` per connection at
// the moment of each commit (the pager's sync flags are set by the pragma and read by the WAL's
// commit): so a read row commits with synchronous=NORMAL — its WAL frames written to the
// operating system, not synced — and the setting is FULL again before anything else runs.
//
// What that costs, exactly: the WAL is one file written in order, and every later FULL commit
// and every checkpoint syncs all of it, so a read row is on the disk as soon as the next change
// (of any desk) commits or a checkpoint runs. If neither comes, READ_ROWS_SYNC_MS after the
// first unsynced read row this connection runs a passive checkpoint, and when that could not
// take the whole WAL (another desk's reader holds an older snapshot) syncs the WAL file itself;
// and it does the same when the desk closes. A process that dies (a crash, a kill) loses nothing:
// the frames are with the operating system. A power cut or an OS crash can lose the read rows of
// the last second — never a change or its audit row, never a 'refused' row (README, audit log).

import fs from 'node:fs';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

/** How long a read row may stay with the operating system only, in milliseconds. */
export const READ_ROWS_SYNC_MS = 1000;

interface Unsynced {
  timer: NodeJS.Timeout | null;
  /** Times this connection made read rows durable (a checkpoint, or the WAL synced): for tests. */
  flushes: number;
}

const state = new WeakMap<Db, Unsynced>();

function stateOf(db: Db): Unsynced {
  let s = state.get(db);
  if (!s) {
    s = { timer: null, flushes: 0 };
    state.set(db, s);
  }
  return s;
}

/**
 * One transaction (taken at BEGIN, as every write) that holds only a read's audit row, committed
 * without its own fsync; synchronous is FULL again when it returns, also when it failed.
 */
export function inReadRowTransaction<T>(db: Db, work: () => T): T {
  prepared(db, 'PRAGMA synchronous = NORMAL').run();
  let out: T;
  try {
    out = db.transaction(work).immediate();
  } finally {
    prepared(db, 'PRAGMA synchronous = FULL').run();
  }
  const s = stateOf(db);
  if (!s.timer) {
    s.timer = setTimeout(() => {
      try {
        syncReadRows(db);
      } catch (e) {
        // The next change's commit or the desk's close syncs them; the desk goes on.
        console.warn(`audit: the read rows' sync failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }, READ_ROWS_SYNC_MS);
    // Never what keeps a process alive: a door that ends closes its desk, which syncs.
    s.timer.unref();
  }
  return out;
}

/** Whether read rows of this connection may still be with the operating system only. */
export function readRowsUnsynced(db: Db): boolean {
  return state.get(db)?.timer != null;
}

/** How many times this connection has made its read rows durable (tests). */
export function readRowFlushes(db: Db): number {
  return state.get(db)?.flushes ?? 0;
}

/** fsync of a file by name (the WAL: fsync syncs the file, whichever descriptor wrote it). */
function syncFile(file: string): void {
  let fd: number;
  try {
    // r+: Windows's FlushFileBuffers needs a handle that may write.
    fd = fs.openSync(file, 'r+');
  } catch (e) {
    // No WAL file: nothing of it to sync.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Makes this connection's read rows durable now: a passive checkpoint (which syncs the WAL
 * before it copies pages home, and waits for nobody); when it could not take the whole WAL, an
 * fsync of the WAL file. Runs on the timer and when the desk closes; nothing when nothing waits.
 */
export function syncReadRows(db: Db): void {
  const s = state.get(db);
  if (!s?.timer) return;
  clearTimeout(s.timer);
  s.timer = null;
  if (!db.open || db.memory) return;
  let whole = false;
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    // Every frame of the WAL copied home: the checkpoint synced the WAL, then the file.
    whole = r !== undefined && r.busy === 0 && r.checkpointed === r.log;
  } catch {
    // A checkpoint refused (the file locked by another process's work): the sync below.
  }
  if (!whole) syncFile(`${db.name}-wal`);
  s.flushes++;
}

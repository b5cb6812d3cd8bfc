// One user action, one transaction (STYLE.md): everything a handler writes commits together
// or not at all. Synchronous on purpose — a better-sqlite3 transaction must never span an
// await. Handlers use this instead of the driver's API, so another database layer (e.g.
// PostgreSQL for an office with several desks) replaces electron/db/ and nothing above it.

import type { Db } from './open.ts';

export function inTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work)();
}

/**
 * The same, but taking the write lock at BEGIN (BEGIN IMMEDIATE). For an action that reads and
 * then writes where another connection — a second window, the command line — may be doing the
 * same at that moment (the queue's "call next", numbering): a deferred transaction that has
 * read an older snapshot cannot wait for the lock and fails with SQLITE_BUSY, while an
 * immediate one waits its turn (busy_timeout) and then reads what the other one committed.
 */
export function inWriteTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}

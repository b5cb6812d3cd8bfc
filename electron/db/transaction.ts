// One user action, one transaction (STYLE.md): everything a handler writes commits together
// or not at all. Synchronous on purpose — a better-sqlite3 transaction must never span an
// await. Handlers use this instead of the driver's API, so another database layer (e.g.
// PostgreSQL for an office with several desks) replaces electron/db/ and nothing above it.

import type { Db } from './open.ts';

export function inTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work)();
}

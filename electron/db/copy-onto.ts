// One database's whole content put over another's in a single SQLite transaction, for demo-data
// (cli/demo-data.ts), which builds its month in a staging copy. The online backup API takes the
// destination's write lock at its first step and commits only at its last: a process killed in
// between leaves the destination's uncommitted pages behind, which SQLite discards when the file
// is next opened (sqlite.org/backup.html, sqlite.org/atomiccommit.html) — all or nothing.

import type { Db } from './open.ts';

/** Replaces everything in the database file `destination` with what `source` holds. */
export async function copyOnto(source: Db, destination: string): Promise<void> {
  // Every remaining page in the next step (better-sqlite3 would copy 100 pages a step).
  await source.backup(destination, { progress: () => 0x7fffffff });
}

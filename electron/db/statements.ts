// Statements prepared once per connection: preparing is a parse and a plan every time, and a
// desk runs the same few hundred statements all day. Keyed by the SQL text itself, so a query
// stays written where it is used.

import type { Statement } from 'better-sqlite3';
import type { Db } from './open.ts';

const cache = new WeakMap<Db, Map<string, Statement>>();

export function prepared(db: Db, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let s = statements.get(sql);
  if (!s) {
    s = db.prepare(sql);
    statements.set(sql, s);
  }
  return s;
}

/** Rows changed on this connection since it opened (SQLite's total_changes()): the kernel's
 *  witness that a handler registered as a read wrote nothing, and that a write left its audit row. */
export function totalChanges(db: Db): number {
  return prepared(db, 'SELECT total_changes()').pluck().get() as number;
}

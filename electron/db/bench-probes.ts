// What `npm run bench` measures the desk against (scripts/bench): the cheapest durable write
// SQLite can do on the same file and connection — one INSERT of a row as wide as an application,
// in its own transaction (so one commit, one fsync under synchronous=FULL). Written into a scratch
// table of the bench's own copy of a database, never into an office's file.

import Database from 'better-sqlite3';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export function createBenchScratch(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS bench_scratch (
    id INTEGER PRIMARY KEY, iin TEXT NOT NULL, name TEXT NOT NULL, at TEXT NOT NULL, payload TEXT NOT NULL
  ) STRICT`);
}

export function bareInsert(db: Db, iin: string, name: string, at: string, payload: string): void {
  prepared(db, 'INSERT INTO bench_scratch (iin, name, at, payload) VALUES (?, ?, ?, ?)').run(
    iin,
    name,
    at,
    payload,
  );
}

export function synchronousSetting(db: Db): number {
  return db.pragma('synchronous', { simple: true }) as number;
}

/** The database's own checks alone, for the bench's table beside the open. */
export function timedCheck(db: Db, pragma: 'quick_check' | 'integrity_check'): string {
  return (db.pragma(pragma) as Record<string, string>[]).map((r) => Object.values(r)[0]).join('; ');
}

export function sqliteVersion(db: Db): string {
  return prepared(db, 'SELECT sqlite_version()').pluck().get() as string;
}

/** Applications the bench prints talons and letters of: another person's each time, none cancelled. */
export function benchApplicationIds(db: Db, limit: number): number[] {
  return prepared(db, "SELECT id FROM applications WHERE status <> 'cancelled' ORDER BY id LIMIT ?")
    .pluck()
    .all(limit) as number[];
}

/** A copy of a database the bench works on: its schema version and how many applicants it
 *  holds, read without the desk's open (no check, no migration). */
export function describeBenchFile(file: string): { schema: number; applicants: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      schema: db.pragma('user_version', { simple: true }) as number,
      applicants: db.prepare('SELECT count(*) FROM applicants').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

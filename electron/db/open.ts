// Opening the database file: pragmas that must hold on every open, the cheap integrity check,
// and the migrations. Everything else talks to the database through the query modules here.

import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations/index.ts';

export type Db = Database.Database;

export class DatabaseTooNewError extends Error {
  constructor(found: number, known: number) {
    super(
      `The database was written by a newer Qabyldau (schema ${found}; this program knows ${known}). ` +
        'Install the newer version: an older program must not write into it.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export class DatabaseDamagedError extends Error {
  constructor(file: string, report: string) {
    super(`The database ${file} failed its integrity check (${report}). Restore the latest backup.`);
    this.name = 'DatabaseDamagedError';
  }
}

export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // better-sqlite3 is built with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1: under WAL every open
    // reads NORMAL, which can lose the last commits on a power cut. A desk program writes
    // little and must not lose an accepted application: FULL, on every open.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // SQLite's lower() and LIKE fold only ASCII; names are Kazakh and Russian Cyrillic.
    db.function('fold', { deterministic: true }, (s: unknown) =>
      typeof s === 'string' ? s.toLowerCase() : null,
    );
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DatabaseDamagedError(file, String(check));
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Db): void {
  const current = schemaVersion(db);
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    // One transaction per migration: a failure leaves the file at the previous version.
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

/** A consistent copy of a live database (online backup API), verified in full. */
export async function backupDatabase(db: Db, out: string): Promise<{ file: string; bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  await db.backup(out);
  const copy = new Database(out, { readonly: true });
  try {
    const report = copy.pragma('integrity_check', { simple: true });
    if (report !== 'ok') throw new DatabaseDamagedError(out, String(report));
  } finally {
    copy.close();
  }
  return { file: path.resolve(out), bytes: fs.statSync(out).size };
}

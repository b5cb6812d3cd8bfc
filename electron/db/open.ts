// Opening the database file: pragmas that must hold on every open, the integrity check, and the
// migrations. Everything else talks to the database through the query modules here.

import path from 'node:path';
import Database from 'better-sqlite3';
import { foldName } from '../../shared/domain/fold-name.ts';
import { DatabaseDamagedError, DatabaseTooNewError, DatabaseUnreadableError } from './file-errors.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { ensureFolder, tightenDatabaseFiles } from './private-files.ts';

export type Db = Database.Database;

export { DatabaseDamagedError, DatabaseTooNewError, DatabaseUnreadableError } from './file-errors.ts';

export interface OpenOptions {
  /**
   * Which check the open runs (quick_check when not said). 'full' is integrity_check: quick_check
   * does not compare the indexes with their tables, so a damaged unique index passes it, a lookup
   * by IIN then says "not found" and a second applicant with the same IIN is accepted. 'none'
   * costs nothing: both checks read the whole file (2.2 s at a million rows, issue 12). The desk
   * runs the full one on the first open of each day and none on the others
   * (electron/desk/open-desk.ts); every backup checks its copy in full.
   */
  check?: 'quick' | 'full' | 'none';
  /** Runs before the first pending migration, with the versions: the desk backs up there. */
  beforeMigrating?: (db: Db, from: number, to: number) => void;
}

export const LATEST_SCHEMA = MIGRATIONS.at(-1)?.version ?? 0;

/** SQLite's report of a check, as one line (the first few problems). */
export function checkReport(db: Db, pragma: 'quick_check' | 'integrity_check'): string {
  const rows = db.pragma(`${pragma}(20)`) as Record<string, string>[];
  return rows.map((r) => Object.values(r)[0]).join('; ');
}

function isSqliteError(e: unknown, ...codes: string[]): boolean {
  return e instanceof Error && codes.includes((e as { code?: string }).code ?? '');
}

/** A SQLite failure of the file itself, said with the file's name and what to do. */
export function fileError(file: string, e: unknown): unknown {
  if (isSqliteError(e, 'SQLITE_NOTADB')) return new DatabaseUnreadableError(file);
  if (isSqliteError(e, 'SQLITE_CORRUPT')) return new DatabaseDamagedError(file, (e as Error).message);
  return e;
}

export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  if (file !== ':memory:') {
    ensureFolder(path.dirname(file));
    tightenDatabaseFiles(file);
  }
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // better-sqlite3 is built with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1: under WAL every open
    // reads NORMAL, which can lose the last commits on a power cut. A desk program writes
    // little and must not lose an accepted application: FULL, on every open.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // SQLite's lower() and LIKE fold only ASCII; names are Kazakh and Russian Cyrillic, and a
    // Kazakh name is also searched by its Russian spelling (shared/domain/fold-name.ts).
    db.function('fold', { deterministic: true }, (s: unknown) =>
      typeof s === 'string' ? foldName(s) : null,
    );
    const check = opts.check ?? 'quick';
    if (check !== 'none') {
      const report = checkReport(db, check === 'full' ? 'integrity_check' : 'quick_check');
      if (report !== 'ok') throw new DatabaseDamagedError(file, report);
    }
    migrate(db, opts.beforeMigrating);
    return db;
  } catch (e) {
    db.close();
    throw fileError(file, e);
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function migrate(db: Db, beforeMigrating?: OpenOptions['beforeMigrating']): void {
  const current = schemaVersion(db);
  if (current > LATEST_SCHEMA) throw new DatabaseTooNewError(current, LATEST_SCHEMA);
  // A file with tables is the office's records: a copy is taken before a migration changes it.
  if (current > 0 && current < LATEST_SCHEMA) beforeMigrating?.(db, current, LATEST_SCHEMA);
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    // One transaction per migration: a failure leaves the file at the previous version.
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

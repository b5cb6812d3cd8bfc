import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from './backup-file.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { DatabaseTooNewError, openDatabase, schemaVersion } from './open.ts';

const dirs: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-db-'));
  dirs.push(dir);
  return path.join(dir, 'qabyldau.sqlite');
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('opening the database', () => {
  it('runs in WAL with synchronous=FULL and foreign keys on, on every open', () => {
    const file = tempFile();
    openDatabase(file).close();
    // Reopen: better-sqlite3 would fall back to NORMAL (1) under WAL if we did not set it again.
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('migrates an empty file to the latest schema with every table', () => {
    const db = openDatabase(tempFile());
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)?.version);
    const tables = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]
    ).map((t) => t.name);
    for (const t of [
      'users',
      'applicants',
      'representatives',
      'applications',
      'application_documents',
      'intake_attempts',
      'consents',
      'audit_log',
      'settings',
      'calendar_corrections',
      'printed_documents',
    ]) {
      expect(tables).toContain(t);
    }
    db.close();
  });

  it('refuses a database written by a newer program', () => {
    const file = tempFile();
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
  });

  it('enforces the foreign keys', () => {
    const db = openDatabase(tempFile());
    expect(() =>
      db
        .prepare(
          `INSERT INTO consents (applicant_id, representative_id, given_at, recorded_by) VALUES (42, NULL, 'x', 1)`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('makes a verified backup copy of a live database', async () => {
    const db = openDatabase(tempFile());
    db.prepare(
      "INSERT INTO users (login, full_name, role, language, created_at) VALUES ('a', 'Ә', 'admin', 'kk', 'now')",
    ).run();
    const out = path.join(path.dirname(tempFile()), 'backup.sqlite');
    const r = await backupDatabase(db, out);
    expect(r.bytes).toBeGreaterThan(0);
    const copy = new Database(out, { readonly: true });
    expect(copy.prepare('SELECT full_name FROM users').get()).toEqual({ full_name: 'Ә' });
    copy.close();
    db.close();
  });
});

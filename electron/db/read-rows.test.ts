// A read's audit row (§18; Law No. 94-V Art. 22) commits without an fsync of its own and is made
// durable within a second (issue 12, read-rows.ts); every other commit keeps synchronous=FULL.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deskValue } from '../../tests/support/child-desk.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { adultIntake } from '../../tests/support/people.ts';
import { openDesk } from '../desk/open-desk.ts';
import { writeAudit } from './audit.ts';
import { inReadRowTransaction, READ_ROWS_SYNC_MS, readRowFlushes, readRowsUnsynced } from './read-rows.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => {
  vi.useRealTimers();
  desk.close();
});

/** 2 is FULL: SQLite's number for the setting. */
const synchronous = () => desk.ctx.db.pragma('synchronous', { simple: true });
const SEARCH = { query: 'қасым' } as const;

/** Everything so far home in the database file, so that the file is whole without its WAL. */
const checkpointed = () => desk.ctx.db.pragma('wal_checkpoint(TRUNCATE)');

/** The read rows of the searches that the database file holds without its WAL. */
function searchRowsInMainFile(): number {
  const copy = path.join(desk.dataDir, 'main-only.sqlite');
  fs.copyFileSync(path.join(desk.dataDir, 'qabyldau.sqlite'), copy);
  const db = new Database(copy, { readonly: true });
  try {
    return db
      .prepare("SELECT count(*) FROM audit_log WHERE kind = 'read' AND action = 'applications.search'")
      .pluck()
      .get() as number;
  } finally {
    db.close();
    fs.rmSync(copy);
  }
}

describe("a read's audit row", () => {
  it('is committed at once, and the connection is at synchronous=FULL again for what follows', async () => {
    expect(synchronous()).toBe(2);
    await desk.ok('applications.search', SEARCH);
    expect(desk.audit({ limit: 1 })[0]).toMatchObject({ kind: 'read', action: 'applications.search' });
    expect(readRowsUnsynced(desk.ctx.db)).toBe(true);
    expect(synchronous()).toBe(2);
    // A change right after it commits durably, as every change does.
    await desk.ok('intake.accept', adultIntake());
    expect(synchronous()).toBe(2);
  });

  it('leaves FULL set also when its transaction failed', () => {
    const db = desk.ctx.db;
    expect(() =>
      inReadRowTransaction(db, () => {
        writeAudit(
          db,
          { at: 'now', userId: null, door: 'system' },
          { action: 'x', entity: 'y', entityId: null },
        );
        throw new Error('the row could not be written');
      }),
    ).toThrow('the row could not be written');
    expect(synchronous()).toBe(2);
    // Nothing of it was kept.
    expect(desk.audit({ action: 'x' })).toEqual([]);
  });

  it('is made durable within a second by itself, without waiting for another write', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const db = desk.ctx.db;
    checkpointed();
    await desk.ok('applications.search', SEARCH);
    await desk.ok('applications.search', { query: 'иванов' });
    expect(readRowFlushes(db)).toBe(0);
    // Still only in the WAL: the file without it has neither search.
    expect(searchRowsInMainFile()).toBe(0);
    vi.advanceTimersByTime(READ_ROWS_SYNC_MS);
    expect(readRowFlushes(db)).toBe(1);
    expect(readRowsUnsynced(db)).toBe(false);
    // The passive checkpoint synced the WAL and took both rows home into the database file.
    expect(searchRowsInMainFile()).toBe(2);
    // One flush for the second's rows, not one per row.
    vi.advanceTimersByTime(10 * READ_ROWS_SYNC_MS);
    expect(readRowFlushes(db)).toBe(1);
  });

  it('is synced too while another connection holds an older snapshot (the checkpoint cannot take it)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const db = desk.ctx.db;
    checkpointed();
    const other = new Database(path.join(desk.dataDir, 'qabyldau.sqlite'));
    try {
      other.prepare('BEGIN').run();
      other.prepare('SELECT count(*) FROM audit_log').get();
      await desk.ok('applications.search', SEARCH);
      vi.advanceTimersByTime(READ_ROWS_SYNC_MS);
      // The WAL file itself was synced; the row stays in it until the reader is done.
      expect(readRowFlushes(db)).toBe(1);
      expect(readRowsUnsynced(db)).toBe(false);
      expect(searchRowsInMainFile()).toBe(0);
      other.prepare('COMMIT').run();
    } finally {
      other.close();
    }
  });

  it('is synced when the desk closes, before the second is up', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-read-close-'));
    try {
      const other = openDesk(dir);
      const session = { userId: null as number | null };
      session.userId = (
        await deskValue<{ id: number }>(
          other,
          'users.create',
          { login: 'it', fullName: 'IT', role: 'admin', language: 'ru', password: 'it-kilt-2026' },
          session,
        )
      ).id;
      await deskValue(other, 'applications.search', SEARCH, session);
      const db = other.db;
      expect(readRowsUnsynced(db)).toBe(true);
      other.close();
      expect(readRowFlushes(db)).toBe(1);
      expect(readRowsUnsynced(db)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

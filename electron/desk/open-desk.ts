// What every door does first: open the database once and build the context its calls run in.
// A door owns a Desk for as long as it runs and closes it on the way out, so the WAL is
// checkpointed and nothing is left half-open (FACTS.md: never delete a hot -wal).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RestoreReport } from '../../shared/contract/backup.ts';
import type { BackupReason } from '../backup/folder.ts';
import { sweepAttachments } from '../complaints/attachment-files.ts';
import type { Db } from '../db/open.ts';
import { openDatabase } from '../db/open.ts';
import { PRIVATE_FILE } from '../db/private-files.ts';
import {
  type AppContext,
  type Clock,
  type DatabaseFileActions,
  type Door,
  type Session,
  systemClock,
} from '../kernel/context.ts';
import type { Registry } from '../kernel/registry.ts';
import { automaticBackup, backupBeforeMigration, type DeskBackup } from './backup.ts';
import { databaseFile, prepareDataDir } from './data-dir.ts';
import { createAppRegistry } from './handlers.ts';
import { restoreDataDir } from './restore.ts';

export interface Desk {
  /** The open connection (a restore replaces it: read it at each use, never keep it). */
  readonly db: Db;
  readonly dataDir: string;
  readonly registry: Registry;
  /** A context for one desk session: an Electron window, a browser-mode start, a command-line run. */
  context(door: Door, session?: Session, clock?: Clock): AppContext;
  /** Restores from a backup: closes the connection, swaps the file (restore.ts), reopens. */
  restore(from: string, by: { userId: number | null; door: Door }): Promise<RestoreReport>;
  /** An automatic backup into the administrator's folder ('start': only the first of the day). */
  automaticBackup(reason: Extract<BackupReason, 'start' | 'quit'>): Promise<DeskBackup | null>;
  close(): void;
}

/**
 * Who is logged in to the machine that runs the command line: `--as LOGIN` says whom a script
 * acts as and anyone can type it, so the log also keeps the operating-system account (§18).
 * os.userInfo() throws where the account has no entry in the system's user list (a container,
 * some domain setups); the environment is the fallback, and the log says so when neither knows.
 */
export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '(unknown)';
  }
}

export interface DeskOptions {
  /** The clock of the desk's own work: the daily check, the automatic backups. */
  clock?: Clock;
}

/** When the last full integrity_check passed, per data folder (a day's date, the machine's). */
const FULL_CHECK_FILE = 'integrity-checked.json';

/** The machine's own date (not the office's zone): "the first open of the day" of this computer. */
function machineDateOf(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function fullCheckDue(dataDir: string, today: string): boolean {
  try {
    const { day } = JSON.parse(fs.readFileSync(path.join(dataDir, FULL_CHECK_FILE), 'utf8')) as {
      day?: unknown;
    };
    return day !== today;
  } catch {
    return true;
  }
}

/** Which check the open of a data folder's database runs at `now` (see openDeskDatabase). */
export function checkOnOpen(dataDir: string, now: Date): 'full' | 'none' {
  return fullCheckDue(dataDir, machineDateOf(now)) ? 'full' : 'none';
}

/**
 * Opens the data folder's database as every door needs it. The first open of each day (the
 * machine's date) runs the full integrity_check — a damaged index passes quick_check (issue 9) —
 * and refuses to start on damage; the other opens of the day run no check, since any check reads
 * the whole file (seconds at regional scale, issue 12). So damage is caught within a day, by every
 * backup (which checks its copy in full: the first start of the day, every quit), and a damaged
 * page at the moment it is read (SQLite answers SQLITE_CORRUPT, the call fails with an error
 * number). A migration is preceded by a checked copy in the backups folder.
 */
export function openDeskDatabase(dataDir: string, now: Date): Db {
  const today = machineDateOf(now);
  const check = checkOnOpen(dataDir, now);
  const db = openDatabase(databaseFile(dataDir), {
    check,
    beforeMigrating: (open, from) => backupBeforeMigration(open, dataDir, from, now),
  });
  if (check === 'full')
    fs.writeFileSync(
      path.join(dataDir, FULL_CHECK_FILE),
      JSON.stringify({ day: today, at: now.toISOString() }),
      {
        mode: PRIVATE_FILE,
      },
    );
  return db;
}

export function openDesk(dataDir: string, log?: (e: unknown) => void, opts: DeskOptions = {}): Desk {
  const clock = opts.clock ?? systemClock;
  prepareDataDir(dataDir);
  let db = openDeskDatabase(dataDir, clock.now());
  // What a crash left between an attachment's file and its row is set right before any call
  // (complaints/attachment-files.ts); a sweep that fails leaves the files where they are.
  try {
    sweepAttachments(db, dataDir, { log: (m) => console.warn(m) });
  } catch (e) {
    console.warn(`attachments: the start-up sweep failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  const registry = createAppRegistry(log);
  let open = true;
  const desk: Desk = {
    get db() {
      return db;
    },
    dataDir,
    registry,
    context: (door, session = { userId: null }, callClock = systemClock) => ({
      get db() {
        return db;
      },
      clock: callClock,
      session,
      door,
      dataDir,
      databaseFile: files,
      ...(door === 'cli' ? { osUser: osUserName() } : {}),
    }),
    restore: async (from, by) => {
      const { db: restored, report } = await restoreDataDir({
        dataDir,
        from,
        now: clock.now(),
        live: db,
        close: () => db.close(),
        reopen: () => {
          db = openDeskDatabase(dataDir, clock.now());
          return db;
        },
        by,
      });
      db = restored;
      return report;
    },
    automaticBackup: (reason) => automaticBackup(db, dataDir, reason, clock.now()),
    close: () => {
      if (!open) return;
      open = false;
      db.close();
    },
  };
  const files: DatabaseFileActions = { restore: (from, by) => desk.restore(from, by) };
  return desk;
}

// What every door does first: open the database once and build the context its calls run in.
// A door owns a Desk for as long as it runs and closes it on the way out, so the WAL is
// checkpointed and nothing is left half-open (FACTS.md: never delete a hot -wal).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RestoreReport } from '../../shared/contract/backup.ts';
import type { BackupReason } from '../backup/folder.ts';
import { sweepAttachments } from '../complaints/attachment-files.ts';
import { DatabaseDamagedError } from '../db/file-errors.ts';
import type { Db } from '../db/open.ts';
import { openDatabase } from '../db/open.ts';
import { PRIVATE_FILE } from '../db/private-files.ts';
import { syncReadRows } from '../db/read-rows.ts';
import {
  type AppContext,
  type Clock,
  type DatabaseFileActions,
  type Door,
  type Session,
  systemClock,
} from '../kernel/context.ts';
import type { Registry } from '../kernel/registry.ts';
import { type BackgroundCheck, startBackgroundCheck } from './background-check.ts';
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
  /** The day's full check as this open ran it, and what it found (issue 12). */
  integrity(): DeskIntegrity;
  /** Settles when the background check has reported (at once when there is none). */
  integrityChecked(): Promise<DeskIntegrity>;
  close(): void;
}

export interface DeskIntegrity {
  /** 'full': before the open returned; 'background': in a worker after it; 'none': not due. */
  check: 'full' | 'background' | 'none';
  /** The background check has not reported yet. */
  running: boolean;
  /** SQLite's report of the damage a check found, or null: writes are refused while it is set. */
  damage: string | null;
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
  /**
   * A file up to this size gets the day's full check before the open returns (and refuses to
   * start on damage); a larger one gets it in the background. SYNC_CHECK_LIMIT when not said.
   */
  syncCheckLimit?: number;
  /**
   * Whether a large file's full check may run in a worker (the windows and the browser mode).
   * The command line's short runs say false: no worker, no check of a large file, and the day
   * stays unchecked for the next window (`desk backup` checks its copy in full anyway).
   */
  background?: boolean;
}

/**
 * 200 MB: the full check of an office's file (tens of thousands of applicants, tens of MB) takes
 * well under a second and keeps its refuse-to-start guarantee; a region's 5 GB takes 138 s.
 */
export const SYNC_CHECK_LIMIT = 200 * 1024 * 1024;

/** When the last full integrity_check passed, per data folder (a day's date, the machine's). */
const FULL_CHECK_FILE = 'integrity-checked.json';

/** The machine's own date (not the office's zone): "the first open of the day" of this computer. */
function machineDateOf(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface CheckRecord {
  /** The machine's date of the last full check that passed. */
  day?: unknown;
  at?: unknown;
  /** How long the last full check in a worker took, in seconds (`desk check` shows it as it runs). */
  seconds?: unknown;
  /** What the last background check found wrong (then `day` is absent: the day is not checked). */
  damaged?: { at: string; report: string };
}

function checkRecord(dataDir: string): CheckRecord {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(dataDir, FULL_CHECK_FILE), 'utf8')) as unknown;
    return r && typeof r === 'object' ? (r as CheckRecord) : {};
  } catch {
    return {};
  }
}

function writeCheckRecord(dataDir: string, record: CheckRecord): void {
  fs.writeFileSync(path.join(dataDir, FULL_CHECK_FILE), JSON.stringify(record), { mode: PRIVATE_FILE });
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Which check the open of a data folder's database runs at `now` (see openDeskDatabase). */
export function checkOnOpen(
  dataDir: string,
  now: Date,
  syncCheckLimit = SYNC_CHECK_LIMIT,
): 'full' | 'background' | 'none' {
  if (checkRecord(dataDir).day === machineDateOf(now)) return 'none';
  return fileSize(databaseFile(dataDir)) > syncCheckLimit ? 'background' : 'full';
}

/**
 * Opens the data folder's database as every door needs it. The first open of each day (the
 * machine's date) runs the full integrity_check — a damaged index passes quick_check (issue 9).
 * On a file up to `syncCheckLimit` it runs before the open returns and refuses to start on
 * damage; on a larger one (a region's 5 GB: 138 s) the open returns at once and openDesk runs it
 * in a worker ('background': this function then checks nothing and does not mark the day). The
 * other opens of the day run no check. So damage is caught within a day, by every backup (which
 * checks its copy in full: the first start of the day, every quit), and a damaged page at the
 * moment it is read (SQLite answers SQLITE_CORRUPT, the call fails with an error number). A
 * migration is preceded by a checked copy in the backups folder.
 */
export function openDeskDatabaseChecking(
  dataDir: string,
  now: Date,
  syncCheckLimit = SYNC_CHECK_LIMIT,
): { db: Db; check: 'full' | 'background' | 'none' } {
  const check = checkOnOpen(dataDir, now, syncCheckLimit);
  const db = openDatabase(databaseFile(dataDir), {
    check: check === 'full' ? 'full' : 'none',
    beforeMigrating: (open, from) => backupBeforeMigration(open, dataDir, from, now),
  });
  if (check === 'full') writeCheckRecord(dataDir, { day: machineDateOf(now), at: now.toISOString() });
  return { db, check };
}

/** openDeskDatabaseChecking with every due check before the open returns (a restore's reopen). */
export function openDeskDatabase(dataDir: string, now: Date, syncCheckLimit = Number.POSITIVE_INFINITY): Db {
  return openDeskDatabaseChecking(dataDir, now, syncCheckLimit).db;
}

/** What a full check in a worker found: 'ok', SQLite's report of the damage, or why it did not run. */
export interface FullCheckResult {
  report: string;
  /** The check could not run (nothing is known; the day stays unchecked). */
  failed?: boolean;
  seconds: number;
}

/**
 * The day's full integrity_check of a data folder's database in a worker (background-check.ts),
 * recorded as every daily check is: the day checked when it passes, the damage kept when it finds
 * some (the next open refuses changes at once). The window's and the browser mode's background
 * check, and `desk check` in the foreground.
 */
export function startFullCheck(
  dataDir: string,
  clock: Clock,
  done: (r: FullCheckResult) => void,
): BackgroundCheck {
  const file = databaseFile(dataDir);
  const started = clock.now();
  const t = performance.now();
  return startBackgroundCheck(file, ({ report, failed }) => {
    const seconds = Math.round((performance.now() - t) / 100) / 10;
    if (report === 'ok') {
      writeCheckRecord(dataDir, { day: machineDateOf(started), at: started.toISOString(), seconds });
    } else if (failed) {
      // The check could not run: nothing is known, the day stays unchecked.
      console.warn(`integrity: the full check of ${file} did not run: ${report}`);
    } else {
      writeCheckRecord(dataDir, { damaged: { at: clock.now().toISOString(), report } });
      console.error(`integrity: ${new DatabaseDamagedError(file, report).message}`);
    }
    done({ report, seconds, ...(failed ? { failed } : {}) });
  });
}

/**
 * A large file whose day is not checked (`checkOnOpen` would run the check in the background)
 * and when its last full check passed: what the command line warns of, since its short runs
 * start no check (DeskOptions.background).
 */
export function uncheckedToday(
  dataDir: string,
  now: Date,
  syncCheckLimit = SYNC_CHECK_LIMIT,
): { file: string; bytes: number; lastChecked: string | null; lastSeconds: number | null } | null {
  if (checkOnOpen(dataDir, now, syncCheckLimit) !== 'background') return null;
  const record = checkRecord(dataDir);
  const file = databaseFile(dataDir);
  return {
    file,
    bytes: fileSize(file),
    lastChecked: typeof record.at === 'string' ? record.at : null,
    lastSeconds: lastCheckSeconds(dataDir),
  };
}

/** The last full check's duration in seconds, when a worker ran it (for a progress line). */
export function lastCheckSeconds(dataDir: string): number | null {
  const seconds = checkRecord(dataDir).seconds;
  return typeof seconds === 'number' ? seconds : null;
}

export function openDesk(dataDir: string, log?: (e: unknown) => void, opts: DeskOptions = {}): Desk {
  const clock = opts.clock ?? systemClock;
  prepareDataDir(dataDir);
  const opened = openDeskDatabaseChecking(dataDir, clock.now(), opts.syncCheckLimit ?? SYNC_CHECK_LIMIT);
  let db = opened.db;
  const check = opened.check === 'background' && opts.background === false ? 'none' : opened.check;
  // Damage a background check found on an earlier open stays known until a check passes.
  const state: DeskIntegrity = {
    check,
    running: check === 'background',
    damage: checkRecord(dataDir).damaged?.report ?? null,
  };
  let background: BackgroundCheck | null = null;
  let checked: Promise<DeskIntegrity> = Promise.resolve(state);
  if (check === 'background') {
    checked = new Promise((resolve) => {
      background = startFullCheck(dataDir, clock, (r) => {
        background = null;
        state.running = false;
        if (r.report === 'ok') state.damage = null;
        else if (!r.failed) {
          state.damage = r.report;
          log?.(new DatabaseDamagedError(databaseFile(dataDir), r.report));
        }
        resolve(state);
      });
    });
  }
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
      databaseDamage: () => state.damage,
      ...(door === 'cli' ? { osUser: osUserName() } : {}),
    }),
    restore: async (from, by) => {
      const { db: restored, report } = await restoreDataDir({
        dataDir,
        from,
        now: clock.now(),
        live: db,
        close: () => {
          syncReadRows(db);
          db.close();
        },
        reopen: () => {
          db = openDeskDatabase(dataDir, clock.now());
          return db;
        },
        by,
      });
      db = restored;
      // The restored copy passed the full check before it was moved in (restore.ts, step 1).
      state.damage = null;
      writeCheckRecord(dataDir, { day: machineDateOf(clock.now()), at: clock.now().toISOString() });
      return report;
    },
    automaticBackup: (reason) => automaticBackup(db, dataDir, reason, clock.now()),
    integrity: () => ({ ...state }),
    integrityChecked: () => checked.then((s) => ({ ...s })),
    close: () => {
      if (!open) return;
      open = false;
      (background as BackgroundCheck | null)?.stop();
      // The last second's read rows on the disk, whoever else has the file open.
      syncReadRows(db);
      db.close();
    },
  };
  const files: DatabaseFileActions = { restore: (from, by) => desk.restore(from, by) };
  return desk;
}

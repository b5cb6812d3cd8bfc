// `desk check`: the day's full integrity_check for the office's IT person (issue 12). A file past
// 200 MB (a region's 5 GB) gets that check in a worker once a window or the browser mode is up;
// the command line's short runs start none, so a file only ever opened through `desk …` would
// never be checked. This command runs it in the foreground, a progress line every few seconds,
// and records it as the daily check does (open-desk.ts, startFullCheck); every other command
// that opens such a file warns on stderr while its day is unchecked or its last check found
// damage (dayCheckWarning).

import fs from 'node:fs';
import { databaseFile } from '../desk/data-dir.ts';
import { lastCheckSeconds, SYNC_CHECK_LIMIT, startFullCheck, uncheckedToday } from '../desk/open-desk.ts';
import { type Clock, systemClock } from '../kernel/context.ts';

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;

export interface CheckOutcome {
  /** 0: the file is whole; 1: damage found, or the check could not run. */
  code: number;
  out: { file: string; integrity: string; seconds: number; checkedDay: boolean };
}

/** The full check of the data folder's database now; `progress` gets a line every `everyMs`. */
export function checkNow(
  dataDir: string,
  opts: { clock?: Clock; progress: (line: string) => void; everyMs?: number },
): Promise<CheckOutcome> {
  const file = databaseFile(dataDir);
  const last = lastCheckSeconds(dataDir);
  const t = performance.now();
  const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
  opts.progress(
    `Checking ${file} in full (${mb(size)})${last === null ? '' : `; the last full check took ${last} s`}.`,
  );
  // The worker keeps no process alive (background-check.ts): the progress timer does.
  const timer = setInterval(
    () =>
      opts.progress(
        `… ${Math.round((performance.now() - t) / 1000)} s${last === null ? '' : ` of about ${Math.round(last)}`}`,
      ),
    opts.everyMs ?? 10_000,
  );
  return new Promise((resolve) => {
    startFullCheck(dataDir, opts.clock ?? systemClock, (r) => {
      clearInterval(timer);
      resolve({
        code: r.report === 'ok' ? 0 : 1,
        out: { file, integrity: r.report, seconds: r.seconds, checkedDay: r.report === 'ok' },
      });
    });
  });
}

/**
 * What a command that opened the data folder says on stderr: the last check found damage, or
 * the day's check of a large file has not run (null: nothing to say).
 */
export function dayCheckWarning(
  dataDir: string,
  now: Date,
  damage: string | null,
  syncCheckLimit = SYNC_CHECK_LIMIT,
): string | null {
  const restore = 'npm run desk -- restore --from FILE';
  if (damage !== null)
    return (
      `Warning: the last full check found ${databaseFile(dataDir)} damaged (${damage}). Changes are ` +
      `refused until the last backup is restored: ${restore} (a backup from before the damage).`
    );
  const unchecked = uncheckedToday(dataDir, now, syncCheckLimit);
  if (!unchecked) return null;
  return (
    `Warning: today's full check of ${unchecked.file} (${mb(unchecked.bytes)}) has not run: the ` +
    'command line does not start it, the window and the browser mode run it in the background. ' +
    `Run: npm run desk -- check${unchecked.lastSeconds === null ? '' : ` (the last took ${unchecked.lastSeconds} s)`}. ` +
    `Last passed: ${unchecked.lastChecked ?? 'never on this machine'}.`
  );
}

// Issue 12: the day's full integrity_check of a large file runs beside the open desk, in a worker
// thread with its own read-only connection (WAL lets a reader work beside the writer), so the
// window is up at once instead of after 138 s at regional scale. The worker never keeps the
// process alive (unref) and the desk ends it on close.

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The worker's whole program: plain CommonJS, so it runs the same from source and built. */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const rows = db.pragma('integrity_check(20)');
  parentPort.postMessage({ report: rows.map((r) => Object.values(r)[0]).join('; ') });
} catch (e) {
  parentPort.postMessage({ report: e && e.message ? String(e.message) : String(e), failed: true });
} finally {
  if (db) db.close();
}
`;

export interface BackgroundCheck {
  /** Ends the worker (the desk closes): no result is reported after it. */
  stop(): void;
}

/**
 * Starts the full check of `file` in a worker; `done` gets SQLite's report ('ok' when whole).
 * A worker that cannot run (the driver fails to load) reports `failed`: the check did not happen.
 */
export function startBackgroundCheck(
  file: string,
  done: (r: { report: string; failed?: boolean }) => void,
): BackgroundCheck {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_CODE, { eval: true, workerData: { file, driver } });
  let reported = false;
  const report = (r: { report: string; failed?: boolean }) => {
    if (reported) return;
    reported = true;
    done(r);
  };
  worker.on('message', (m: { report: string; failed?: boolean }) => report(m));
  worker.on('error', (e) => report({ report: e.message, failed: true }));
  worker.on('exit', () => report({ report: 'the check ended without a report', failed: true }));
  worker.unref();
  return {
    stop: () => {
      reported = true;
      void worker.terminate();
    },
  };
}

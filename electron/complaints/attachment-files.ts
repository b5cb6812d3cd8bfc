// How a complaint's file reaches the data folder so that a crash at any moment leaves either the
// record with its file or neither (§18 safekeeping; issue 9: a kill between writing the file and
// COMMIT left a file no row knew, and the id, reused after the rollback, made every retry of the
// same file fail with EEXIST for good).
//   1. inside the write's transaction the bytes go to `<name>.part` (flushed to disk), named after
//      the new row with a random part, so no two attempts ever share a name;
//   2. after COMMIT the part file is renamed into place (a rename is atomic on one file system);
//   3. at start the sweep finishes what a crash left between 2 and 1: a part file whose row was
//      committed is put in place; a part file or a file no row knows is moved to the quarantine
//      folder and logged — never deleted (a file could be the only copy of a citizen's letter).

import fs from 'node:fs';
import path from 'node:path';
import { attachmentsOnDisk } from '../db/complaint-attachments.ts';
import type { Db } from '../db/open.ts';

export const ATTACHMENTS_DIR = 'attachments';
export const QUARANTINE_DIR = 'quarantine';
const PART = '.part';

/** Step 1: the bytes under the part name, flushed, never over an existing file. */
export function writePartFile(file: string, bytes: Uint8Array): string {
  const part = file + PART;
  fs.mkdirSync(path.dirname(part), { recursive: true, mode: 0o700 });
  const fd = fs.openSync(part, 'wx', 0o600);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return part;
}

/** Step 2, after COMMIT: the part file becomes the kept file. */
export function placePartFile(file: string): void {
  try {
    fs.renameSync(file + PART, file);
  } catch (e) {
    // The start-up sweep of another door (the command line beside the running program) may have
    // put it in place a moment earlier.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || !fs.existsSync(file)) throw e;
  }
}

export interface SweepResult {
  /** Part files whose row was committed, now in place. */
  placed: string[];
  /** Files no row knows, moved to the quarantine folder (paths relative to the data folder). */
  quarantined: string[];
}

export interface SweepOptions {
  /** A part file younger than this may be another door's write in progress: left alone. */
  minAgeMs?: number;
  now?: Date;
  log?: (message: string) => void;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

/** Step 3, at start: what a crash left between writing a file and its row is set right. */
export function sweepAttachments(db: Db, dataDir: string, opts: SweepOptions = {}): SweepResult {
  const now = opts.now ?? new Date();
  const minAgeMs = opts.minAgeMs ?? 10 * 60_000;
  const root = path.resolve(dataDir);
  // The files first, the rows after: a kept file is renamed only after its row is committed, so
  // every kept file listed here has its row in the snapshot read next.
  const files = filesUnder(path.join(root, ATTACHMENTS_DIR));
  if (files.length === 0) return { placed: [], quarantined: [] };
  const known = attachmentsOnDisk(db);
  const result: SweepResult = { placed: [], quarantined: [] };
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const quarantine = (file: string, reason: string) => {
    const rel = path.relative(root, file);
    const dest = path.join(root, QUARANTINE_DIR, stamp, rel);
    fs.mkdirSync(path.dirname(dest), { recursive: true, mode: 0o700 });
    fs.renameSync(file, dest);
    const line = `${now.toISOString()}\t${rel.split(path.sep).join('/')}\t${reason}\t${path.relative(root, dest).split(path.sep).join('/')}\n`;
    fs.appendFileSync(path.join(root, QUARANTINE_DIR, 'quarantine.log'), line, { mode: 0o600 });
    opts.log?.(`attachments: ${rel} moved to ${path.relative(root, dest)} (${reason})`);
    result.quarantined.push(rel);
  };
  for (const file of files) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    if (rel.endsWith(PART)) {
      const kept = rel.slice(0, -PART.length);
      if (known.has(kept) && !fs.existsSync(file.slice(0, -PART.length))) {
        placePartFile(file.slice(0, -PART.length));
        opts.log?.(`attachments: ${kept} put in place after an interrupted attach`);
        result.placed.push(kept);
      } else if (known.has(kept)) {
        quarantine(file, 'a second copy of a kept file');
      } else if (now.getTime() - fs.statSync(file).mtimeMs >= minAgeMs) {
        quarantine(file, 'an attach interrupted before its record was saved');
      }
    } else if (!known.has(rel)) {
      quarantine(file, 'no record names this file');
    }
  }
  return result;
}

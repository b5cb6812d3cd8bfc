// demo-data is all or nothing (issue 9): killed part-way it leaves the database as it was, and
// the next run fills the whole month.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../desk/data-dir.ts';
import { DEMO_STAGING, type DemoSummary } from './demo-data.ts';

const DESK = path.resolve(import.meta.dirname, 'desk.ts');

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-demo-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function applicationsIn(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM applications').get() as { n: number }).n;
  } catch {
    return 0; // not migrated yet
  } finally {
    db.close();
  }
}

function demoData(onStart?: (child: ReturnType<typeof spawn>) => void) {
  const child = spawn(process.execPath, [DESK, 'demo-data', '--data-dir', dataDir], { stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  onStart?.(child);
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

describe('npm run desk -- demo-data, killed part-way', { timeout: 180_000 }, () => {
  it('leaves the database without a partial month, and a rerun fills the whole month', async () => {
    const staged = path.join(dataDir, DEMO_STAGING, DATABASE_FILE);
    const killed = await demoData((child) => {
      // Killed once the month is half written into the staging copy.
      const poll = setInterval(() => {
        if (applicationsIn(staged) >= 10) {
          clearInterval(poll);
          child.kill('SIGKILL');
        }
      }, 50);
      child.on('close', () => clearInterval(poll));
    });
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    expect(applicationsIn(path.join(dataDir, DATABASE_FILE))).toBe(0);

    const rerun = await demoData();
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(/left by a run that did not finish/);
    const summary = JSON.parse(rerun.stdout) as DemoSummary;
    expect(applicationsIn(path.join(dataDir, DATABASE_FILE))).toBe(summary.accepted);
    expect(summary.accepted).toBeGreaterThan(10);
    expect(fs.existsSync(path.join(dataDir, DEMO_STAGING))).toBe(false);
    // The printed letters came along with their rows.
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      const files = db
        .prepare("SELECT file_name AS f FROM printed_documents WHERE file_name <> ''")
        .all() as {
        f: string;
      }[];
      expect(files.length).toBeGreaterThan(0);
      for (const { f } of files) expect(fs.existsSync(path.join(dataDir, f)), f).toBe(true);
    } finally {
      db.close();
    }
  });
});

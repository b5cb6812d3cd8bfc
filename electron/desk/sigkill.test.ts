// Never losing a record (§18 safekeeping; issue 9): child processes register applicants and
// attach files to a complaint on one data folder, two at a time, and are killed with SIGKILL at
// random moments — 200 kills. Each child prints every acknowledged id before it is killed
// (tests/support/crash-worker.ts). Afterwards, at the next start:
//   - every acknowledged application is there with its register number;
//   - every acknowledged file is there, byte for byte (sha256), and so is every file a row names;
//   - no file lies in attachments/ that no row names, and no part file (the start-up sweep
//     finished or quarantined what the kills left);
//   - the database passes the full integrity_check.

import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild, deskValue } from '../../tests/support/child-desk.ts';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { sweepAttachments } from '../complaints/attachment-files.ts';
import { openDesk } from './open-desk.ts';

const KILLS = 200;
const AT_ONCE = 2;
const WORKER = path.resolve(import.meta.dirname, '../../tests/support/crash-worker.ts');

let dataDir: string;
let bundle: string;
let userId: number;
let complaintId: number;

/** A seeded generator, so the kill moments are the same at every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-sigkill-'));
  bundle = await bundleChild(WORKER, 'crash-worker');
  const desk = openDesk(dataDir);
  try {
    const session = { userId: null as number | null };
    const admin = await deskValue<{ id: number }>(
      desk,
      'users.create',
      { login: 'it', fullName: 'IT', role: 'admin', language: 'ru', password: 'it-kilt-2026' },
      session,
    );
    userId = admin.id;
    session.userId = userId;
    // The real clock: at any hour, with §10's reason written down.
    const anyHour = emailComplaint({ hoursException: { reason: 'Crash test on the real clock' } });
    complaintId = (await deskValue<{ id: number }>(desk, 'complaints.register', anyHour, session)).id;
  } finally {
    desk.close();
  }
});
/** Children not yet closed: a run cut off by its timeout must not leave one working on. */
const alive = new Set<ChildProcess>();
afterAll(() => {
  for (const child of alive) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(bundle, { force: true });
});

interface Acknowledged {
  applications: Map<number, string>;
  files: Map<number, string>;
  errors: string[];
}

/** One child: started, left to work for a random moment after it is ready, killed. */
function killOne(ack: Acknowledged, workMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [bundle, dataDir, String(userId), String(complaintId)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    alive.add(child);
    let ready = false;
    let pending = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, id, rest] = line.split(' ');
        if (kind === 'ready' && !ready) {
          ready = true;
          setTimeout(() => child.kill('SIGKILL'), workMs);
        } else if (kind === 'app') ack.applications.set(Number(id), rest ?? '');
        else if (kind === 'file') ack.files.set(Number(id), rest ?? '');
        else if (kind === 'error') ack.errors.push(line);
      }
    });
    child.stderr?.on('data', (chunk) => ack.errors.push(String(chunk)));
    child.on('close', (_code, signal) => {
      alive.delete(child);
      resolve(ready && signal === 'SIGKILL');
    });
  });
}

describe('200 SIGKILLs during registrations and attachments', { timeout: 240_000 }, () => {
  it('lose no acknowledged record or file, leave no orphan file and no damaged database', async () => {
    const ack: Acknowledged = { applications: new Map(), files: new Map(), errors: [] };
    const next = random(20261201);
    let kills = 0;
    const lane = async () => {
      while (kills < KILLS) if (await killOne(ack, Math.floor(next() * 250))) kills++;
    };
    await Promise.all(Array.from({ length: AT_ONCE }, lane));

    expect(kills).toBeGreaterThanOrEqual(KILLS);
    expect(ack.errors).toEqual([]);
    // Work was done between the kills (how much depends on the machine's load).
    expect(ack.applications.size).toBeGreaterThan(20);
    expect(ack.files.size).toBeGreaterThan(20);

    // The next start.
    const desk = openDesk(dataDir);
    try {
      const db = desk.db;
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      // What the kills left between a file and its row (the start's sweep leaves part files
      // younger than 10 minutes to a door that might still be writing them: none is now).
      sweepAttachments(db, dataDir, { minAgeMs: 0 });

      const registered = new Map(
        (
          db.prepare('SELECT id, reg_number AS regNumber FROM applications').all() as {
            id: number;
            regNumber: string;
          }[]
        ).map((a) => [a.id, a.regNumber]),
      );
      for (const [id, regNumber] of ack.applications)
        expect(registered.get(id), `application ${id}`).toBe(regNumber);

      const rows = db
        .prepare('SELECT id, stored_path AS storedPath, sha256 FROM complaint_attachments')
        .all() as { id: number; storedPath: string; sha256: string }[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const [id, sha256] of ack.files) expect(byId.get(id)?.sha256, `attachment ${id}`).toBe(sha256);
      for (const r of rows) {
        const bytes = fs.readFileSync(path.join(dataDir, r.storedPath));
        expect(createHash('sha256').update(bytes).digest('hex'), r.storedPath).toBe(r.sha256);
      }
      const onDisk = fs
        .readdirSync(path.join(dataDir, 'attachments'), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => path.relative(dataDir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
        .sort();
      expect(onDisk).toEqual(rows.map((r) => r.storedPath).sort());
    } finally {
      desk.close();
    }
  });
});

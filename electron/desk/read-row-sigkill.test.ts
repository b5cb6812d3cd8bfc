// A search's read row (§18; Law No. 94-V Art. 22) survives the desk's process killed right after
// the search (issue 12): it commits without an fsync of its own (electron/db/read-rows.ts), and
// what is committed is with the operating system, which a killed process cannot take back.

import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild, deskValue } from '../../tests/support/child-desk.ts';
import { openDesk } from './open-desk.ts';

const WORKER = path.resolve(import.meta.dirname, '../../tests/support/read-row-worker.ts');

let dataDir: string;
let bundle: string;
let userId: number;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-read-kill-'));
  bundle = await bundleChild(WORKER, 'read-row-worker');
  const desk = openDesk(dataDir);
  try {
    const admin = await deskValue<{ id: number }>(
      desk,
      'users.create',
      { login: 'it', fullName: 'IT', role: 'admin', language: 'ru', password: 'it-kilt-2026' },
      { userId: null },
    );
    userId = admin.id;
  } finally {
    desk.close();
  }
});
let child: ChildProcess | null = null;
afterAll(() => {
  child?.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(bundle, { force: true });
});

/** Runs the child's one search and kills it with SIGKILL the moment it says it searched. */
function searchAndKill(query: string): Promise<{ said: string; signal: string | null; errors: string }> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [bundle, dataDir, String(userId), query], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = c;
    let said = '';
    let errors = '';
    c.stdout?.setEncoding('utf8');
    c.stdout?.on('data', (chunk: string) => {
      said += chunk;
      if (said.includes('\n')) c.kill('SIGKILL');
    });
    c.stderr?.on('data', (chunk) => {
      errors += String(chunk);
    });
    c.on('close', (_code, signal) => {
      child = null;
      resolve({ said: said.trim(), signal, errors });
    });
  });
}

describe('a desk killed right after a search', { timeout: 60_000 }, () => {
  it('keeps that search’s read row, though it was not yet synced when the process died', async () => {
    const query = 'жұмабаева';
    const { said, signal, errors } = await searchAndKill(query);
    expect(errors).toBe('');
    expect(said).toBe('searched unsynced');
    expect(signal).toBe('SIGKILL');

    const desk = openDesk(dataDir);
    try {
      const rows = desk.db
        .prepare(
          "SELECT user_id AS userId, after FROM audit_log WHERE kind = 'read' AND action = 'applications.search'",
        )
        .all() as { userId: number; after: string }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]?.userId).toBe(userId);
      expect(JSON.parse(rows[0]?.after ?? '{}')).toMatchObject({ query });
    } finally {
      desk.close();
    }
  });
});

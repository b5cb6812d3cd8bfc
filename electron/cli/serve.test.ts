import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const DESK = path.resolve(import.meta.dirname, 'desk.ts');
let dataDir: string;
let child: ChildProcessWithoutNullStreams | undefined;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-serve-'));
});
afterEach(() => {
  // A test that timed out leaves no server behind.
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run desk -- serve', { timeout: 60_000 }, () => {
  it('prints a one-time link on stdout, a new one at every Enter, and the screen’s link apart', async () => {
    const server = spawn(process.execPath, [DESK, 'serve', '--port', '0', '--data-dir', dataDir]);
    child = server;
    let stdout = '';
    let stderr = '';
    const links = () => stdout.split('\n').filter((l) => l !== '');
    // The link goes to stdout and the screen's link to stderr, in no fixed order of arrival:
    // each waiter looks again whenever either stream brings something.
    const waiters = new Set<() => void>();
    server.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      for (const look of waiters) look();
    });
    server.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      for (const look of waiters) look();
    });
    const printed = (count: number) =>
      new Promise<string>((resolve, reject) => {
        const look = () => {
          if (links().length < count || !stderr.includes('/display?key=')) return;
          waiters.delete(look);
          resolve(links()[count - 1] as string);
        };
        waiters.add(look);
        look();
        server.once('exit', () => reject(new Error(`serve ended early: ${stdout} ${stderr}`)));
      });
    try {
      const first = await printed(1);
      // Only links on stdout, one a line, each a one-time code (a script may read them).
      expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=[\w-]{43}$/);
      expect((await fetch(first, { redirect: 'manual' })).status).toBe(200);
      expect((await fetch(first, { redirect: 'manual' })).status).toBe(401);
      server.stdin.write('\n');
      const second = await printed(2);
      expect(second).not.toBe(first);
      expect((await fetch(second, { redirect: 'manual' })).status).toBe(200);
      expect(stderr).toMatch(/Enter/);
      expect(stderr).not.toMatch(/code=/);
    } finally {
      const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
      server.kill('SIGINT');
      expect(await exited).toBe(0);
    }
  });
});

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const DESK = path.resolve(import.meta.dirname, 'desk.ts');
let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-serve-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('npm run desk -- serve', { timeout: 60_000 }, () => {
  it('prints a one-time link on stdout, a new one at every Enter, and the screen’s link apart', async () => {
    const child = spawn(process.execPath, [DESK, 'serve', '--port', '0', '--data-dir', dataDir]);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const links = () => stdout.split('\n').filter((l) => l !== '');
    const printed = (count: number) =>
      new Promise<string>((resolve, reject) => {
        const look = () => {
          if (links().length >= count && stderr.includes('/display?key='))
            resolve(links()[count - 1] as string);
        };
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString();
          look();
        });
        look();
        child.once('exit', () => reject(new Error(`serve ended early: ${stdout} ${stderr}`)));
      });
    try {
      const first = await printed(1);
      // Only links on stdout, one a line, each a one-time code (a script may read them).
      expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=[\w-]{43}$/);
      expect((await fetch(first, { redirect: 'manual' })).status).toBe(200);
      expect((await fetch(first, { redirect: 'manual' })).status).toBe(401);
      child.stdin.write('\n');
      const second = await printed(2);
      expect(second).not.toBe(first);
      expect((await fetch(second, { redirect: 'manual' })).status).toBe(200);
      expect(stderr).toMatch(/Enter/);
      expect(stderr).not.toMatch(/code=/);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    }
  });
});

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const START = path.resolve(import.meta.dirname, 'start.ts');
let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-start-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('npm start without Electron', { timeout: 60_000 }, () => {
  it('says so once in three languages, serves the browser mode through one-time links, and closes the database on Ctrl+C', async () => {
    const child = spawn(process.execPath, [START, '--data-dir', dataDir, '--port', '0'], {
      // An Electron path that does not exist: the same answer as a failed download, on any machine.
      env: {
        ...process.env,
        ELECTRON_OVERRIDE_DIST_PATH: path.join(dataDir, 'no-electron'),
        QABYLDAU_NO_OPEN: '1',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const links = () => [...stdout.matchAll(/http:\/\/127\.0\.0\.1:\d+\/\?code=[\w-]+/g)].map((m) => m[0]);
    const printed = (count: number) =>
      new Promise<string>((resolve, reject) => {
        const look = () => {
          if (links().length >= count && stdout.includes('Ctrl+C')) resolve(links()[count - 1] as string);
        };
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString();
          look();
        });
        look();
        child.once('exit', () => reject(new Error(`start.ts ended early: ${stdout} ${stderr}`)));
      });
    const url = await printed(1);
    expect(stdout).toMatch(/Electron жоқ/);
    expect(stdout).toMatch(/Electron недоступен/);
    expect(stdout).toMatch(
      /Electron is not available on this machine; opening Qabyldau in the local browser mode/,
    );

    expect(stdout).toMatch(/\/display\?key=[\w-]+/);
    const entry = await fetch(url, { redirect: 'manual' });
    expect(entry.status).toBe(200);
    expect(entry.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    // The printed link is spent; Enter in the terminal prints a new one, which works once.
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(401);
    child.stdin.write('\n');
    const next = await printed(2);
    expect(next).not.toBe(url);
    expect((await fetch(next, { redirect: 'manual' })).status).toBe(200);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).not.toMatch(/\n\s+at /);
    // A clean close checkpoints the WAL into the database file and removes it.
    expect(fs.existsSync(path.join(dataDir, 'qabyldau.sqlite'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'qabyldau.sqlite-wal'))).toBe(false);
  });
});

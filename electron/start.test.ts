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
  it('says so once in three languages, serves the browser mode, and closes the database on Ctrl+C', async () => {
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
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(stdout);
        if (found && stdout.includes('Ctrl+C')) resolve(found[0]);
      });
      child.once('exit', () => reject(new Error(`start.ts ended early: ${stdout} ${stderr}`)));
    });
    expect(stdout).toMatch(/Electron жоқ/);
    expect(stdout).toMatch(/Electron недоступен/);
    expect(stdout).toMatch(
      /Electron is not available on this machine; opening Qabyldau in the local browser mode/,
    );

    const entry = await fetch(url, { redirect: 'manual' });
    expect(entry.status).toBe(303);
    expect(entry.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).not.toMatch(/\n\s+at /);
    // A clean close checkpoints the WAL into the database file and removes it.
    expect(fs.existsSync(path.join(dataDir, 'qabyldau.sqlite'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'qabyldau.sqlite-wal'))).toBe(false);
  });
});

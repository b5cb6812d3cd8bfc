// Issue 12, "Start fast": listing the contract, or calling a small channel, must not load the
// heavy libraries of the channels that print or export (pdfkit, fontkit, qrcode, exceljs) nor the
// holiday data (date-holidays); they load when a channel first needs them
// (kernel/lazy-module.ts). Which packages a process loaded is read by a module hook, not timed.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DESK = path.join(ROOT, 'electron/cli/desk.ts');
const HOOK = path.join(ROOT, 'tests/support/loaded-packages.ts');
const HEAVY = ['pdfkit', 'fontkit', 'qrcode', 'exceljs', 'date-holidays'];

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-start-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs node with the hook and returns the packages the process loaded. */
function loadedBy(args: string[]): Promise<{ code: number; packages: string[]; stdout: string }> {
  const out = path.join(dir, `loaded-${Math.random().toString(36).slice(2)}.json`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', HOOK, ...args],
      { encoding: 'utf8', cwd: ROOT, env: { ...process.env, QABYLDAU_LOADED_PACKAGES: out } },
      (error, stdout) => {
        const packages = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, 'utf8')) as string[]) : [];
        resolve({ code: error ? Number(error.code ?? 1) : 0, packages, stdout });
      },
    );
  });
}

const desk = (...args: string[]) => loadedBy([DESK, ...args, '--data-dir', path.join(dir, 'data')]);

describe('what a command loads', { timeout: 60_000 }, () => {
  it('`desk channels` prints the contract without the database, the handlers or any heavy library', async () => {
    const r = await desk('channels');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(50);
    expect(r.packages).toContain('zod');
    for (const name of [...HEAVY, 'better-sqlite3', 'date-fns']) expect(r.packages).not.toContain(name);
  });

  it('`desk call session.users` opens the database and the handler table but loads no heavy library', async () => {
    const r = await desk('call', 'session.users');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.packages).toContain('better-sqlite3');
    for (const name of HEAVY) expect(r.packages).not.toContain(name);
  });

  it('a channel that needs one loads it then: the calendar the holiday data, a PDF pdfkit, an XLSX exceljs', async () => {
    const admin = {
      login: 'it',
      fullName: 'Ержан Бекұлы',
      role: 'admin',
      language: 'ru',
      password: 'syrly-kilt-2026',
    };
    expect((await desk('call', 'users.create', JSON.stringify(admin))).code).toBe(0);
    const year = await desk('call', 'calendar.year', '{"year":2026}');
    expect(year.code).toBe(0);
    expect(year.packages).toContain('date-holidays');
    expect(year.packages).not.toContain('pdfkit');
    const pdf = await desk('call', 'report.export', '{"period":"2026-11","format":"pdf"}');
    expect(pdf.code).toBe(0);
    expect(pdf.packages).toEqual(expect.arrayContaining(['pdfkit', 'fontkit']));
    expect(pdf.packages).not.toContain('exceljs');
    const xlsx = await desk('call', 'report.export', '{"period":"2026-11","format":"xlsx"}');
    expect(xlsx.code).toBe(0);
    expect(xlsx.packages).toContain('exceljs');
  });

  it("the main process's handler table loads none of them when it is built", async () => {
    const r = await loadedBy([
      '--input-type=module',
      '-e',
      `const { handlers } = await import(${JSON.stringify(path.join(ROOT, 'electron/desk/handlers.ts'))});
       if (Object.keys(handlers).length < 50) process.exit(3);`,
    ]);
    expect(r.code).toBe(0);
    for (const name of HEAVY) expect(r.packages).not.toContain(name);
  });
});

// Issue 12, "Start fast": listing the contract, or calling a small channel, must not load the
// heavy libraries of the channels that print or export (pdfkit, fontkit, qrcode, exceljs) nor the
// holiday data (date-holidays); they load when a channel first needs them
// (kernel/lazy-module.ts). Which packages and files a process loaded is read by a module hook,
// not timed. The same cases hold for the command line run from its sources
// (electron/cli/start-fast.test.ts) and for the built one that ships (tests/e2e/desk-built.test.ts).

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const HOOK = path.join(ROOT, 'tests/support/loaded-packages.ts');
export const HEAVY = ['pdfkit', 'fontkit', 'qrcode', 'exceljs', 'date-holidays'];

export interface Loaded {
  code: number;
  stdout: string;
  /** Packages of node_modules the process loaded. */
  packages: string[];
  /** The program's own files it loaded (sources or built chunks). */
  files: string[];
}

/** Runs node with the hook and returns what the process loaded. */
export function loadedBy(args: string[], env: NodeJS.ProcessEnv = {}, dir = os.tmpdir()): Promise<Loaded> {
  const tag = Math.random().toString(36).slice(2);
  const packagesOut = path.join(dir, `loaded-${tag}.json`);
  const filesOut = path.join(dir, `files-${tag}.json`);
  const read = (f: string) => (fs.existsSync(f) ? (JSON.parse(fs.readFileSync(f, 'utf8')) as string[]) : []);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', HOOK, ...args],
      {
        encoding: 'utf8',
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          ...env,
          QABYLDAU_LOADED_PACKAGES: packagesOut,
          QABYLDAU_LOADED_FILES: filesOut,
        },
      },
      (error, stdout) => {
        resolve({
          code: error ? Number(error.code ?? 1) : 0,
          stdout,
          packages: read(packagesOut),
          files: read(filesOut),
        });
        fs.rmSync(packagesOut, { force: true });
        fs.rmSync(filesOut, { force: true });
      },
    );
  });
}

/**
 * The cases, for a command line started by `args` (before the command) and `env`. `contract`:
 * how `desk channels` may get the contract — by loading zod and computing it (the sources), or
 * from the text the build made (the built program: no zod, no contract module at all).
 */
export function whatACommandLoads(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  contract: 'computed' | 'prebuilt',
): void {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-start-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const desk = (...a: string[]) => loadedBy([...args, ...a, '--data-dir', path.join(dir, 'data')], env, dir);

  describe('what a command loads', { timeout: 60_000 }, () => {
    it('`desk channels` prints the contract without the database, the handlers or any heavy library', async () => {
      const r = await desk('channels');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).length).toBeGreaterThan(50);
      for (const name of [...HEAVY, 'better-sqlite3', 'date-fns']) expect(r.packages).not.toContain(name);
      if (contract === 'computed') expect(r.packages).toContain('zod');
      else {
        // Nothing of zod, bundled or not, nor of the contract: the text was made by the build.
        expect(r.packages).toEqual([]);
        for (const file of r.files)
          expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/\$ZodType|z\.object\(/);
      }
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
  });
}

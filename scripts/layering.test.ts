// The boundaries the README draws between electron/ (doors → desk → domains → kernel → db),
// shared/ and renderer/ are kept by tools (issue 8): biome.json (with scripts/lint/sql-only-in-electron-db.grit) and the two
// TypeScript programs. Each rule is shown here failing on a violation planted in the folder it
// guards and passing on that folder's honest code. The planted files live for a second in
// folders of their own with a fresh name, removed whatever happens.

import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

function run(bin: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', bin), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Writes the files (paths relative to the repository; `@` is the fresh folder name), runs `check`, removes them. */
function withPlanted<T>(files: Record<string, string>, check: (paths: string[]) => T): T {
  const probe = `layering-probe-${randomUUID().slice(0, 8)}`;
  const paths = Object.keys(files).map((p) => p.replace('@', probe));
  // Only the fresh folders are removed afterwards, never a folder of the tree.
  const folders = new Set(paths.map((p) => p.slice(0, p.indexOf(probe) + probe.length)));
  if (paths.some((p) => !p.includes(`/${probe}/`)))
    throw new Error('every planted path needs its own @ folder');
  try {
    for (const [i, code] of Object.values(files).entries()) {
      const path = paths[i] as string;
      mkdirSync(join(root, dirname(path)), { recursive: true });
      writeFileSync(join(root, path), code);
    }
    return check(paths);
  } finally {
    for (const folder of folders) rmSync(join(root, folder), { recursive: true, force: true });
  }
}

interface Diagnostic {
  category: string;
  severity: string;
  message: string;
  location: { path: string };
}

function biomeLint(paths: string[]): { status: number | null; diagnostics: Diagnostic[] } {
  const { status, out } = run('@biomejs/biome/bin/biome', [
    'lint',
    '--reporter=json',
    '--max-diagnostics=none',
    '--colors=off',
    ...paths,
  ]);
  const json = out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1);
  return { status, diagnostics: (JSON.parse(json) as { diagnostics: Diagnostic[] }).diagnostics };
}

// Each planted violation, the rule that must stop it and the words of its message.
const VIOLATIONS: Record<string, { code: string; rule: string; says: string }> = {
  'electron/@/opens-the-driver.ts': {
    code: "import Database from 'better-sqlite3';\n\nexport const open = (file: string) => new Database(file);\n",
    rule: 'lint/style/noRestrictedImports',
    says: 'Only electron/db opens the database',
  },
  'electron/@/prepares-sql.ts': {
    code: "export const countUsers = (db: { prepare(sql: string): { get(): unknown } }) =>\n  db.prepare('SELECT count(*) AS n FROM users').get();\n",
    rule: 'plugin',
    says: 'SQL stays in electron/db',
  },
  'electron/@/executes-sql.ts': {
    code: "export const close = (ctx: { db: { exec(sql: string): void } }) =>\n  ctx.db.exec(`UPDATE queue_days SET how = 'clerk'`);\n",
    rule: 'plugin',
    says: 'SQL stays in electron/db',
  },
  'electron/@/sets-a-pragma.ts': {
    code: "export const relax = (db: { pragma(p: string): void }) => db.pragma('synchronous = NORMAL');\n",
    rule: 'plugin',
    says: 'Pragmas are set where the database is opened',
  },
  'electron/@/opens-a-transaction.ts': {
    code: 'export const inOne = (db: { transaction(w: () => void): () => void }, work: () => void) =>\n  db.transaction(work)();\n',
    rule: 'plugin',
    says: 'Transactions are opened by electron/db',
  },
  'electron/kernel/@/imports-the-desk.ts': {
    code: "import { handlers } from '../../desk/handlers.ts';\n\nexport const table = handlers;\n",
    rule: 'lint/style/noRestrictedImports',
    says: 'electron/kernel is what every handler stands on',
  },
  'electron/kernel/@/imports-a-domain.ts': {
    code: "import { checkPeople } from '../../intake/people.ts';\n\nexport const check = checkPeople;\n",
    rule: 'lint/style/noRestrictedImports',
    says: 'electron/kernel knows no domain',
  },
  'electron/queue/@/imports-the-desk.ts': {
    code: "import { openDesk } from '../../desk/open-desk.ts';\n\nexport const open = openDesk;\n",
    rule: 'lint/style/noRestrictedImports',
    says: 'A domain is called by the doors through the handler table',
  },
  'electron/db/@/imports-the-kernel.ts': {
    code: "import type { DeskContext } from '../../kernel/handler.ts';\n\nexport type Ctx = DeskContext;\n",
    rule: 'lint/style/noRestrictedImports',
    says: 'electron/db is the bottom layer',
  },
  'shared/@/imports-the-screens.ts': {
    code: "import { App } from '../../renderer/src/App.tsx';\n\nexport const screen = App;\n",
    rule: 'lint/style/noRestrictedImports',
    says: 'never imports the screens',
  },
  'shared/@/imports-the-main-side.ts': {
    code: "import { openDatabase } from '../../electron/db/open.ts';\n\nexport const open = openDatabase;\n",
    rule: 'lint/style/noRestrictedImports',
    says: 'shared/ is the contract and the domain both sides build on, so it never imports the main process',
  },
  'renderer/src/@/imports-the-main-side.ts': {
    code: "import { fixedClock } from '../../../electron/kernel/context.ts';\n\nexport const clock = fixedClock;\n",
    rule: 'lint/style/noRestrictedImports',
    says: 'The renderer never imports the main process',
  },
  'renderer/src/@/imports-the-driver.ts': {
    code: "import Database from 'better-sqlite3';\n\nexport const open = (file: string) => new Database(file);\n",
    rule: 'lint/style/noRestrictedImports',
    says: 'The database belongs to the main process',
  },
  'renderer/src/@/imports-pdfkit.ts': {
    code: "import PDFDocument from 'pdfkit';\n\nexport const talon = () => new PDFDocument();\n",
    rule: 'lint/style/noRestrictedImports',
    says: 'Printing belongs to the main process',
  },
  'renderer/src/@/imports-electron.ts': {
    code: "import { ipcRenderer } from 'electron';\n\nexport const ask = () => ipcRenderer.invoke('intake.accept');\n",
    rule: 'lint/style/noRestrictedImports',
    says: 'The renderer runs in the sandboxed web page',
  },
  'renderer/src/@/imports-node.ts': {
    code: "import { readFileSync } from 'node:fs';\n\nexport const read = (file: string) => readFileSync(file, 'utf8');\n",
    rule: 'lint/style/noRestrictedImports',
    says: 'The renderer runs in a browser: no Node built-ins',
  },
  'renderer/src/@/imports-node-unprefixed.ts': {
    code: "import { tmpdir } from 'os';\n\nexport const where = () => tmpdir();\n",
    rule: 'lint/correctness/noNodejsModules',
    says: 'Node.js builtin module',
  },
};

// The same folders' honest code: the db layer, a test reading the file back, Node on the main
// side, a RegExp's exec and a store's prepare() (not SQL), a screen and a rule over shared/.
const CLEAN: Record<string, string> = {
  'electron/db/@/queries.ts': [
    "import Database from 'better-sqlite3';",
    '',
    'export function openWal(file: string) {',
    '  const db = new Database(file);',
    "  db.pragma('journal_mode = WAL');",
    "  db.exec('CREATE TABLE IF NOT EXISTS t (a INTEGER) STRICT');",
    "  db.transaction(() => db.prepare('INSERT INTO t (a) VALUES (1)').run())();",
    '  return db;',
    '}',
    '',
  ].join('\n'),
  'electron/@/reads-back.test.ts': [
    "import Database from 'better-sqlite3';",
    '',
    'export const count = (file: string) =>',
    "  new Database(file, { readonly: true }).prepare('SELECT count(*) AS n FROM users').get();",
    '',
  ].join('\n'),
  'electron/queue/@/uses-the-kernel.ts':
    "import type { DeskContext } from '../../kernel/handler.ts';\nimport { getTicket } from '../../db/queue.ts';\n\nexport const ticket = (ctx: DeskContext, id: number) => getTicket(ctx.db, id);\n",
  'tests/@/support.ts':
    "export const rows = (db: { prepare(sql: string): { all(): unknown[] } }) =>\n  db.prepare('SELECT 1').all();\n",
  'electron/@/not-sql.ts': [
    "import { readFileSync } from 'node:fs';",
    "import { app } from 'electron';",
    '',
    'export function firstNumber(file: string, store: { getState(): { prepare(): void } }) {',
    '  store.getState().prepare();',
    '  const re = /\\d+/;',
    "  return /^N(\\d+)/.exec(app.getName())?.[1] ?? re.exec(readFileSync(file, 'utf8'))?.[0];",
    '}',
    '',
  ].join('\n'),
  'shared/@/rule.ts': "import { z } from 'zod';\n\nexport const Iin = z.string().regex(/^\\d{12}$/);\n",
  'renderer/src/@/screen.ts': [
    "import { create } from 'zustand';",
    '',
    'export const useProbe = create<{ n: number }>(() => ({ n: window.location.href.length }));',
    '',
  ].join('\n'),
};

// A loaded machine (the whole suite at once) can take a few seconds per tool run.
describe('the layering rules of biome.json', { timeout: 30_000 }, () => {
  it('fails each planted violation with the rule and the message that says what to do instead', () => {
    withPlanted(Object.fromEntries(Object.entries(VIOLATIONS).map(([p, v]) => [p, v.code])), (paths) => {
      const { status, diagnostics } = biomeLint(paths);
      expect(status).not.toBe(0);
      for (const [i, { rule, says }] of Object.values(VIOLATIONS).entries()) {
        const found = diagnostics
          .filter((d) => d.location.path === paths[i] && d.severity === 'error')
          .map((d) => ({ rule: d.category, message: d.message }));
        expect(found, paths[i]).toContainEqual({ rule, message: expect.stringContaining(says) });
      }
    });
  });

  it('lets the db layer, the tests, the main side and honest screens and rules through', () => {
    withPlanted(CLEAN, (paths) => {
      const { status, diagnostics } = biomeLint(paths);
      expect(diagnostics.map((d) => `${d.location.path} ${d.category}: ${d.message}`)).toEqual([]);
      expect(status).toBe(0);
    });
  });
});

describe('the two TypeScript programs', { timeout: 30_000 }, () => {
  // Each side's own tsconfig, narrowed to the planted files (the same options, types and libs)
  // so that the proof takes a second instead of a whole typecheck.
  const typecheck = (side: 'node' | 'web', files: Record<string, string>) => {
    const folder = side === 'web' ? 'renderer/src/@' : 'electron/@';
    const planted = Object.fromEntries(
      Object.entries(files).map(([name, code]) => [`${folder}/${name}`, code]),
    );
    const config = {
      extends: `${side === 'web' ? '../../..' : '../..'}/tsconfig.${side}.json`,
      include: [],
      files: Object.keys(files).map((name) => `./${name}`),
    };
    return withPlanted({ ...planted, [`${folder}/tsconfig.json`]: JSON.stringify(config) }, (paths) =>
      run('typescript/bin/tsc', ['-p', paths.at(-1) as string, '--composite', 'false']),
    );
  };

  it('refuses `process.env` in a renderer file (no Node types on the web side), and allows the DOM', () => {
    const { status, out } = typecheck('web', {
      'reads-env.ts': 'export const mode = process.env.NODE_ENV;\n',
      'reads-location.ts': 'export const here = window.location.href;\n',
    });
    expect(status).not.toBe(0);
    expect(out).toMatch(/reads-env\.ts\(1,\d+\): error TS\d+: Cannot find name 'process'/);
    expect(out).not.toMatch(/reads-location\.ts/);
  });

  it('gives the main side Node but not the DOM', () => {
    const { status, out } = typecheck('node', {
      'reads-env.ts': 'export const mode = process.env.NODE_ENV;\n',
      'reads-title.ts': 'export const title = document.title;\n',
    });
    expect(status).not.toBe(0);
    expect(out).toMatch(/reads-title\.ts\(1,\d+\): error TS\d+: Cannot find name 'document'/);
    expect(out).not.toMatch(/reads-env\.ts/);
  });
});

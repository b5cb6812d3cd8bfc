// Electronegativity (Doyensec's Electron security scanner) over the main side's sources, the
// page's index.html and package.json: no finding but those the README's table lists with the
// reason each does not apply — and every row of that table still found, so it cannot go stale.
// A smoke test, not a proof (FACTS.md): the window's settings, CSP, navigation and permissions
// are asserted in electron/shell/*.test.ts too.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWindowOptions } from '../electron/shell/display-window.ts';
import { surveyWindowOptions } from '../electron/shell/survey-window.ts';
import { windowOptions } from '../electron/shell/window-options.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

interface Finding {
  id: string;
  file: string;
  location: { line: number };
  description: string;
}
interface Report {
  errors: { file: string; message: string }[];
  issues: Finding[];
}

/**
 * The scanner as a library, kept off the network: at every run it fetches its translations and
 * Electron's release list with `got` (a closed CI network; no call home from a test), so it gets
 * a `got` that refuses. Its TypeScript fallback parser needs TypeScript 5's JS API, which
 * TypeScript 7 has not; Babel's TypeScript parser, its first choice, reads our sources.
 */
function scanner(): (options: object) => Promise<Report> {
  const main = require.resolve('@doyensec/electronegativity');
  const own = createRequire(main);
  const stub = (name: string, exports: unknown) => {
    const file = own.resolve(name);
    require.cache[file] = { id: file, filename: file, loaded: true, exports } as NodeJS.Module;
  };
  stub('got', () => Promise.reject(new Error('offline by design')));
  stub('@typescript-eslint/typescript-estree', {
    parse: () => {
      throw new Error('typescript-estree needs TypeScript 5');
    },
  });
  const loaded = require(main);
  return loaded.default ?? loaded;
}

/** The README's table: check → the files where its finding is expected ('(not run)': excluded). */
function justified(): Map<string, Set<string>> {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('### Electronegativity')[1]?.split(/\n#/)[0] ?? '';
  const table = new Map<string, Set<string>>();
  for (const row of section.matchAll(/^\| `([A-Z_]+|[A-Za-z]+GlobalCheck)` \| `?([^`|]+?)`? \|/gm)) {
    const [, id, where] = row as unknown as [string, string, string];
    table.set(id, (table.get(id) ?? new Set()).add(where.trim()));
  }
  return table;
}

/**
 * main.ts builds its windows from functions (shell/window-options.ts), which the scanner cannot
 * follow: it reads only literal options. So it is also given the very options main.ts passes,
 * written out as literals — a window setting made unsafe there is a finding here.
 */
const WINDOWS = `import { BrowserWindow } from 'electron';
new BrowserWindow(${JSON.stringify(windowOptions('preload.cjs'))});
new BrowserWindow(${JSON.stringify(displayWindowOptions('preload.cjs', { x: 0, y: 0, width: 1920, height: 1080 }))});
new BrowserWindow(${JSON.stringify(surveyWindowOptions('preload.cjs', { x: 0, y: 0, width: 1280, height: 800 }))});
`;

/** A planted mistake, so the test shows the scanner still finds what it is for. */
const PLANTED = `import { BrowserWindow } from 'electron';
export const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
`;

let staged: string;
let report: Report;

beforeAll(async () => {
  staged = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-electronegativity-'));
  const sources = (fs.readdirSync(path.join(ROOT, 'electron'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => path.join('electron', f));
  for (const file of [...sources, 'renderer/index.html', 'package.json']) {
    fs.mkdirSync(path.join(staged, path.dirname(file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(staged, file));
  }
  fs.writeFileSync(path.join(staged, 'electron', 'shell', 'windows-as-literals.js'), WINDOWS);
  fs.mkdirSync(path.join(staged, 'planted'));
  fs.writeFileSync(path.join(staged, 'planted', 'window.ts'), PLANTED);
  const notRun = [...justified()].filter(([, where]) => where.has('(not run)')).map(([id]) => id);
  const log = console.log;
  console.log = () => {}; // its progress and "no connectivity" lines
  try {
    report = await scanner()({ input: staged, isRelative: true, excludeFromScan: notRun });
  } finally {
    console.log = log;
  }
}, 60_000);

afterAll(() => fs.rmSync(staged, { recursive: true, force: true }));

describe('Electronegativity over the Electron side', () => {
  it('reads every file it is given', () => {
    expect(report.errors).toEqual([]);
  });

  it('still finds a planted nodeIntegration and contextIsolation: false', () => {
    const planted = report.issues.filter((i) => i.file.startsWith('planted'));
    expect(planted.map((i) => i.id)).toEqual(
      expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']),
    );
  });

  it('finds nothing in our files but what the README justifies, and all of that', () => {
    const found = new Map<string, Set<string>>();
    for (const issue of report.issues.filter((i) => !i.file.startsWith('planted'))) {
      found.set(issue.id, (found.get(issue.id) ?? new Set()).add(issue.file));
    }
    const expected = new Map([...justified()].filter(([, where]) => !where.has('(not run)')));
    expect(expected.size).toBeGreaterThan(0);
    expect(found).toEqual(expected);
  });
});

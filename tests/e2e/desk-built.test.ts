// The command line as it ships (issue 12, "Start fast"): out/main/desk.js, built with the main
// process by `electron-vite build`, and what `npm run desk` runs when it is current
// (electron/cli/launch.mjs); and the window's main process as built, which loads the heavy
// libraries only when a channel first needs them. Needs the build first, as every e2e test.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAVY, loadedBy, ROOT, whatACommandLoads } from '../support/what-a-command-loads.ts';

const LAUNCH = path.join(ROOT, 'electron/cli/launch.mjs');
const BUILT = path.join(ROOT, 'out/main/desk.js');

whatACommandLoads([LAUNCH], { QABYLDAU_DESK: 'built' }, 'prebuilt');

function stdoutOf(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      args,
      { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    ),
  );
}

describe('the built command line', { timeout: 60_000 }, () => {
  it('is what `npm run desk` runs after a build', async () => {
    expect(fs.existsSync(BUILT), 'run `npx electron-vite build` first').toBe(true);
    const r = await loadedBy([LAUNCH, 'help']);
    expect(r.code).toBe(0);
    expect(r.files).toContain(BUILT);
    expect(r.files.filter((f) => f.endsWith('.ts'))).toEqual([]);
  });

  it('lists the contract exactly as the sources compute it', async () => {
    const built = await stdoutOf([LAUNCH, 'channels'], { QABYLDAU_DESK: 'built' });
    const source = await stdoutOf([path.join(ROOT, 'electron/cli/desk.ts'), 'channels'], {});
    expect(built).toBe(source);
  });
});

/** The packages a built file and its chunks import when it starts (static imports, followed). */
function importedAtStart(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["'];?$/gm)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else if (!spec.startsWith('node:'))
        packages.add(
          spec
            .split('/')
            .slice(0, spec.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
  };
  visit(entry);
  return packages;
}

describe("the built window's main process", () => {
  it('imports no heavy library when it starts: they load with the first channel that needs them', () => {
    const atStart = importedAtStart(path.join(ROOT, 'out/main/main.js'));
    expect(atStart).toContain('electron');
    expect(atStart).toContain('better-sqlite3');
    for (const name of HEAVY) expect(atStart).not.toContain(name);
  });
});

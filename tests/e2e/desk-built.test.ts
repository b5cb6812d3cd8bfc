// The command line as it ships (issue 12, "Start fast"): out/main/desk.js, built with the main
// process by `electron-vite build`, and what `npm run desk` runs when it is current
// (electron/cli/launch.mjs). Needs the build first, as every test of this project.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedBy, ROOT, whatACommandLoads } from '../support/what-a-command-loads.ts';

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

// `npm run desk` (launch.mjs) runs the built command line only while it is current: a source file
// changed after the build, or a build without its list of sources, sends it to the sources — a
// developer's edit is never hidden behind an old build. Tried on a copy of the launcher in a
// folder of its own, with a "built" and a "source" program that say which they are.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let root: string;
const file = (rel: string, text: string) => {
  const f = path.join(root, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, text);
  return f;
};
const setTime = (rel: string, secondsAgo: number) => {
  const t = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(path.join(root, rel), t, t);
};
const run = (env: NodeJS.ProcessEnv = {}) =>
  execFileSync(process.execPath, [path.join(root, 'electron/cli/launch.mjs'), 'channels'], {
    encoding: 'utf8',
    env: { ...process.env, QABYLDAU_DESK: '', ...env },
  });

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-launch-'));
  file('electron/cli/launch.mjs', fs.readFileSync(path.join(import.meta.dirname, 'launch.mjs'), 'utf8'));
  file('electron/cli/desk.ts', "process.stdout.write('source ' + process.argv.slice(2).join(' '));\n");
  file('shared/contract/x.ts', 'export const x = 1;\n');
  file('out/main/desk.js', "process.stdout.write('built ' + process.argv.slice(2).join(' '));\n");
  file('out/main/desk-sources.json', JSON.stringify(['electron/cli/desk.ts', 'shared/contract/x.ts']));
  setTime('electron/cli/desk.ts', 60);
  setTime('shared/contract/x.ts', 60);
  setTime('out/main/desk.js', 30);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('npm run desk', () => {
  it('runs the build when no source changed after it, with the same arguments', () => {
    expect(run()).toBe('built channels');
  });

  it('runs the sources when one of them is newer than the build, or gone, or the list is missing', () => {
    setTime('shared/contract/x.ts', 0);
    expect(run()).toBe('source channels');
    setTime('shared/contract/x.ts', 60);
    fs.rmSync(path.join(root, 'shared/contract/x.ts'));
    expect(run()).toBe('source channels');
    file('shared/contract/x.ts', '');
    setTime('shared/contract/x.ts', 60);
    fs.rmSync(path.join(root, 'out/main/desk-sources.json'));
    expect(run()).toBe('source channels');
  });

  it('runs the build where there are no sources, even without its list of them', () => {
    fs.rmSync(path.join(root, 'electron/cli/desk.ts'));
    fs.rmSync(path.join(root, 'out/main/desk-sources.json'));
    expect(run()).toBe('built channels');
  });

  it('runs the sources when there is no build, and either one when told', () => {
    expect(run({ QABYLDAU_DESK: 'source' })).toBe('source channels');
    fs.rmSync(path.join(root, 'out'), { recursive: true });
    expect(run()).toBe('source channels');
  });
});

// The built command line (issue 12, "Start fast"): `electron-vite build` emits it beside the main
// process as out/main/desk.js, and `npm run desk` runs it (electron/cli/launch.mjs) — no
// TypeScript to strip at each start, fewer files to find and read. Two things more are made here:
// - what `desk channels` prints, computed once at build time from the contract (running the
//   source command line), so that listing the contract loads neither zod nor the contract;
// - out/main/desk-sources.json, the source files the build read, so that the launcher runs the
//   sources instead when one of them was changed after the build (a developer's edit is never
//   hidden behind an old build).

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Plugin } from 'vite';

export const DESK_SOURCES = 'desk-sources.json';

/** `root`: the project's folder (electron-vite bundles its config elsewhere, so it is passed in). */
export function deskCliPlugin(root: string): Plugin {
  const ROOT = root;
  const CHANNELS_SCHEMA = path.join(ROOT, 'electron/cli/channels-schema.ts');
  return {
    name: 'qabyldau:desk-cli',
    apply: 'build',
    load(id) {
      if (id !== CHANNELS_SCHEMA) return null;
      const text = execFileSync(process.execPath, [path.join(ROOT, 'electron/cli/desk.ts'), 'channels'], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      const literal = JSON.stringify(text);
      return [
        '// Made by scripts/desk-cli-build.ts from the contract at build time.',
        `const TEXT = ${literal};`,
        'export function channelsJson() { return TEXT; }',
        'export function channelsAsJsonSchema() { return JSON.parse(TEXT); }',
      ].join('\n');
    },
    generateBundle() {
      const sources = [...this.getModuleIds()]
        .filter((id) => path.isAbsolute(id) && id.startsWith(ROOT) && !id.includes('/node_modules/'))
        .map((id) => path.relative(ROOT, id))
        .concat('electron.vite.config.ts', 'scripts/desk-cli-build.ts')
        .sort();
      this.emitFile({
        type: 'asset',
        fileName: DESK_SOURCES,
        source: `${JSON.stringify(sources, null, 1)}\n`,
      });
    },
  };
}

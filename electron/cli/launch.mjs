// `npm run desk`: starts the command line (issue 12, "Start fast"). It runs the built one,
// out/main/desk.js (`npm run build` makes it, with the window's main process), when it is there
// and no source file it was built from (out/main/desk-sources.json) was changed after it;
// otherwise the source, electron/cli/desk.ts, which Node runs by stripping its types. Either way
// V8 keeps the compiled code in the OS's temporary folder, so the next start compiles nothing.
// QABYLDAU_DESK=built or =source chooses (the bench and the tests of the built program use it).
// Plain JavaScript on purpose: a TypeScript file here would load Node's type stripper at every
// start, for nothing when the built program runs.

import fs from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

module.enableCompileCache?.();

const root = path.resolve(import.meta.dirname, '../..');
const built = path.join(root, 'out/main/desk.js');

/** True when out/main/desk.js is not older than any source file it was built from. */
function builtIsCurrent() {
  try {
    const builtAt = fs.statSync(built).mtimeMs;
    const sources = JSON.parse(fs.readFileSync(path.join(root, 'out/main/desk-sources.json'), 'utf8'));
    return sources.every((file) => fs.statSync(path.join(root, file)).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

const source = path.join(root, 'electron/cli/desk.ts');
const choice = process.env.QABYLDAU_DESK;
// Without the sources (a copy of the built program only) the build is all there is.
const entry =
  choice === 'built' || (choice !== 'source' && (builtIsCurrent() || !fs.existsSync(source)))
    ? built
    : source;
await import(pathToFileURL(entry).href);

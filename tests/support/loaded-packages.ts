// Preloaded with `node --import` by tests/start-fast: records every module the process loads
// (ES modules and require() alike, through Node's synchronous module hooks) and, on exit, writes
// the names of the packages among them to the file named by QABYLDAU_LOADED_PACKAGES, and the
// paths of the files of the program itself (not of packages) to QABYLDAU_LOADED_FILES.

import fs from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const packages = new Set<string>();
const files = new Set<string>();
module.registerHooks({
  load(url, context, nextLoad) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (m?.[1]) packages.add(m[1]);
    else if (url.startsWith('file:')) files.add(fileURLToPath(url));
    return nextLoad(url, context);
  },
});

process.on('exit', () => {
  const out = process.env.QABYLDAU_LOADED_PACKAGES;
  if (out) fs.writeFileSync(out, JSON.stringify([...packages].sort()));
  const filesOut = process.env.QABYLDAU_LOADED_FILES;
  if (filesOut) fs.writeFileSync(filesOut, JSON.stringify([...files].sort()));
});

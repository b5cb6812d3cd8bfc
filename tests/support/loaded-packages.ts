// Preloaded with `node --import` by tests/start-fast: records every module the process loads
// (ES modules and require() alike, through Node's synchronous module hooks) and, on exit, writes
// the names of the packages among them to the file named by QABYLDAU_LOADED_PACKAGES.

import fs from 'node:fs';
import module from 'node:module';

const packages = new Set<string>();
module.registerHooks({
  load(url, context, nextLoad) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (m?.[1]) packages.add(m[1]);
    return nextLoad(url, context);
  },
});

process.on('exit', () => {
  const out = process.env.QABYLDAU_LOADED_PACKAGES;
  if (out) fs.writeFileSync(out, JSON.stringify([...packages].sort()));
});

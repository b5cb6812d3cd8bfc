// Preloaded by the bench into a child it times: on exit, the child's peak resident memory.

import fs from 'node:fs';

process.on('exit', () => {
  const out = process.env.QABYLDAU_BENCH_RSS;
  if (out) fs.writeFileSync(out, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
});

// Preloaded by the bench into a child it times: on exit, the child's peak resident memory and the
// CPU time it used (user + system), which a loaded machine stretches less than the wall clock.
// Plain JavaScript: a TypeScript hook would load Node's type stripper into `node -e 0` too.

import fs from 'node:fs';

process.on('exit', () => {
  const out = process.env.QABYLDAU_BENCH_RSS;
  const use = process.resourceUsage();
  if (out)
    fs.writeFileSync(
      out,
      JSON.stringify({ maxRssKb: use.maxRSS, cpuMs: (use.userCPUTime + use.systemCPUTime) / 1000 }),
    );
});

// One measure in a process of its own (its peak memory is then its own): prints one JSON line
// with its figures and the process's peak resident memory. Run by bench.ts.

import { benchData, givenDataDirs } from './data.ts';
import { MEASURES } from './measures.ts';

const [name, ...rest] = process.argv.slice(2);
const quick = rest.includes('--quick');
const measure = MEASURES.find((m) => m.name === name);
if (!measure) throw new Error(`no measure ${name}`);
const log = (m: string) => process.stderr.write(`${m}\n`);
const t = performance.now();
const given = givenDataDirs(rest);
const figures = await measure.run({
  quick,
  log,
  data: (scale) => benchData(scale, quick, log, given[scale]),
});
process.stdout.write(
  `${JSON.stringify({ figures, ms: performance.now() - t, peak_rss_mb: process.resourceUsage().maxRSS / 1024 })}\n`,
);

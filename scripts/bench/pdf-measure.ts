// Median and p95 of the talon and the notification letter over 200 renders after a warm-up,
// in this one process (fonts parsed on the first render, as in the desk).
// Run: node scripts/bench/pdf-measure.ts [runs]

import { sampleLetter, sampleTalon, timeRenders } from '../../electron/print/bench.ts';

const runs = Number(process.argv[2] ?? 200);
for (const [name, render] of [
  ['talon', sampleTalon],
  ['letter', sampleLetter],
] as const) {
  const t = await timeRenders(render, runs);
  console.log(
    `${name.padEnd(7)} median ${t.median_ms.toFixed(2)} ms  p95 ${t.p95_ms.toFixed(2)} ms  cpu ${t.cpu_ms.toFixed(2)} ms  (${t.runs} runs, ${t.bytes} bytes)`,
  );
}

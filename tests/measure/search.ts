// Measures the applications search at office and regional scale, per kind of query a clerk
// types (SEARCH_KINDS: Kazakh and Russian name fragments in any case, two and three words, one or
// two letters, IIN and register-number prefixes, nothing found). Either on a register of N
// applicants written with plain INSERTs into a temporary file (tests/support/many-applications.ts),
// or on an existing data folder (`desk demo-data --scale office|region`; opening it migrates it,
// so give it a copy). Prints a table and one JSON line.
//
//   node tests/measure/search.ts 100000 1000000
//   node tests/measure/search.ts --data-dir /work/bench-data/search-copy
//   node tests/measure/search.ts --fill 1000000 --data-dir /tmp/register   # fill once, keep, measure
//
// Not a test: it asserts nothing (timings never go into unit tests); `npm run bench` calls
// searchBenchmark the same way.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  SEARCH_KINDS,
  type SearchBenchmark,
  searchBenchmark,
} from '../../electron/applications/search-benchmark.ts';
import { openDatabase } from '../../electron/db/open.ts';
import { databaseFile } from '../../electron/desk/data-dir.ts';
import { fillApplications } from '../support/many-applications.ts';

function print(label: string, result: SearchBenchmark): void {
  console.log(`\n${label}`);
  for (const q of result.byQuery)
    console.log(
      `  ${q.kind.padEnd(12)} ${q.query.padEnd(24)} ${q.medianMs.toFixed(2).padStart(8)} ms  cpu ${q.medianCpuMs.toFixed(2).padStart(7)} ms  rows ${String(q.rows).padStart(3)}  total ${q.capped ? `>${q.total}` : q.total}`,
    );
  for (const [kind, k] of Object.entries(result.byKind))
    console.log(
      `  ${kind.padEnd(12)} p50 ${k.p50Ms.toFixed(2).padStart(7)} ms  p95 ${k.p95Ms.toFixed(2).padStart(7)} ms  cpu p50 ${k.cpuP50Ms.toFixed(2).padStart(7)} ms  p95 ${k.cpuP95Ms.toFixed(2).padStart(7)} ms`,
    );
  console.log(
    `  all          p50 ${result.p50Ms.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms, max ${result.maxMs.toFixed(2)} ms (cpu p50 ${result.cpuP50Ms.toFixed(2)}, p95 ${result.cpuP95Ms.toFixed(2)})`,
  );
}

const args = process.argv.slice(2);
const dirAt = args.indexOf('--data-dir');
const repeats = Number(args[args.indexOf('--repeats') + 1]) || 20;
const fillAt = args.indexOf('--fill');
if (dirAt >= 0) {
  const dir = args[dirAt + 1] as string;
  let t = performance.now();
  // No check on open (a million rows' quick_check is a minute here); a migration runs, timed.
  const db = openDatabase(databaseFile(dir), { check: 'none' });
  if (fillAt >= 0) {
    fillApplications(db, Number(args[fillAt + 1]));
    db.exec('ANALYZE');
    console.log(`filled in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    t = performance.now();
  }
  const applications = db.prepare('SELECT count(*) FROM applications').pluck().get() as number;
  const openSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const result = searchBenchmark(db, SEARCH_KINDS, { repeats });
  print(
    `${dir}: ${applications} applications (opened in ${openSeconds.toFixed(1)} s, measured in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
    result,
  );
  console.log(JSON.stringify({ applications, byKind: result.byKind, p50: result.p50Ms, p95: result.p95Ms }));
  db.close();
} else {
  const scales = args.filter((a) => /^\d+$/.test(a) && a !== String(repeats)).map(Number);
  for (const n of scales.length ? scales : [100_000]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-search-'));
    let t = performance.now();
    const db = openDatabase(path.join(dir, 'qabyldau.sqlite'));
    fillApplications(db, n);
    db.exec('ANALYZE');
    const fillSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const result = searchBenchmark(db, SEARCH_KINDS, { repeats });
    print(
      `${n} applicants (filled in ${fillSeconds.toFixed(0)} s, measured in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
      result,
    );
    console.log(
      JSON.stringify({ applicants: n, byKind: result.byKind, p50: result.p50Ms, p95: result.p95Ms }),
    );
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Measures the applications search at office and regional scale: a register of N applicants
// written with plain INSERTs into a temporary file (tests/support/many-applications.ts), then
// searchBenchmark over Kazakh and Russian name fragments in any case, IIN and register-number
// prefixes and a query that finds nothing. Prints a table and one JSON line.
//
//   node tests/measure/search.ts 100000 1000000
//
// Not a test: it asserts nothing (timings never go into unit tests); `npm run bench` may call
// searchBenchmark the same way.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { searchBenchmark } from '../../electron/applications/search-benchmark.ts';
import { openDatabase } from '../../electron/db/open.ts';
import { fillApplications } from '../support/many-applications.ts';

export const SEARCH_QUERIES = [
  // Kazakh and Russian name fragments, any case; the same name in both spellings; two words.
  'қасым',
  'Қасым',
  'ҚАСЫМ',
  'Касым',
  'өмірбек',
  'Омирбек',
  'Гүлнәр',
  'гульнар',
  'Сейітқызы',
  'жұмабаева',
  'смирнова',
  'Иванов Сергей',
  'сергей иванов',
  'ова',
  'ер',
  'а',
  'мұхтар',
  // IIN and register-number prefixes, as they are typed.
  '61',
  '6104',
  '610440',
  '2016-',
  '2020-01',
  '2026-0001',
  // Nothing.
  'zzzz',
  'Щщщщ',
  '999999999',
];

const scales = process.argv.slice(2).map(Number);
for (const n of scales.length ? scales : [100_000]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-search-'));
  const file = path.join(dir, 'qabyldau.sqlite');
  let t = performance.now();
  const db = openDatabase(file);
  fillApplications(db, n);
  db.exec('ANALYZE');
  const fillSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const result = searchBenchmark(db, SEARCH_QUERIES, { repeats: 20 });
  console.log(
    `\n${n} applicants (filled in ${fillSeconds.toFixed(0)} s, measured in ${((performance.now() - t) / 1000).toFixed(1)} s)`,
  );
  for (const q of result.byQuery)
    console.log(
      `  ${q.query.padEnd(14)} ${q.medianMs.toFixed(2).padStart(8)} ms  rows ${String(q.rows).padStart(3)}  total ${q.capped ? `>${q.total}` : q.total}`,
    );
  console.log(
    `  p50 ${result.p50Ms.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms, max ${result.maxMs.toFixed(2)} ms`,
  );
  console.log(
    JSON.stringify({ applicants: n, 'search.p50_ms': result.p50Ms, 'search.p95_ms': result.p95Ms }),
  );
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

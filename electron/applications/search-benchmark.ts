// How fast the applications search answers (issue 12: p95 under 10 ms at 1 000 000 applicants),
// as a plain function for `npm run bench` and tests/measure/search.ts to call. It measures; it
// asserts nothing: timings belong to a measurement, never to a unit test.

import { searchApplications } from '../db/applications.ts';
import type { Db } from '../db/open.ts';

export interface SearchTiming {
  query: string;
  rows: number;
  total: number;
  capped: boolean;
  medianMs: number;
  /** The process's CPU time of a run, median: what the search costs on a machine that is busy. */
  medianCpuMs: number;
}

export interface SearchBenchmark {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** CPU time per run: on a shared machine the wall clock also counts the others' work. */
  cpuP50Ms: number;
  cpuP95Ms: number;
  byQuery: SearchTiming[];
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/**
 * Runs each query `repeats` times (after one warm-up run that prepares its statements), the
 * first page of 100 as the screen asks, and gives p50/p95 over all the runs and each query's
 * median with what it found.
 */
export function searchBenchmark(
  db: Db,
  queries: readonly string[],
  opts: { repeats?: number; page?: { limit: number; offset: number } } = {},
): SearchBenchmark {
  const repeats = opts.repeats ?? 20;
  const page = opts.page ?? { limit: 100, offset: 0 };
  const all: number[] = [];
  const allCpu: number[] = [];
  const byQuery: SearchTiming[] = [];
  for (const query of queries) {
    const found = searchApplications(db, { query, ...page });
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const c = process.cpuUsage();
      const t = performance.now();
      searchApplications(db, { query, ...page });
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    all.push(...times);
    allCpu.push(...cpu);
    byQuery.push({
      query,
      rows: found.rows.length,
      total: found.total,
      capped: found.capped,
      medianMs: quantile(times, 0.5),
      medianCpuMs: quantile(cpu, 0.5),
    });
  }
  all.sort((a, b) => a - b);
  allCpu.sort((a, b) => a - b);
  return {
    runs: all.length,
    p50Ms: quantile(all, 0.5),
    p95Ms: quantile(all, 0.95),
    maxMs: all.at(-1) ?? Number.NaN,
    cpuP50Ms: quantile(allCpu, 0.5),
    cpuP95Ms: quantile(allCpu, 0.95),
    byQuery,
  };
}

// How fast the applications search answers (issue 12: p95 under 10 ms at 1 000 000 applicants),
// as a plain function for `npm run bench` and tests/measure/search.ts to call. It measures; it
// asserts nothing: timings belong to a measurement, never to a unit test.

import { searchApplications } from '../db/applications.ts';
import type { Db } from '../db/open.ts';

/**
 * What a clerk types, by kind (issue 12: every kind under 10 ms p95 at 1 000 000 applicants).
 * The names are those of the generators (electron/cli/demo-names.ts, generate.ts and
 * tests/support/many-applications.ts), so each kind finds what it would at the office: a rare and
 * a common name, the two most common words of the register together, a letter or two.
 */
export const SEARCH_KINDS = {
  /** A Kazakh name's start in any case. */
  kazakh: ['қасым', 'Қасым', 'ҚАСЫМ', 'өмірбек', 'ЖҰМАБАЕВА', 'Нұрлан'],
  /** The same names in the Russian spelling (or typed on a Russian keyboard). */
  russian: ['Касым', 'омирбек', 'Жумабаева', 'гульнар', 'Смирнова', 'КИМ'],
  /** Two words in either order; the first two are the register's most common pair. */
  two_words: ['иванов сергей', 'сергей иванов', 'гүлнәр қасымова', 'Нурланова Айгуль', 'иванова гүлнәр'],
  /** Three words (surname, name, patronymic) in any order. */
  three_words: ['иванова анна сергеевна', 'сергеевна иванова анна', 'қасымов ерлан әбілұлы'],
  /** One or two letters: what is on screen while the clerk is still typing. */
  short: ['а', 'Е', 'ер', 'ки', 'цо', 'ю', 'щ'],
  /** The start of an IIN (birth year and month first). */
  iin: ['6', '61', '6104', '610412', '8512'],
  /** The start of a register number. */
  register: ['2025-', '2024-1', '2023-01', '2025-0042'],
  /** Nothing found. */
  no_match: ['zzzz', 'Щщщщ', 'яя', '999999999', '2031-'],
  /**
   * A name with a status (`desk call`; the screen has no status filter): a rare status with a
   * common name, a letter, two words — what looked up every application of the name before
   * migration 0014.
   */
  with_status: [
    { query: 'а', status: 'accepted' },
    { query: 'иванов', status: 'accepted' },
    { query: 'сергей', status: 'cancelled' },
    { query: 'иванов сергей', status: 'cancelled' },
    { query: 'қасым', status: 'cancelled' },
  ],
} as const satisfies Record<string, readonly SearchCase[]>;

export type SearchKind = keyof typeof SEARCH_KINDS;

/** One query of a kind: what is typed, and for some the status filter with it. */
export type SearchCase = string | { readonly query: string; readonly status: 'accepted' | 'cancelled' };

/** The search's input of a case (the query, and the status when it has one). */
export const searchInput = (c: SearchCase): { query: string; status?: 'accepted' | 'cancelled' } =>
  typeof c === 'string' ? { query: c } : { query: c.query, status: c.status };

/** A case as a report names it: the query, and its status in brackets. */
export const caseLabel = (c: SearchCase): string => (typeof c === 'string' ? c : `${c.query} [${c.status}]`);

export interface SearchTiming {
  kind: string;
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
  /** Each kind's p50 and p95 over its queries' runs. */
  byKind: Record<string, { p50Ms: number; p95Ms: number; cpuP50Ms: number; cpuP95Ms: number }>;
}

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/**
 * Runs every query of every kind `repeats` times, round by round (after one warm-up round that
 * prepares the statements), the first page of 50 as the screen asks, and gives p50/p95 over all
 * the runs, per kind, and each query's median with what it found.
 */
export function searchBenchmark(
  db: Db,
  kinds: Readonly<Record<string, readonly SearchCase[]>>,
  opts: { repeats?: number; page?: { limit: number; offset: number } } = {},
): SearchBenchmark {
  const repeats = opts.repeats ?? 20;
  const page = opts.page ?? { limit: 50, offset: 0 };
  const queries = Object.entries(kinds).flatMap(([kind, qs]) =>
    qs.map((c) => ({ kind, query: caseLabel(c), input: searchInput(c) })),
  );
  const times = queries.map(() => [] as number[]);
  const cpu = queries.map(() => [] as number[]);
  const found = queries.map(({ input }) => searchApplications(db, { ...input, ...page }));
  for (let round = 0; round < repeats; round++)
    queries.forEach(({ input }, i) => {
      const c = process.cpuUsage();
      const t = performance.now();
      searchApplications(db, { ...input, ...page });
      times[i]?.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu[i]?.push((used.user + used.system) / 1000);
    });
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const all = sorted(times.flat());
  const allCpu = sorted(cpu.flat());
  const byKind: SearchBenchmark['byKind'] = {};
  for (const kind of Object.keys(kinds)) {
    const own = (xs: number[][]) => sorted(xs.filter((_, i) => queries[i]?.kind === kind).flat());
    const wall = own(times);
    const used = own(cpu);
    byKind[kind] = {
      p50Ms: quantile(wall, 0.5),
      p95Ms: quantile(wall, 0.95),
      cpuP50Ms: quantile(used, 0.5),
      cpuP95Ms: quantile(used, 0.95),
    };
  }
  return {
    runs: all.length,
    p50Ms: quantile(all, 0.5),
    p95Ms: quantile(all, 0.95),
    maxMs: all.at(-1) ?? Number.NaN,
    cpuP50Ms: quantile(allCpu, 0.5),
    cpuP95Ms: quantile(allCpu, 0.95),
    byQuery: queries.map(({ kind, query }, i) => ({
      kind,
      query,
      rows: found[i]?.rows.length ?? 0,
      total: found[i]?.total ?? 0,
      capped: found[i]?.capped ?? false,
      medianMs: quantile(sorted(times[i] ?? []), 0.5),
      medianCpuMs: quantile(sorted(cpu[i] ?? []), 0.5),
    })),
    byKind,
  };
}

// What `npm run bench` measures. Each measure runs in a child process of its own (run-one.ts), so
// its peak memory is its own; it returns flat figures whose keys name what they hold, prefixed by
// the measure's name in the JSON (`accept.ratio_vs_insert`). A new measure is one more entry in
// MEASURES.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { SEARCH_KINDS, type SearchCase, searchInput } from '../../electron/applications/search-benchmark.ts';
import type { Scale } from '../../electron/cli/generate.ts';
import { searchApplications } from '../../electron/db/applications.ts';
import { writeAudit } from '../../electron/db/audit.ts';
import {
  bareInsert,
  benchApplicationIds,
  createBenchScratch,
  describeBenchFile,
  synchronousSetting,
  timedCheck,
} from '../../electron/db/bench-probes.ts';
import { openDatabase } from '../../electron/db/open.ts';
import { inWriteTransaction } from '../../electron/db/transaction.ts';
import { databaseFile } from '../../electron/desk/data-dir.ts';
import { handlers } from '../../electron/desk/handlers.ts';
import { type Desk, openDesk, openDeskDatabaseChecking } from '../../electron/desk/open-desk.ts';
import { acceptPackage } from '../../electron/intake/handlers.ts';
import { type Clock, fixedClock, type Session } from '../../electron/kernel/context.ts';
import { task } from '../../electron/kernel/handler.ts';
import { createRegistry } from '../../electron/kernel/registry.ts';
import { documentFile } from '../../electron/print/archive.ts';
import { requiredDocuments } from '../../shared/domain/checklist.ts';
import { completeIin } from '../../shared/domain/iin.ts';
import { STANDARD_2008 } from '../../shared/standard/service-definition.ts';
import { BENCH_PASSWORD, type BenchData, copyOf, workingCopyOf } from './data.ts';
import { alternate, round, summarize, timeOnce } from './stats.ts';

export type Figures = Record<string, number | string | null>;

export interface BenchContext {
  quick: boolean;
  log(message: string): void;
  data(scale: Scale): Promise<BenchData>;
}

export interface Measure {
  /** The JSON keys' prefix and the table's group. */
  name: string;
  /** One line for the table: what is compared with what. */
  what: string;
  /** The bench files it works on (made before it runs, once). */
  needs(quick: boolean): readonly Scale[];
  run(ctx: BenchContext): Promise<Figures>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
/** What `npm run desk` runs: the built command line when current, else the source. */
const DESK_LAUNCH = path.join(ROOT, 'electron/cli/launch.mjs');
const RSS_HOOK = path.join(ROOT, 'scripts/bench/report-rss.mjs');
/** A weekday in working hours of the office (10:00 in Almaty), after the bench's history. */
const BENCH_NOW = '2026-11-25T05:00:00.000Z';

/**
 * The desk on a data folder, the clerk signed in. A large file's background check (issue 12) runs
 * only when a measure asks for it (`background`): a measure's figures are the desk's alone.
 */
async function deskOn(
  dir: string,
  opts: { background?: boolean; syncCheckLimit?: number } = {},
): Promise<{
  desk: Desk;
  call: <T>(channel: string, input: unknown) => Promise<T>;
  session: Session;
  clock: Clock;
}> {
  const clock = fixedClock(BENCH_NOW);
  const desk = openDesk(dir, () => {}, { clock, background: opts.background ?? false, ...opts });
  const session: Session = { userId: null };
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await desk.registry.dispatch(channel, input, desk.context('cli', session, clock));
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  // The clerk chooses her own password at the first sign-in, as at the office.
  const me = await call<{ mustChangePassword: boolean }>('session.signIn', { login: 'aigerim' });
  if (me.mustChangePassword)
    await call('session.changePassword', {
      currentPassword: BENCH_PASSWORD,
      password: `${BENCH_PASSWORD}-own`,
    });
  return { desk, call, session, clock };
}

/** An adult's complete package, for a new applicant with this IIN. */
function intakeOf(iin: string) {
  return {
    category: 'adult',
    applicant: {
      iin,
      lastName: 'Бенчмаркова',
      firstName: 'Гүлнәр',
      middleName: 'Әбілқызы',
      address: 'Пресновка ауылы, Достық көшесі, 12',
      phone: '+7 701 555 12 34',
    },
    consentSigned: true,
    documents: requiredDocuments(STANDARD_2008, 'adult').map((d) => ({
      code: d.code,
      originalSeenReturned: true,
      copyReceived: true,
    })),
  };
}

/** Unique IINs for the accept runs: born on different days of 1955, serials counted. */
function* iins(): Generator<string> {
  for (let day = 0; ; day++) {
    const date = new Date(Date.UTC(1955, 0, 1 + day));
    const yymmdd = `${String(date.getUTCFullYear()).slice(2)}${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}`;
    for (let s = 9_000; s < 9_010; s++) {
      const iin = completeIin(`${yymmdd}4${s}`);
      if (iin) yield iin;
    }
  }
}

/**
 * intake.accept as the clerk waits for it (the application's transaction, then its talon PDF
 * rendered and kept), and the same channel through the same dispatch with the talon left out
 * (only acceptPackage's transaction): each A B A B against a bare INSERT in the same file.
 */
const accept: Measure = {
  name: 'accept',
  what: 'intake.accept through the handler dispatch, with its talon and without, vs a bare INSERT, same file and synchronous',
  needs: () => ['office'],
  async run(ctx) {
    const data = await ctx.data('office');
    const dir = copyOf(data, 'accept');
    const { desk, call, session, clock } = await deskOn(dir);
    const withoutTalon = createRegistry(
      {
        ...handlers,
        'intake.accept': task(async (input, c) => ({
          ...c.write(() => acceptPackage(input, c)),
          talon: null,
        })),
      },
      () => {},
    );
    try {
      createBenchScratch(desk.db);
      const next = iins();
      const payload = 'x'.repeat(400);
      // Each side's CPU time too (this process's, per call): a loaded machine stretches the
      // CPU part of a call, not the wait for the disk, so the wall ratio moves with the load.
      const cpu = { insert: [] as number[], accept: [] as number[], bare: [] as number[] };
      const onCpu =
        <T>(into: number[], work: () => T) =>
        async () => {
          const before = process.cpuUsage();
          await work();
          const used = process.cpuUsage(before);
          into.push((used.user + used.system) / 1000);
        };
      const insert = onCpu(cpu.insert, () =>
        bareInsert(
          desk.db,
          next.next().value as string,
          'Бенчмаркова Гүлнәр',
          new Date().toISOString(),
          payload,
        ),
      );
      // pdfkit and fontkit need a few dozen documents before the JIT has the talon warm.
      const rounds = { warmup: ctx.quick ? 15 : 30, rounds: ctx.quick ? 40 : 200 };
      const r = await alternate(
        insert,
        onCpu(cpu.accept, () => call('intake.accept', intakeOf(next.next().value as string))),
        rounds,
      );
      const bare = await alternate(
        insert,
        onCpu(cpu.bare, async () => {
          const out = await withoutTalon.dispatch(
            'intake.accept',
            intakeOf(next.next().value as string),
            desk.context('cli', session, clock),
          );
          if (!out.ok) throw new Error(`intake.accept: ${JSON.stringify(out.error)}`);
        }),
        rounds,
      );
      const cpuMedian = (xs: number[]) => round(summarize(xs).median, 3);
      return {
        applicants: data.applicants,
        synchronous: ['OFF', 'NORMAL', 'FULL', 'EXTRA'][synchronousSetting(desk.db)] ?? null,
        median_ms: round(r.b.median, 3),
        p95_ms: round(r.b.p95, 3),
        iqr_ms: round(r.b.iqr, 3),
        insert_median_ms: round(r.a.median, 3),
        insert_p95_ms: round(r.a.p95, 3),
        ratio_vs_insert: round(r.ratio),
        without_talon_median_ms: round(bare.b.median, 3),
        without_talon_p95_ms: round(bare.b.p95, 3),
        without_talon_insert_median_ms: round(bare.a.median, 3),
        without_talon_ratio_vs_insert: round(bare.ratio),
        cpu_ms: cpuMedian(cpu.accept),
        without_talon_cpu_ms: cpuMedian(cpu.bare),
        insert_cpu_ms: cpuMedian(cpu.insert),
        rounds: r.a.n,
      };
    } finally {
      desk.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * Opening a data folder's database as every door does (openDeskDatabase): the copy's very first
 * open (the full integrity_check, and the migration when the file is of an older schema, with the
 * checked copy taken before it), then the first open of a day (the full check) against a later
 * open of the same day (no check), A B A B; and SQLite's two checks alone. One measure per scale,
 * so that each has its own peak memory.
 */
/** Past this size (MB) a file's full check is not repeated (see openMeasure). */
const HUGE_MB = 1024;

function openMeasure(scale: Scale): Measure {
  return {
    name: `open_${scale}`,
    what: `open + migrate + integrity check of ${scale === 'office' ? 'an office file (5 years)' : 'a regional file (17 districts × 20 years)'}: the first of the day vs a reopen`,
    needs: () => [scale],
    async run(ctx): Promise<Figures> {
      const data = await ctx.data(scale);
      // The run's working copy, made anew: its first open is timed (and it migrates it for the
      // measures after this one).
      const copy = workingCopyOf(data, true);
      const dir = copy.dir;
      try {
        const day = new Date(BENCH_NOW);
        // As the desk opens it: a file past SYNC_CHECK_LIMIT leaves the day's full check to a
        // worker after the window is up ('background'), and the open returns without it.
        let check = '';
        const firstEver = await timeOnce(() => {
          const opened = openDeskDatabaseChecking(dir, day);
          check = opened.check;
          opened.db.close();
        });
        const after = describeBenchFile(databaseFile(dir));
        const mb = fs.statSync(databaseFile(dir)).size / 1024 / 1024;
        const reopen = () => openDeskDatabaseChecking(dir, day).db.close();
        // What both ways of measuring report: the file, its first open, and a region's
        // background check.
        const figures = async (reopens: { median: number; p95: number }, firstOfDay: number) => ({
          applicants: after.applicants,
          mb: round(mb, 1),
          schema_before: data.schema,
          schema_after: after.schema,
          first_open_ms: round(firstEver, 1),
          ms: round(reopens.median, 1),
          p95_ms: round(reopens.p95, 1),
          first_of_day_ms: round(firstOfDay, 1),
          first_of_day_check: check,
          ...(scale === 'region' ? await backgroundCheckFigures(ctx, dir) : {}),
        });
        if (mb > HUGE_MB) {
          // A district's twenty years (gigabytes): every full check reads the whole file, minutes
          // on a loaded machine, so the copy's first open is the first open of the day measured
          // (the same work when no migration was due), and the checks alone are not repeated.
          const later: number[] = [];
          for (let i = 0; i < (ctx.quick ? 3 : 5); i++) later.push(await timeOnce(reopen));
          // The first open of a day once migrated: the day's record gone, as on the next morning.
          const firstOfDay: number[] = [];
          for (let i = 0; i < (ctx.quick ? 3 : 5); i++) {
            fs.rmSync(path.join(dir, 'integrity-checked.json'), { force: true });
            firstOfDay.push(await timeOnce(reopen));
          }
          return figures(summarize(later), summarize(firstOfDay).median);
        }
        const r = await alternate(
          () => {
            fs.rmSync(path.join(dir, 'integrity-checked.json'), { force: true });
            reopen();
          },
          reopen,
          // No warm-up: the copy's first open above was one.
          { warmup: 0, rounds: ctx.quick ? 3 : 5 },
        );
        const db = openDatabase(databaseFile(dir), { check: 'none' });
        const quick = await timeOnce(() => timedCheck(db, 'quick_check'));
        const full = await timeOnce(() => timedCheck(db, 'integrity_check'));
        db.close();
        return {
          ...(await figures(r.b, r.a.median)),
          quick_check_ms: round(quick, 1),
          integrity_check_ms: round(full, 1),
        };
      } finally {
        copy.done();
      }
    },
  };
}

/**
 * The day's full check of a regional file in the background worker (issue 12), as the window
 * starts it (openDesk; the size limit set to 0, so that a --quick region gets it too): how long
 * it takes with the desk idle, and with a clerk searching without pause meanwhile — each search
 * (the search itself, and the channel with its audit row) timed against the same searches on
 * the same file just before, with no check running.
 */
async function backgroundCheckFigures(ctx: BenchContext, dir: string): Promise<Figures> {
  const record = path.join(dir, 'integrity-checked.json');
  const queries = Object.values(SEARCH_KINDS).flat();
  const searches = async (on: Awaited<ReturnType<typeof deskOn>>, more: (round: number) => boolean) => {
    const alone: number[] = [];
    const channel: number[] = [];
    for (let round = 0; more(round); round++)
      for (const query of queries) {
        const input = searchInput(query);
        alone.push(await timeOnce(() => searchApplications(on.desk.db, { ...input, limit: 50, offset: 0 })));
        channel.push(await timeOnce(() => on.call('applications.search', { ...input, limit: 50 })));
        // The clerk's next search comes as an event, as in the window: the worker's report too.
        await new Promise((resolve) => setImmediate(resolve));
      }
    return { alone: summarize(alone), channel: summarize(channel) };
  };
  const checked = async (work: (on: Awaited<ReturnType<typeof deskOn>>) => Promise<unknown>) => {
    fs.rmSync(record, { force: true });
    const t = performance.now();
    const on = await deskOn(dir, { background: true, syncCheckLimit: 0 });
    // The worker does not keep a process alive (the window does): this wait does.
    const alive = setInterval(() => {}, 1_000);
    try {
      const done = on.desk.integrityChecked().then((r) => ({ r, s: (performance.now() - t) / 1000 }));
      const during = await work(on);
      const { r, s } = await done;
      if (on.desk.integrity().check !== 'background' || r.damage !== null || !fs.existsSync(record))
        throw new Error(`the background check did not pass: ${JSON.stringify(r)}`);
      return { s, during };
    } finally {
      clearInterval(alive);
      on.desk.close();
    }
  };
  ctx.log('bench: the background check with the desk idle');
  const idle = await checked(async () => {});
  ctx.log(`bench: ${round(idle.s, 1)} s; the same searches without a check, then during one`);
  const before = await deskOn(dir);
  const rounds = ctx.quick ? 3 : 10;
  let without: Awaited<ReturnType<typeof searches>>;
  try {
    await searches(before, (i) => i < 1);
    without = await searches(before, (i) => i < rounds);
  } finally {
    before.desk.close();
  }
  const busy = await checked((on) => searches(on, () => on.desk.integrity().running));
  const during = busy.during as Awaited<ReturnType<typeof searches>>;
  return {
    background_check_s: round(idle.s, 1),
    background_check_searching_s: round(busy.s, 1),
    search_without_check_p50_ms: round(without.alone.median, 2),
    search_without_check_p95_ms: round(without.alone.p95, 2),
    search_during_check_p50_ms: round(during.alone.median, 2),
    search_during_check_p95_ms: round(during.alone.p95, 2),
    search_channel_without_check_p50_ms: round(without.channel.median, 2),
    search_channel_without_check_p95_ms: round(without.channel.p95, 2),
    search_channel_during_check_p50_ms: round(during.channel.median, 2),
    search_channel_during_check_p95_ms: round(during.channel.p95, 2),
    search_during_check_calls: during.alone.n + during.channel.n,
  };
}

/**
 * Builds the program when out/ lacks `file` or it is older than a source it is built from (the
 * renderer, and the command line in out/main): a bench of a stale build measures old code.
 */
function ensureBuilt(ctx: BenchContext, file: string): void {
  const built = path.join(ROOT, file);
  const sources = Math.max(...['renderer', 'shared', 'electron'].map((d) => newestUnder(path.join(ROOT, d))));
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return;
  ctx.log('bench: building the program (npx electron-vite build)');
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

let rssFileKept = false;

/** Runs node with the given arguments; the wall time, the child's CPU time and peak RSS (MB). */
function nodeRun(args: string[], env: NodeJS.ProcessEnv = {}): { ms: number; cpuMs: number; peakMb: number } {
  const rssFile = path.join(os.tmpdir(), `qabyldau-bench-rss-${process.pid}.json`);
  // One file a process, removed once at its exit (not one exit listener a run).
  if (!rssFileKept) {
    rssFileKept = true;
    process.on('exit', () => fs.rmSync(rssFile, { force: true }));
  }
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, QABYLDAU_BENCH_RSS: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')}: ${r.stderr}`);
  const used = JSON.parse(fs.readFileSync(rssFile, 'utf8')) as { maxRssKb: number; cpuMs: number };
  return { ms, cpuMs: used.cpuMs, peakMb: used.maxRssKb / 1024 };
}

/** A command line run A B A B against `node -e 0`: wall and CPU medians, peaks. */
async function againstBareNode(ctx: BenchContext, args: string[], env: NodeJS.ProcessEnv): Promise<Figures> {
  const cpu: number[] = [];
  const baseCpu: number[] = [];
  let peak = 0;
  let basePeak = 0;
  const r = await alternate(
    () => {
      const b = nodeRun(['-e', '0']);
      baseCpu.push(b.cpuMs);
      basePeak = Math.max(basePeak, b.peakMb);
    },
    () => {
      const d = nodeRun(args, env);
      cpu.push(d.cpuMs);
      peak = Math.max(peak, d.peakMb);
    },
    { warmup: 2, rounds: ctx.quick ? 7 : 15 },
  );
  return {
    ms: round(r.b.median, 1),
    iqr_ms: round(r.b.iqr, 1),
    cpu_ms: round(summarize(cpu).median, 1),
    node_e0_ms: round(r.a.median, 1),
    node_e0_cpu_ms: round(summarize(baseCpu).median, 1),
    over_node_ms: round(r.b.median - r.a.median, 1),
    peak_mb: round(peak, 1),
    node_e0_peak_mb: round(basePeak, 1),
  };
}

const prefixed = (prefix: string, figures: Figures): Figures =>
  Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${prefix}${k}`, v]));

const channels: Measure = {
  name: 'channels',
  what: '`desk channels` and `desk call session.users` (as npm run desk starts them: the built command line; and from the sources) vs `node -e 0`',
  needs: () => ['office'],
  async run(ctx) {
    ensureBuilt(ctx, 'out/main/desk.js');
    const data = await ctx.data('office');
    const dir = copyOf(data, 'channels');
    try {
      const built = { QABYLDAU_DESK: 'built' };
      const source = { QABYLDAU_DESK: 'source' };
      const call = [DESK_LAUNCH, 'call', 'session.users', '--data-dir', dir];
      return {
        ...(await againstBareNode(ctx, [DESK_LAUNCH, 'channels'], built)),
        ...prefixed('source_', await againstBareNode(ctx, [DESK_LAUNCH, 'channels'], source)),
        ...prefixed('call_', await againstBareNode(ctx, call, built)),
        ...prefixed('call_source_', await againstBareNode(ctx, call, source)),
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

const search: Measure = {
  name: 'search',
  what: 'applications.search per kind of query a clerk types (Kazakh and Russian fragments in any case, two and three words, one or two letters, IIN and register-number prefixes, no match): the search itself, and the channel with its audit row',
  needs: (quick) => [quick ? 'office' : 'region'],
  async run(ctx) {
    const data = await ctx.data(ctx.quick ? 'office' : 'region');
    // The run's working copy (already migrated when open_region ran before).
    const copy = workingCopyOf(data, false);
    const dir = copy.dir;
    const { desk, call } = await deskOn(dir);
    try {
      const queries = Object.entries(SEARCH_KINDS).flatMap(([kind, qs]) =>
        (qs as readonly SearchCase[]).map((query) => ({ kind, query })),
      );
      // The screen's first page (50), as the clerk types; the search alone, then the channel,
      // which also commits the read's audit row (without an fsync of its own: db/read-rows.ts);
      // and, in the same rounds, what that row cost before: one audit row committed durably.
      const alone = (c: SearchCase) =>
        searchApplications(desk.db, { ...searchInput(c), limit: 50, offset: 0 });
      const channel = (c: SearchCase) => call('applications.search', { ...searchInput(c), limit: 50 });
      const durableRow = () =>
        inWriteTransaction(desk.db, () =>
          writeAudit(
            desk.db,
            { at: new Date().toISOString(), userId: null, door: 'system' },
            { kind: 'read', action: 'bench.durable_row', entity: 'bench', entityId: null },
          ),
        );
      for (const { query } of queries) await channel(query);
      const wall = new Map<string, number[]>();
      const cpu = new Map<string, number[]>();
      const timed = async (key: string, work: () => unknown) => {
        const c = process.cpuUsage();
        const ms = await timeOnce(work);
        const used = process.cpuUsage(c);
        wall.set(key, [...(wall.get(key) ?? []), ms]);
        cpu.set(key, [...(cpu.get(key) ?? []), (used.user + used.system) / 1000]);
      };
      for (let i = 0; i < (ctx.quick ? 5 : 15); i++)
        for (const { kind, query } of queries) {
          await timed(kind, () => alone(query));
          await timed('channel', () => channel(query));
          await timed('durable_row', durableRow);
        }
      const out: Figures = {
        applicants: data.applicants ?? describeBenchFile(databaseFile(dir)).applicants,
        load_average: round(os.loadavg()[0] ?? 0, 1),
      };
      const notSearch = (k: string) => k === 'channel' || k === 'durable_row';
      const all = [...wall].filter(([k]) => !notSearch(k)).flatMap(([, t]) => t);
      const allCpu = [...cpu].filter(([k]) => !notSearch(k)).flatMap(([, t]) => t);
      for (const [key, times, used] of [
        ['', all, allCpu],
        ...[...wall].map(([k, t]) => [`${k}_`, t, cpu.get(k) ?? []] as const),
      ] as const) {
        const w = summarize(times);
        out[`${key}p50_ms`] = round(w.median, 2);
        out[`${key}p95_ms`] = round(w.p95, 2);
        out[`${key}cpu_p50_ms`] = round(summarize(used).median, 2);
        out[`${key}cpu_p95_ms`] = round(summarize(used).p95, 2);
      }
      out.max_ms = round(summarize(all).max, 2);
      out.calls = all.length;
      return out;
    } finally {
      desk.close();
      copy.done();
    }
  },
};

/** The newest modification time of a file under `dir` (the renderer's sources). */
function newestUnder(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((t, e) => Math.max(t, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs), 0);
}

const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

const renderer: Measure = {
  name: 'renderer',
  what: "the renderer's first screen in Chromium (browser mode): gzip size of the code fetched before the sign-in form was there, the fonts fetched before it was usable, and the time to the form usable (its fonts in)",
  needs: () => ['office'],
  async run(ctx) {
    const outDir = path.join(ROOT, 'out/renderer');
    ensureBuilt(ctx, 'out/renderer/index.html');
    const assets = path.join(outDir, 'assets');
    const all = fs
      .readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .reduce((sum, f) => sum + gzipSize(path.join(assets, f)), 0);
    const { firstScreen } = await import('./browser.ts');
    const data = await ctx.data('office');
    const dir = copyOf(data, 'renderer');
    try {
      const screen = await firstScreen(dir, ctx.quick ? 8 : 20);
      const sizesOf = (files: string[]) =>
        [...new Set(files)].map((f) => {
          const file = path.join(outDir, f);
          return { name: path.basename(f), raw: fs.statSync(file).size, gzip: gzipSize(file) };
        });
      // What the page asked for before its form was there: the entry, its static imports, the
      // stylesheet — and any chunk it had to import on the way (none should be).
      const code = sizesOf(screen.files)
        .filter((f) => /\.(js|css)$/.test(f.name))
        .sort((a, b) => b.gzip - a.gzip);
      // The fonts fetched before the form was usable (its text is unseen until they are in). A
      // WOFF2 is compressed already: its bytes are what is read; the TTF's gzip is beside them.
      const fonts = sizesOf(screen.fonts).sort((a, b) => b.raw - a.raw);
      const kb = (n: number) => round(n / 1024, 1);
      const sum = (fs: typeof code, k: 'raw' | 'gzip') => kb(fs.reduce((t, f) => t + f[k], 0));
      const s = summarize(screen.times);
      return {
        gzip_kb: sum(code, 'gzip'),
        raw_kb: sum(code, 'raw'),
        files: code.length,
        chunks_gzip_kb: code.map((f) => `${f.name} ${kb(f.gzip)}`).join(', '),
        fonts_kb: sum(fonts, 'raw'),
        fonts_gzip_kb: sum(fonts, 'gzip'),
        fonts_files: fonts.map((f) => `${f.name} ${kb(f.raw)}`).join(', '),
        all_js_gzip_kb: kb(all),
        first_screen_ms: round(s.median, 1),
        first_screen_iqr_ms: round(s.iqr, 1),
        first_screen_cold_ms: round(screen.coldMs, 1),
        font_wait_ms: round(summarize(screen.fontWaits).median, 1),
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * Talon and notification letter through their channels vs the same text through Chromium's
 * print-to-PDF; each print is another application's (a family's fixed parts are laid out once
 * per process, the names and numbers every time: printing one file again would flatter us).
 * Then the PDF alone (electron/print/bench.ts: made-up families, no database, no file) against
 * the same Chromium print, with the processor time it takes.
 */
function pdfMeasure(name: 'talon' | 'letter'): Measure {
  return {
    name,
    what: `${name === 'talon' ? 'the talon (A6)' : 'the notification letter (A4)'} through its channel, and the PDF alone, vs the same document printed by headless Chromium`,
    needs: () => ['office'],
    async run(ctx) {
      const data = await ctx.data('office');
      const dir = copyOf(data, name);
      const { desk, call } = await deskOn(dir);
      const { chromiumPrinter } = await import('./browser.ts');
      const { sampleLetter, sampleTalon, timeRenders } = await import('../../electron/print/bench.ts');
      const printer = await chromiumPrinter();
      const warmup = ctx.quick ? 15 : 30;
      const rounds = ctx.quick ? 8 : 30;
      try {
        // Closed files (decided and notified): the talon and the letter of each print again.
        const ids = benchApplicationIds(desk.db, 2 * (warmup + rounds) + 1);
        let next = 0;
        const print = (): Promise<{ id: number }> => {
          const applicationId = ids[next++ % ids.length] as number;
          return name === 'talon'
            ? call('intake.printTalon', { applicationId, layout: 'a6', lang: 'kk' })
            : call('decisions.printLetter', { applicationId, lang: 'kk' });
        };
        const printed = await print();
        const stored = documentFile(desk.context('cli'), printed.id);
        const text = execFileSync('pdftotext', ['-layout', stored, '-'], { encoding: 'utf8' });
        const sheet = name === 'talon' ? 'a6' : 'a4';
        const html = printer.documentHtml(text, sheet, name === 'talon' ? 'talon' : null);
        const chromium = () => printer.print(html, sheet);
        // pdfkit and fontkit need a few dozen documents before the JIT has them warm.
        const r = await alternate(print, chromium, { warmup, rounds });
        let made = 0;
        let cpu = 0;
        let bytes = 0;
        const render = async () => {
          const c0 = process.cpuUsage();
          const pdf = await (name === 'talon' ? sampleTalon(made++) : sampleLetter(made++));
          const c = process.cpuUsage(c0);
          // The warm-up's are left out, as from the timings.
          if (made > 4 * warmup) cpu += (c.user + c.system) / 1000;
          bytes = pdf.pdf.length;
        };
        // A render is cheap beside Chromium's print: more of them to warm the JIT and to time.
        const alone = await alternate(render, chromium, { warmup: 4 * warmup, rounds: 4 * rounds });
        // The desk's own steady state: a process that has printed a few hundred papers, one after
        // another with nothing in between (above, each render follows a Chromium print whose
        // garbage the next collection sweeps in this process, and the JIT is still compiling).
        const steady = await timeRenders(
          (i) => (name === 'talon' ? sampleTalon(made + i) : sampleLetter(made + i)),
          ctx.quick ? 300 : 1000,
          200,
        );
        return {
          median_ms: round(r.a.median, 2),
          p95_ms: round(r.a.p95, 2),
          iqr_ms: round(r.a.iqr, 2),
          chromium_median_ms: round(r.b.median, 2),
          chromium_p95_ms: round(r.b.p95, 2),
          ratio_vs_chromium: round(r.ratio),
          pdf_kb: round(fs.statSync(stored).size / 1024, 1),
          render_median_ms: round(alone.a.median, 2),
          render_p95_ms: round(alone.a.p95, 2),
          render_cpu_ms: round(cpu / (4 * rounds), 2),
          render_chromium_median_ms: round(alone.b.median, 2),
          render_ratio_vs_chromium: round(alone.ratio),
          render_pdf_kb: round(bytes / 1024, 1),
          steady_median_ms: round(steady.median_ms, 2),
          steady_p95_ms: round(steady.p95_ms, 2),
          steady_cpu_ms: round(steady.cpu_ms, 2),
        };
      } finally {
        await printer.close();
        desk.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The last `n` months before the bench's today, newest first ('2026-10', '2026-09', …). */
function monthsBefore(now: string, n: number): string[] {
  const d = new Date(now);
  return Array.from({ length: n }, (_, i) => {
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1 - i, 1));
    return `${m.getUTCFullYear()}-${String(m.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/**
 * The monthly report's A4 PDF (§19–20, the appendix's table with its signature lines) through
 * `report.export` — the month's indicators counted from the office's five years, then the PDF —
 * against the same text printed by headless Chromium; the month's counting alone (report.build,
 * as the screen runs it); then the PDF alone from built reports, with its processor time. Every
 * export and every render is another month's (the same one again would be laid out from the
 * recordings of the first).
 */
const report: Measure = {
  name: 'report',
  what: 'the monthly report (A4 PDF) through report.export, and the PDF alone, vs the same text printed by headless Chromium',
  needs: () => ['office'],
  async run(ctx) {
    const data = await ctx.data('office');
    const dir = copyOf(data, 'report');
    const { desk, call } = await deskOn(dir);
    const { chromiumPrinter } = await import('./browser.ts');
    const { renderReportPdf } = await import('../../electron/report/appendix-pdf.ts');
    const { loadOfficeSettings } = await import('../../electron/db/settings.ts');
    type Built = Parameters<typeof renderReportPdf>[0];
    const printer = await chromiumPrinter();
    const warmup = ctx.quick ? 4 : 10;
    const rounds = ctx.quick ? 6 : 20;
    const months = monthsBefore(BENCH_NOW, 2 * (warmup + rounds) + 1);
    try {
      let next = 0;
      const exportPdf = () =>
        call<{ contentBase64: string }>('report.export', {
          format: 'pdf',
          lang: 'kk',
          period: months[next++],
        });
      const first = Buffer.from((await exportPdf()).contentBase64, 'base64');
      const stored = path.join(dir, 'report-bench.pdf');
      fs.writeFileSync(stored, first);
      const text = execFileSync('pdftotext', ['-layout', stored, '-'], { encoding: 'utf8' });
      const html = printer.documentHtml(text, 'a4', null);
      const chromium = () => printer.print(html, 'a4');
      const r = await alternate(exportPdf, chromium, { warmup, rounds });
      const builds: number[] = [];
      const reports: Built[] = [];
      for (const period of months) {
        const t0 = performance.now();
        reports.push(await call<Built>('report.build', { period }));
        builds.push(performance.now() - t0);
      }
      const paper = { office: loadOfficeSettings(desk.db), preparedBy: 'Жақсыбекова Айгүл' };
      let made = 0;
      let cpu = 0;
      const render = async () => {
        const c0 = process.cpuUsage();
        await renderReportPdf(reports[made % reports.length] as Built, 'kk', paper);
        const c = process.cpuUsage(c0);
        // The warm-up's are left out, as from the timings.
        if (made++ >= warmup) cpu += (c.user + c.system) / 1000;
      };
      const alone = await alternate(render, chromium, { warmup, rounds });
      return {
        median_ms: round(r.a.median, 2),
        p95_ms: round(r.a.p95, 2),
        iqr_ms: round(r.a.iqr, 2),
        chromium_median_ms: round(r.b.median, 2),
        ratio_vs_chromium: round(r.ratio),
        build_median_ms: round(summarize(builds.slice(warmup)).median, 2),
        pdf_kb: round(first.length / 1024, 1),
        render_median_ms: round(alone.a.median, 2),
        render_cpu_ms: round(cpu / rounds, 2),
        render_chromium_median_ms: round(alone.b.median, 2),
        render_ratio_vs_chromium: round(alone.ratio),
      };
    } finally {
      await printer.close();
      desk.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

export const MEASURES: readonly Measure[] = [
  channels,
  openMeasure('office'),
  openMeasure('region'),
  accept,
  search,
  pdfMeasure('talon'),
  pdfMeasure('letter'),
  report,
  renderer,
];

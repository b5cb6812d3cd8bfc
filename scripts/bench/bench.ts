// `npm run bench [-- --quick] [--json FILE] [--only talon,accept] [--office-dir DIR] [--region-dir DIR]
// [--timeout-min N]`:
// the desk's speed at office and
// regional scale (issue 12), printed as a table and written as JSON whose keys name what they
// hold (`talon.ratio_vs_chromium`, `accept.ratio_vs_insert`, `open_region.first_of_day_ms`…). The machine and
// versions come first; each figure is a median after a warm-up, with its spread; each comparison
// is run A B A B in the same process, so the ratio holds on a loaded machine. Every measure runs
// in a child process of its own and reports its peak memory (`<measure>.peak_rss_mb`). The goals
// live in the README and issue 12, never in timed unit tests. Add a measure in measures.ts.

import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sqliteVersion } from '../../electron/db/bench-probes.ts';
import { openDatabase } from '../../electron/db/open.ts';
import { databaseFile } from '../../electron/desk/data-dir.ts';
import { BENCH_WORK_ENV, benchData, givenDataDirs } from './data.ts';
import { type Figures, MEASURES } from './measures.ts';
import { round } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const jsonAt = argv.indexOf('--json');
const jsonFile = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((argv[onlyAt + 1] ?? '').split(',')) : null;
/** Existing data folders to measure instead of generated ones (data.ts). */
const given = givenDataDirs(argv);
/** A measure still running after this long is ended and reported as failed (`--timeout-min N`). */
const timeoutAt = argv.indexOf('--timeout-min');
const timeoutMin = timeoutAt >= 0 ? Number(argv[timeoutAt + 1]) : quick ? 20 : 120;
const givenArgs = Object.entries(given).flatMap(([scale, dir]) => [`--${scale}-dir`, dir]);
const log = (m: string) => process.stderr.write(`${m}\n`);

function version(cmd: string, args: string[]): string | null {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function machine(): Figures {
  const db = openDatabase(':memory:');
  const sqlite = sqliteVersion(db);
  db.close();
  const pkg = (name: string) =>
    (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  return {
    cpu: os.cpus()[0]?.model ?? null,
    cores: os.availableParallelism(),
    memory_gb: round(os.totalmem() / 1024 ** 3, 1),
    load_average_1m: round(os.loadavg()[0] ?? 0, 2),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    sqlite,
    better_sqlite3: pkg('better-sqlite3'),
    pdfkit: pkg('pdfkit'),
    electron: pkg('electron'),
    chromium: version(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']),
    mode: quick ? 'quick' : 'full',
    at: new Date().toISOString(),
  };
}

function runOne(name: string): Promise<{ figures: Figures; ms: number; peak_rss_mb: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'scripts/bench/run-one.ts'), name, ...(quick ? ['--quick'] : []), ...givenArgs],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, timeoutMin * 60_000);
    child.stdout.on('data', (c) => (out += c));
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').at(-1);
      if (timedOut) reject(new Error(`measure ${name} still running after ${timeoutMin} min: ended`));
      else if (code !== 0 || !line) reject(new Error(`measure ${name} failed (exit ${code})`));
      else resolve(JSON.parse(line));
    });
  });
}

const result: Record<string, Figures> = { machine: machine() };
const m = result.machine as Figures;
log(
  `Qabyldau bench (${m.mode}) — ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, load ${m.load_average_1m}; ${m.os}`,
);
log(
  `Node ${m.node}, SQLite ${m.sqlite}, better-sqlite3 ${m.better_sqlite3}, pdfkit ${m.pdfkit}, ${m.chromium ?? 'no chromium'}`,
);

// The run's working copies (data.ts, workingCopyOf): a region's 5 GB copied and migrated once a
// run, removed at its end, even when it is interrupted.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-bench-work-'));
process.env[BENCH_WORK_ENV] = work;
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

// The data first, once, in this process: the measures' children find it made.
const chosen = MEASURES.filter((measure) => !only || only.has(measure.name));
for (const scale of ['office', 'region'] as const) {
  if (!chosen.some((measure) => measure.needs(quick).includes(scale))) continue;
  const d = await benchData(scale, quick, log, given[scale]);
  result[`data_${scale}`] = {
    applicants: d.applicants,
    districts: d.districts,
    years: d.years,
    schema: d.schema,
    mb: round(fs.statSync(databaseFile(d.dataDir)).size / 1024 / 1024, 1),
    given: d.given ? d.dataDir : null,
    generate_ms: round(d.generatedMs, 0),
  };
}

for (const measure of chosen) {
  log(`bench: ${measure.name} — ${measure.what}`);
  try {
    const r = await runOne(measure.name);
    result[measure.name] = {
      ...r.figures,
      peak_rss_mb: round(r.peak_rss_mb, 1),
      run_s: round(r.ms / 1000, 1),
      load_average_1m_after: round(os.loadavg()[0] ?? 0, 2),
    };
  } catch (e) {
    result[measure.name] = {
      error: e instanceof Error ? e.message : String(e),
      load_average_1m_after: round(os.loadavg()[0] ?? 0, 2),
    };
  }
}

// A given folder's count of applicants is known once a measure has counted them in its copy.
for (const scale of ['office', 'region'] as const) {
  const data = result[`data_${scale}`];
  if (!data || data.applicants !== null) continue;
  const counted = chosen.find(
    (measure) => measure.needs(quick).includes(scale) && typeof result[measure.name]?.applicants === 'number',
  );
  if (counted) data.applicants = result[counted.name]?.applicants ?? null;
}

// The table: one line a figure.
const rows: [string, string][] = [];
for (const [group, figures] of Object.entries(result))
  for (const [key, value] of Object.entries(figures)) rows.push([`${group}.${key}`, String(value)]);
const width = Math.max(...rows.map(([k]) => k.length));
process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);

if (jsonFile) {
  const flat = Object.fromEntries(
    rows.map(([k]) => [k, k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], result)]),
  );
  fs.writeFileSync(jsonFile, `${JSON.stringify(flat, null, 2)}\n`);
  log(`bench: written ${jsonFile}`);
}

// The bench's databases: an office's five years and a region's 17 districts × 20 years (in
// --quick, ~10 000 applicants each), made once by the generator (electron/cli/generate.ts) and
// kept in the OS's temporary folder between runs, keyed by size and schema version — or a data
// folder made before (`--office-dir DIR`, `--region-dir DIR`: e.g. by `desk demo-data --scale
// region`, which takes an hour at full size), used as it is, at whatever schema it has. Each
// measure works on a copy: a given folder is never changed.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type GenerateSummary, generateHistory, SCALES, type Scale } from '../../electron/cli/generate.ts';
import { LATEST_SCHEMA } from '../../electron/db/open.ts';
import { databaseFile } from '../../electron/desk/data-dir.ts';
import { type Desk, openDesk } from '../../electron/desk/open-desk.ts';

export const BENCH_PASSWORD = 'bench-kilt-2026';
const CACHE = path.join(os.tmpdir(), 'qabyldau-bench');

export interface BenchData {
  scale: Scale;
  dataDir: string;
  /** Unknown (null) for a given folder until a measure counts them in its copy. */
  applicants: number | null;
  /** Unknown for a given folder. */
  districts: number | null;
  years: number | null;
  /** The file's schema version before any measure opened a copy of it. */
  schema: number;
  /** Given by --office-dir or --region-dir, not generated. */
  given: boolean;
  /** Milliseconds the generator took (0 when the cached copy was used). */
  generatedMs: number;
}

export function sizeOf(
  scale: Scale,
  quick: boolean,
): { districts: number; years: number; perOfficeYear: number } {
  if (!quick) return { ...SCALES[scale], perOfficeYear: 2_950 };
  return scale === 'office'
    ? { districts: 1, years: 5, perOfficeYear: 2_000 }
    : { districts: 17, years: 2, perOfficeYear: 300 };
}

async function call(desk: Desk, session: { userId: number | null }, channel: string, input: unknown) {
  const r = await desk.registry.dispatch(channel, input, desk.context('cli', session));
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as { id: number; login: string };
}

/** The office's people: an administrator, two clerks, the head. */
export async function hireOffice(desk: Desk): Promise<{ clerks: number[]; head: number }> {
  const session = { userId: null as number | null };
  const person = (login: string, fullName: string, role: string) => ({
    login,
    fullName,
    role,
    language: 'kk',
    password: BENCH_PASSWORD,
  });
  await call(desk, session, 'users.create', person('it', 'IT әкімші', 'admin'));
  await call(desk, session, 'session.signIn', { login: 'it' });
  const a = await call(
    desk,
    session,
    'users.create',
    person('aigerim', 'Айгерім Сапарқызы Нұрланова', 'clerk'),
  );
  const b = await call(desk, session, 'users.create', person('svetlana', 'Светлана Викторовна Ким', 'clerk'));
  const h = await call(desk, session, 'users.create', person('bolat', 'Болат Серікұлы Жақсылықов', 'head'));
  return { clerks: [a.id, b.id], head: h.id };
}

/** A database file's schema version (PRAGMA user_version) read from its header: opening a
 *  given file with SQLite, even read-only, would leave a -shm and a -wal beside it. */
function schemaVersionOf(file: string): number {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== 'SQLite format 3\0') throw new Error(`${file}: not a database.`);
  return header.readUInt32BE(60);
}

/** The data folders given on the bench's command line (`--office-dir`, `--region-dir`). */
export function givenDataDirs(argv: readonly string[]): Partial<Record<Scale, string>> {
  const out: Partial<Record<Scale, string>> = {};
  for (const scale of ['office', 'region'] as const) {
    const at = argv.indexOf(`--${scale}-dir`);
    const dir = at >= 0 ? argv[at + 1] : undefined;
    if (at >= 0 && !dir) throw new Error(`--${scale}-dir needs a data folder.`);
    if (dir) out[scale] = path.resolve(dir);
  }
  return out;
}

export async function benchData(
  scale: Scale,
  quick: boolean,
  log: (m: string) => void,
  given?: string,
): Promise<BenchData> {
  if (given) {
    const file = databaseFile(given);
    if (!fs.existsSync(file)) throw new Error(`${given}: no ${path.basename(file)} in it.`);
    return {
      scale,
      dataDir: given,
      applicants: null,
      districts: null,
      years: null,
      schema: schemaVersionOf(file),
      given: true,
      generatedMs: 0,
    };
  }
  const size = sizeOf(scale, quick);
  const applicants = size.districts * size.years * size.perOfficeYear;
  const dataDir = path.join(
    CACHE,
    `${scale}-${size.districts}x${size.years}x${size.perOfficeYear}-schema${LATEST_SCHEMA}`,
  );
  const base = {
    scale,
    dataDir,
    applicants,
    districts: size.districts,
    years: size.years,
    schema: LATEST_SCHEMA,
    given: false,
  };
  if (fs.existsSync(path.join(dataDir, 'done'))) return { ...base, generatedMs: 0 };
  fs.rmSync(dataDir, { recursive: true, force: true });
  log(`bench: generating the ${scale} file (${applicants} visits), once; kept in ${dataDir}`);
  const t = performance.now();
  const desk = openDesk(dataDir, () => {});
  let made: GenerateSummary;
  try {
    const staff = await hireOffice(desk);
    made = generateHistory(desk.db, {
      fromYear: 2026 - size.years,
      toYear: 2025,
      districts: size.districts,
      visitsPerOfficeYear: size.perOfficeYear,
      ...staff,
      timeZone: 'Asia/Almaty',
    });
  } finally {
    desk.close();
  }
  fs.writeFileSync(path.join(dataDir, 'done'), JSON.stringify(made));
  return { ...base, generatedMs: performance.now() - t };
}

/** The folder bench.ts keeps the run's working copies in (it removes it at the end). */
export const BENCH_WORK_ENV = 'QABYLDAU_BENCH_WORK';

/**
 * The run's one working copy of a scale's data, shared by the measures of a bench run one after
 * another: a region is 5 GB, and its copy's first open migrates it and takes the checked copy
 * before the migration — once a run, not once a measure. `fresh` makes it anew (the measure that
 * times the copy's first open). Outside a bench run (run-one.ts alone) it is a copy of the
 * measure's own, which `done` removes.
 */
export function workingCopyOf(data: BenchData, fresh: boolean): { dir: string; done(): void } {
  const work = process.env[BENCH_WORK_ENV];
  if (!work) {
    const dir = copyOf(data, data.scale);
    return { dir, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const dir = path.join(work, data.scale);
  if (fresh || !fs.existsSync(databaseFile(dir))) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    copyInto(data, dir);
  }
  return { dir, done: () => {} };
}

function copyInto(data: BenchData, dir: string): void {
  fs.copyFileSync(databaseFile(data.dataDir), databaseFile(dir));
  const wal = `${databaseFile(data.dataDir)}-wal`;
  if (data.given && fs.existsSync(wal)) fs.copyFileSync(wal, `${databaseFile(dir)}-wal`);
}

/** A fresh copy of a bench data folder (the database only: the bench prints into its copy).
 *  A given folder's `-wal`, if it has one (a program still had it open), comes along. */
export function copyOf(data: BenchData, label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `qabyldau-bench-${label}-`));
  copyInto(data, dir);
  return dir;
}

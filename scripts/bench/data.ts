// The bench's databases: an office's five years and a region's 17 districts × 20 years (in
// --quick, ~10 000 applicants each), made once by the generator (electron/cli/generate.ts) and
// kept in the OS's temporary folder between runs, keyed by size and schema version. Each measure
// works on a copy.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type GenerateSummary, generateHistory, SCALES, type Scale } from '../../electron/cli/generate.ts';
import { registerSize } from '../../electron/db/bench-probes.ts';
import { LATEST_SCHEMA, openDatabase } from '../../electron/db/open.ts';
import { databaseFile } from '../../electron/desk/data-dir.ts';
import { type Desk, openDesk } from '../../electron/desk/open-desk.ts';

export const BENCH_PASSWORD = 'bench-kilt-2026';
const CACHE = path.join(os.tmpdir(), 'qabyldau-bench');

export interface BenchData {
  scale: Scale;
  dataDir: string;
  applicants: number;
  districts: number;
  years: number;
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

/**
 * Data folders made before, to measure instead of generating (`--office-dir DIR`,
 * `--region-dir DIR`): e.g. a region made once by `desk demo-data --scale region` (it takes most
 * of an hour). The folder is opened once here — which migrates it, so give a copy — and each
 * measure works on a copy of it, as on the generated ones.
 */
export function givenDirs(argv: readonly string[]): Partial<Record<Scale, string>> {
  const given: Partial<Record<Scale, string>> = {};
  for (const scale of ['office', 'region'] as const) {
    const at = argv.indexOf(`--${scale}-dir`);
    const dir = at >= 0 ? argv[at + 1] : undefined;
    if (dir) given[scale] = path.resolve(dir);
  }
  return given;
}

function givenData(scale: Scale, dataDir: string): BenchData {
  const db = openDatabase(databaseFile(dataDir), { check: 'none' });
  try {
    const { applicants, years } = registerSize(db);
    return { scale, dataDir, applicants, districts: SCALES[scale].districts, years, generatedMs: 0 };
  } finally {
    db.close();
  }
}

export async function benchData(
  scale: Scale,
  quick: boolean,
  log: (m: string) => void,
  given: Partial<Record<Scale, string>> = {},
): Promise<BenchData> {
  const dir = given[scale];
  if (dir) return givenData(scale, dir);
  const size = sizeOf(scale, quick);
  const applicants = size.districts * size.years * size.perOfficeYear;
  const dataDir = path.join(
    CACHE,
    `${scale}-${size.districts}x${size.years}x${size.perOfficeYear}-schema${LATEST_SCHEMA}`,
  );
  const base = { scale, dataDir, applicants, districts: size.districts, years: size.years };
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

/** A fresh copy of a bench data folder (the database only: the bench prints into its copy). */
export function copyOf(data: BenchData, label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `qabyldau-bench-${label}-`));
  fs.copyFileSync(databaseFile(data.dataDir), databaseFile(dir));
  return dir;
}

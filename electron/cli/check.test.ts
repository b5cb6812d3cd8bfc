// Issue 12: a large file opened only through the command line still gets the day's full check —
// `desk check` runs it in the foreground and records it as the window's background check does,
// and every other command warns while the day is unchecked. Any file is "large" here: the size
// limit is lowered to 0 bytes, as in electron/desk/integrity.test.ts.

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFileDesk, plantIndexDamage, tempDir } from '../../tests/support/desk-files.ts';
import { ADULT, adultIntake } from '../../tests/support/people.ts';
import { databaseFile } from '../desk/data-dir.ts';
import { checkOnOpen, openDesk } from '../desk/open-desk.ts';
import { fixedClock } from '../kernel/context.ts';
import { checkNow, dayCheckWarning } from './check.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A data folder with one applicant, made on the 25th, opened next on the 26th. */
async function dataDirOn25th(clock: ReturnType<typeof fixedClock>): Promise<string> {
  const dataDir = path.join(tempDir(), 'data');
  dirs.push(path.dirname(dataDir));
  const d = await openFileDesk(dataDir, clock);
  await d.ok('intake.accept', adultIntake());
  d.desk.close();
  clock.set('2026-11-26T04:00:00.000Z');
  return dataDir;
}

const record = (dataDir: string) =>
  JSON.parse(fs.readFileSync(path.join(dataDir, 'integrity-checked.json'), 'utf8'));

describe('desk check: the day’s full check from the command line', () => {
  it('warns while the day of a large file is unchecked, then checks it, records the day and warns no more', async () => {
    const clock = fixedClock('2026-11-25T05:00:00.000Z');
    const dataDir = await dataDirOn25th(clock);
    // The command line's open runs no check of a large file (no worker in a short run)…
    const desk = openDesk(dataDir, () => {}, { clock, syncCheckLimit: 0, background: false });
    desk.close();
    const warning = dayCheckWarning(dataDir, clock.now(), null, 0);
    expect(warning).toContain(databaseFile(dataDir));
    expect(warning).toContain('npm run desk -- check');
    // …and says when the last check passed (the 25th's, before the open that ended its day).
    expect(warning).toContain('2026-11-25T05:00:00.000Z');

    const lines: string[] = [];
    const r = await checkNow(dataDir, { clock, progress: (l) => lines.push(l) });
    expect(r.code).toBe(0);
    expect(r.out).toMatchObject({ file: databaseFile(dataDir), integrity: 'ok', checkedDay: true });
    expect(lines[0]).toContain(databaseFile(dataDir));
    // Recorded as the daily check: the next open of the day checks nothing, the warning is gone.
    expect(record(dataDir)).toMatchObject({ day: '2026-11-26', at: '2026-11-26T04:00:00.000Z' });
    expect(checkOnOpen(dataDir, clock.now(), 0)).toBe('none');
    expect(dayCheckWarning(dataDir, clock.now(), null, 0)).toBeNull();

    // The next day's progress says how long the last check took.
    clock.set('2026-11-27T04:00:00.000Z');
    const next: string[] = [];
    await checkNow(dataDir, { clock, progress: (l) => next.push(l) });
    expect(next[0]).toMatch(/the last full check took [\d.]+ s/);
  });

  it('finds a damaged index, exits 1, and the record makes the next open refuse changes and every command warn', async () => {
    const clock = fixedClock('2026-11-25T05:00:00.000Z');
    const dataDir = await dataDirOn25th(clock);
    const wrong = `${ADULT.iin.slice(0, 11)}${(Number(ADULT.iin[11]) + 1) % 10}`;
    plantIndexDamage(databaseFile(dataDir), 'sqlite_autoindex_applicants_1', ADULT.iin, wrong);

    const r = await checkNow(dataDir, { clock, progress: () => {} });
    expect(r.code).toBe(1);
    expect(r.out.integrity).toContain('sqlite_autoindex_applicants_1');
    expect(r.out.checkedDay).toBe(false);
    expect(record(dataDir).day).toBeUndefined();
    expect(record(dataDir).damaged.report).toContain('sqlite_autoindex_applicants_1');

    const desk = openDesk(dataDir, () => {}, { clock, syncCheckLimit: 0, background: false });
    try {
      const damage = desk.integrity().damage;
      expect(damage).toContain('sqlite_autoindex_applicants_1');
      const warning = dayCheckWarning(dataDir, clock.now(), damage, 0);
      expect(warning).toContain('damaged');
      expect(warning).toContain('restore --from');
    } finally {
      desk.close();
    }
  });

  it('says nothing about a small file: its open runs the day’s check itself', async () => {
    const clock = fixedClock('2026-11-25T05:00:00.000Z');
    const dataDir = await dataDirOn25th(clock);
    expect(dayCheckWarning(dataDir, clock.now(), null)).toBeNull();
  });
});

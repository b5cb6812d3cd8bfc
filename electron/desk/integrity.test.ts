import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countRows, openFileDesk, plantIndexDamage, tempDir } from '../../tests/support/desk-files.ts';
import { ADULT, adultIntake } from '../../tests/support/people.ts';
import { DatabaseDamagedError } from '../db/file-errors.ts';
import { fixedClock } from '../kernel/context.ts';
import { backupDesk } from './backup.ts';
import { databaseFile } from './data-dir.ts';
import { checkOnOpen } from './open-desk.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A desk with one applicant, closed, then one digit of the IIN changed inside the unique index. */
async function deskWithDamagedIndex(clock: ReturnType<typeof fixedClock>) {
  const dataDir = path.join(tempDir(), 'data');
  dirs.push(path.dirname(dataDir));
  const d = await openFileDesk(dataDir, clock);
  await d.ok('intake.accept', adultIntake());
  d.desk.close();
  const wrong = `${ADULT.iin.slice(0, 11)}${(Number(ADULT.iin[11]) + 1) % 10}`;
  plantIndexDamage(databaseFile(dataDir), 'sqlite_autoindex_applicants_1', ADULT.iin, wrong);
  return dataDir;
}

describe('a damaged index', () => {
  it('passes the quick check, so the first open of each day runs the full one and refuses to start', async () => {
    const clock = fixedClock('2026-11-25T05:00:00.000Z');
    const dataDir = await deskWithDamagedIndex(clock);

    // Later the same day the open checks nothing (a quick check would let it through too), and the harm is real: the IIN is
    // "not found" although its row is there. This is why the full check cannot wait a week.
    const same = await openFileDesk(dataDir, clock);
    expect((await same.ok('people.lookup', { iin: ADULT.iin })).applicant).toBeNull();
    same.desk.close();
    expect(countRows(databaseFile(dataDir), 'applicants')).toBe(1);

    clock.set('2026-11-26T04:00:00.000Z');
    const open = openFileDesk(dataDir, clock);
    await expect(open).rejects.toThrow(DatabaseDamagedError);
    const message = await open.catch((e: Error) => e.message);
    expect(message).toContain(databaseFile(dataDir));
    expect(message).toContain('sqlite_autoindex_applicants_1');
    // What to do, in the three languages of the start-up message.
    expect(message).toContain('restore --from');
    expect(message).toMatch(/қалпына келтіріңіз/);
    expect(message).toMatch(/Восстановите/);
  });

  it('makes the backup name the LIVE file as damaged and leave no copy behind', async () => {
    const clock = fixedClock('2026-11-25T05:00:00.000Z');
    const dataDir = await deskWithDamagedIndex(clock);
    const d = await openFileDesk(dataDir, clock);
    const out = path.join(path.dirname(dataDir), 'usb', 'copy.sqlite');
    const failed = backupDesk(d.desk, out);
    await expect(failed).rejects.toThrow(DatabaseDamagedError);
    const error = (await failed.catch((e: unknown) => e)) as DatabaseDamagedError;
    expect(error.file).toBe(databaseFile(dataDir));
    expect(error.message).not.toContain('copy.sqlite');
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
    d.desk.close();
  });
});

// Issue 12: a check reads the whole file (2.2 s of every open at a million rows). The full one
// runs once a day, on the first open; the opens after it that day run none.
describe('when the open checks the file', () => {
  it('runs the full check on the first open of each day and none on the later opens of that day', async () => {
    const clock = fixedClock('2026-11-25T05:00:00.000Z');
    const dataDir = path.join(tempDir(), 'data');
    dirs.push(path.dirname(dataDir));
    expect(checkOnOpen(dataDir, clock.now())).toBe('full');
    (await openFileDesk(dataDir, clock)).desk.close();
    const checked = JSON.parse(fs.readFileSync(path.join(dataDir, 'integrity-checked.json'), 'utf8'));
    expect(checked.at).toBe('2026-11-25T05:00:00.000Z');

    clock.set('2026-11-25T11:30:00.000Z');
    expect(checkOnOpen(dataDir, clock.now())).toBe('none');
    (await openFileDesk(dataDir, clock)).desk.close();
    // The later open did not count as the day's check.
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'integrity-checked.json'), 'utf8')).at).toBe(
      '2026-11-25T05:00:00.000Z',
    );

    clock.set('2026-11-26T04:00:00.000Z');
    expect(checkOnOpen(dataDir, clock.now())).toBe('full');
  });

  it('runs the full check again when the record of the last one is lost', async () => {
    const clock = fixedClock('2026-11-25T05:00:00.000Z');
    const dataDir = path.join(tempDir(), 'data');
    dirs.push(path.dirname(dataDir));
    (await openFileDesk(dataDir, clock)).desk.close();
    fs.writeFileSync(path.join(dataDir, 'integrity-checked.json'), 'not json');
    expect(checkOnOpen(dataDir, clock.now())).toBe('full');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToKeep, type DatedBackup, isoWeekOf } from './backup-rotation.ts';
import { addDays } from './calendar.ts';

const at = (day: string, time = '10:00'): DatedBackup => ({
  name: `qabyldau-${day}-${time}.sqlite`,
  day,
  sortKey: `${day}T${time}`,
});

describe('the rotation of automatic backups', () => {
  it('numbers ISO weeks by the year of their Thursday', () => {
    expect(isoWeekOf('2026-11-25')).toBe('2026-W48');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('keeps the newest of each of 7 days, 4 weeks and 12 months, and no more', () => {
    // Two backups a day (start and quit) for 400 days.
    const all: DatedBackup[] = [];
    for (let i = 0; i < 400; i++) {
      const day = addDays('2025-11-01', i);
      all.push(at(day, '09:00'), at(day, '18:00'));
    }
    const keep = backupsToKeep(all);
    const last = addDays('2025-11-01', 399);
    for (let i = 0; i < 7; i++) expect(keep).toContain(at(addDays(last, -i), '18:00').name);
    expect(keep).not.toContain(at(last, '09:00').name);
    // 7 daily + at most 4 weekly + at most 12 monthly, some of them the same file.
    expect(keep.size).toBeLessThanOrEqual(7 + 4 + 12);
    expect(keep.size).toBeGreaterThanOrEqual(12);
    const months = new Set([...keep].map((n) => n.slice(9, 16)));
    expect(months.size).toBe(12);
  });

  it('never removes the newest copy, whatever the dates', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2024-01-01', n));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 60 }), (days) => {
        const list = days.map((d, i) => ({
          ...at(d),
          name: `${i}`,
          sortKey: `${d}-${String(i).padStart(3, '0')}`,
        }));
        const newest = [...list].sort((a, b) => b.sortKey.localeCompare(a.sortKey))[0] as DatedBackup;
        expect(backupsToKeep(list)).toContain(newest.name);
      }),
    );
  });
});

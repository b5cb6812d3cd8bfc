// Which automatic backups to keep (issue 9): the newest of each of the last 7 days, of each of
// the last 4 ISO weeks and of each of the last 12 months that have a backup. The newest copy is
// always kept, so the only good copy is never the one rotated away.

import type { LocalDate } from './calendar.ts';

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
export const KEEP_MONTHLY = 12;

export interface DatedBackup {
  name: string;
  /** The office's local day it was taken on. */
  day: LocalDate;
  /** Sorts as the moment it was taken (the name's timestamp). */
  sortKey: string;
}

/** ISO 8601 week of a date, as "2026-W48" (the week belongs to the year of its Thursday). */
export function isoWeekOf(day: LocalDate): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The names to keep; every other automatic backup may be removed. */
export function backupsToKeep(backups: readonly DatedBackup[]): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.sortKey.localeCompare(a.sortKey));
  const keep = new Set<string>();
  const newest = newestFirst[0];
  if (newest) keep.add(newest.name);
  const periods: [(b: DatedBackup) => string, number][] = [
    [(b) => b.day, KEEP_DAILY],
    [(b) => isoWeekOf(b.day), KEEP_WEEKLY],
    [(b) => b.day.slice(0, 7), KEEP_MONTHLY],
  ];
  for (const [periodOf, count] of periods) {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const p = periodOf(b);
      if (seen.has(p)) continue;
      if (seen.size === count) break;
      seen.add(p);
      keep.add(b.name);
    }
  }
  return keep;
}

// Kazakhstan's working calendar as plain data, so that every date rule is a pure function.
// The main process builds an OfficeCalendar from the holiday library plus the office's own
// corrections (government decrees moving days off) and hands it to these functions.

/** Local calendar date, YYYY-MM-DD. */
export type LocalDate = string;

export interface OfficeCalendar {
  /** Public holidays and days off (including weekend holidays moved to a weekday). */
  daysOff: ReadonlySet<LocalDate>;
  /** Saturdays or Sundays made working days by decree (a transfer of a day off). */
  workingWeekendDays: ReadonlySet<LocalDate>;
  /** ISO weekday numbers (1 = Monday … 7 = Sunday) the office works on ordinarily (§10). */
  workingWeekdays: readonly number[];
}

export function isoWeekday(date: LocalDate): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function isWorkingDay(date: LocalDate, cal: OfficeCalendar): boolean {
  if (cal.workingWeekendDays.has(date)) return true;
  if (cal.daysOff.has(date)) return false;
  return cal.workingWeekdays.includes(isoWeekday(date));
}

export function nextWorkingDayOnOrAfter(date: LocalDate, cal: OfficeCalendar): LocalDate {
  let d = date;
  // A year has no run of more than a few consecutive days off; the bound only guards bad data.
  for (let i = 0; i < 366; i++) {
    if (isWorkingDay(d, cal)) return d;
    d = addDays(d, 1);
  }
  throw new Error(`No working day within a year after ${date}: check the calendar corrections`);
}

export function addWorkingDays(date: LocalDate, n: number, cal: OfficeCalendar): LocalDate {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/** Working days strictly after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: LocalDate, to: LocalDate, cal: OfficeCalendar): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, cal)) n++;
  return n;
}

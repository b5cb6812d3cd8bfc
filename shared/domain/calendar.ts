// Kazakhstan's working calendar as plain data, so that every date rule is a pure function.
// The main process builds an OfficeCalendar from the holiday library plus the office's own
// corrections (government decrees moving days off) and hands it to these functions.

/** Local calendar date, YYYY-MM-DD. */
export type LocalDate = string;

/**
 * The years the office's dates may fall in (acceptance, receipt, orders, reports, calendar
 * corrections): the state service exists since long after 2000, and nothing is planned past 2100.
 * The contract refuses other dates (shared/contract/common.ts officeDate), so 0001-01-01 or
 * 9999-12-31 is a typo with a message, never a frozen desk.
 */
export const OFFICE_YEARS = { first: 2000, last: 2100 } as const;

/**
 * No loop over days runs further than this: a year with no working day at all is a broken
 * calendar (a correction typed by mistake), not a reason to spin; a term is at most weeks long.
 */
export const MAX_DAYS_SCANNED = 366;
/** The longest span a count of working days walks: the office's years and a little more. */
const MAX_SPAN_DAYS = (OFFICE_YEARS.last - OFFICE_YEARS.first + 2) * 366;

/** A clear error instead of a loop that never ends (issue 9). */
export class CalendarRangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarRangeError';
  }
}

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
  const year = d.getUTCFullYear();
  // Past year 9999 toISOString writes "+010000-…" and the next step parses it as nothing.
  if (Number.isNaN(year) || year < 1 || year > 9999) {
    throw new CalendarRangeError(`${date} + ${days} days is outside the calendar`);
  }
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
  for (let i = 0; i < MAX_DAYS_SCANNED; i++) {
    if (isWorkingDay(d, cal)) return d;
    d = addDays(d, 1);
  }
  throw new CalendarRangeError(`No working day within a year after ${date}: check the calendar corrections`);
}

export function addWorkingDays(date: LocalDate, n: number, cal: OfficeCalendar): LocalDate {
  let d = date;
  let left = n;
  // Each working day counted must come within a year of the one before.
  let sinceLast = 0;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) {
      left--;
      sinceLast = 0;
    } else if (++sinceLast >= MAX_DAYS_SCANNED) {
      throw new CalendarRangeError(
        `No working day within a year after ${date}: check the calendar corrections`,
      );
    }
  }
  return d;
}

/** Working days strictly after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: LocalDate, to: LocalDate, cal: OfficeCalendar): number {
  if (daysBetween(from, to) > MAX_SPAN_DAYS) {
    throw new CalendarRangeError(`${from}…${to} is longer than the office's years`);
  }
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, cal)) n++;
  return n;
}

// §7.1: the service is done within a term counted from the day the documents are accepted.
// Reading (STANDARD.md §7): calendar days by default; the count starts the day after
// acceptance, and a term whose last day is a day off or a holiday ends on the next working
// day (the general civil-law rule on terms). Unit and length come from the definition.

import type { TermUnit } from '../standard/service-definition.ts';
import {
  addDays,
  addWorkingDays,
  daysBetween,
  type LocalDate,
  nextWorkingDayOnOrAfter,
  type OfficeCalendar,
} from './calendar.ts';

export interface Term {
  length: number;
  unit: TermUnit;
}

export function termEndDate(accepted: LocalDate, term: Term, cal: OfficeCalendar): LocalDate {
  if (term.unit === 'working') return addWorkingDays(accepted, term.length, cal);
  return nextWorkingDayOnOrAfter(addDays(accepted, term.length), cal);
}

export type TermState = 'overdue' | 'today' | 'tomorrow' | 'this_week' | 'later';

/** Calendar days left until the term date, as the clerk counts them: 0 on the last day. */
export function daysLeft(today: LocalDate, termEnd: LocalDate): number {
  return daysBetween(today, termEnd);
}

export function termState(today: LocalDate, termEnd: LocalDate): TermState {
  const left = daysLeft(today, termEnd);
  if (left < 0) return 'overdue';
  if (left === 0) return 'today';
  if (left === 1) return 'tomorrow';
  if (left <= 7) return 'this_week';
  return 'later';
}

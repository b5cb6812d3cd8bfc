// The queue's day (STANDARD.md §10): reception Monday–Friday 09:00–18:00 local time with lunch
// 13:00–14:00, on the office's working days. Pure functions over instants and the hours of the
// service definition in force; the office calendar says whether a date is a working day.
//
// How the product reads "the queue is paused at lunch": tickets are still issued at lunch (the
// waiting room stays open and order of arrival is kept), nobody is called, and the lunch hour
// is not counted as waiting — a wait is measured in reception time only. The raw instants are
// stored as well, so the real time can always be shown beside it.

import { TZDate } from '@date-fns/tz';
import type { ServiceDefinition } from '../standard/service-definition.ts';
import { isWorkingDay, type LocalDate, type OfficeCalendar } from './calendar.ts';

export type WorkingHours = ServiceDefinition['workingHours'];

export type QueuePhase = 'day_off' | 'before_open' | 'open' | 'lunch' | 'after_close';

/** One local day of reception as instants. */
export interface ReceptionDay {
  date: LocalDate;
  /** False on weekends and days off of the office calendar: no reception at all. */
  working: boolean;
  open: Date;
  lunchFrom: Date;
  lunchTo: Date;
  close: Date;
}

/** The instant at which the office's clock shows `hhmm` on `date`. */
export function officeInstant(date: LocalDate, hhmm: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = hhmm.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, min, 0, timeZone).getTime());
}

export function receptionDay(
  date: LocalDate,
  hours: WorkingHours,
  timeZone: string,
  working: boolean,
): ReceptionDay {
  return {
    date,
    working,
    open: officeInstant(date, hours.open, timeZone),
    lunchFrom: officeInstant(date, hours.lunchFrom, timeZone),
    lunchTo: officeInstant(date, hours.lunchTo, timeZone),
    close: officeInstant(date, hours.close, timeZone),
  };
}

export function queuePhase(now: Date, day: ReceptionDay): QueuePhase {
  if (!day.working) return 'day_off';
  if (now < day.open) return 'before_open';
  if (now < day.lunchFrom) return 'open';
  if (now < day.lunchTo) return 'lunch';
  if (now < day.close) return 'open';
  return 'after_close';
}

/**
 * §10, the one rule of the office's hours — used by the queue (tickets, calling), intake.accept
 * and complaints.register: where `now` falls in the reception day of `date` (the office's local
 * date of `now`), with the hours of the service definition in force and the office calendar
 * deciding whether the date is a working day at all.
 */
export function receptionAt(
  now: Date,
  date: LocalDate,
  hours: WorkingHours,
  timeZone: string,
  calendar: OfficeCalendar,
): { day: ReceptionDay; phase: QueuePhase } {
  const day = receptionDay(date, hours, timeZone, isWorkingDay(date, calendar));
  return { day, phase: queuePhase(now, day) };
}

/**
 * §10: the desk takes a package or registers a complaint on a working day between opening and
 * closing. The lunch hour counts as within the hours: the visitor whose service began at 12:50
 * is not sent away at 13:00, and the queue gives tickets at lunch too.
 */
export function outsideHours(phase: QueuePhase): phase is 'day_off' | 'before_open' | 'after_close' {
  return phase === 'day_off' || phase === 'before_open' || phase === 'after_close';
}

/**
 * Seconds of reception time between two instants of one day: the overlap with 09:00–13:00 and
 * 14:00–18:00. A wait that runs past closing counts up to closing (what is left is closed with
 * its reason, see electron/queue/day.ts).
 */
export function receptionSeconds(from: Date, to: Date, day: ReceptionDay): number {
  const a = from.getTime();
  const b = to.getTime();
  const overlap = (start: Date, end: Date) =>
    Math.max(0, Math.min(b, end.getTime()) - Math.max(a, start.getTime()));
  return Math.round((overlap(day.open, day.lunchFrom) + overlap(day.lunchTo, day.close)) / 1000);
}

/**
 * The instant reached after `seconds` of reception time from `from`, skipping lunch; past
 * closing it keeps counting (the caller says "may not be reached today").
 */
export function addReceptionSeconds(from: Date, seconds: number, day: ReceptionDay): Date {
  let t = Math.max(from.getTime(), day.open.getTime());
  if (t >= day.lunchFrom.getTime() && t < day.lunchTo.getTime()) t = day.lunchTo.getTime();
  let left = seconds * 1000;
  if (t < day.lunchFrom.getTime()) {
    const before = day.lunchFrom.getTime() - t;
    if (left <= before) return new Date(t + left);
    left -= before;
    t = day.lunchTo.getTime();
  }
  return new Date(t + left);
}

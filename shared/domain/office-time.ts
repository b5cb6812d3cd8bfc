// Dates and times as the office sees them. Every rule reads the local day of the office's
// zone (STANDARD.md §10: "local time"), never the machine's or UTC.

import { TZDate } from '@date-fns/tz';
// The one function, not the package's index: the index loads every date-fns module, which took
// ~4 s of each start of the desk (and of every command-line call) on a loaded two-core machine.
import { format } from 'date-fns/format';
import type { LocalDate } from './calendar.ts';

export { DEFAULT_TIME_ZONE } from './time-zone.ts';

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return format(new TZDate(instant, timeZone), 'yyyy-MM-dd');
}

export function localTimeOf(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), 'HH:mm');
}

/** 25.11.2026 — how dates are written on Kazakh and Russian forms. */
export function formatLocalDate(date: LocalDate): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

export function formatLocalDateTime(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), 'dd.MM.yyyy HH:mm');
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

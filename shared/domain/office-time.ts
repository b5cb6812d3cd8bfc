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

/** The other way: 25.11.2026 (or 5.1.2026) as typed on a form, or null when it is no date. */
export function parseLocalDate(text: string): LocalDate | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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

// Dates and times as the office sees them. Every rule reads the local day of the office's
// zone (STANDARD.md §10: "local time"), never the machine's or UTC.

// The wall clock of a zone through Intl, not date-fns: even `date-fns/format` loads 37 modules,
// each resolved against the package's 200 KB package.json — a quarter of a second of every
// command-line call on a loaded two-core machine (issue 12, "Start fast").
import type { LocalDate } from './calendar.ts';

export { DEFAULT_TIME_ZONE } from './time-zone.ts';

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The year, month, day, hour, minute and second of `instant` on the clocks of `timeZone`, zero-padded. */
export function wallClockOf(
  instant: Date,
  timeZone: string,
): Record<'y' | 'mo' | 'd' | 'h' | 'mi' | 's', string> {
  let f = wallClocks.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    wallClocks.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(instant)) p[part.type] = part.value;
  return {
    y: String(p.year).padStart(4, '0'),
    mo: p.month as string,
    d: p.day as string,
    h: p.hour as string,
    mi: p.minute as string,
    s: p.second as string,
  };
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const c = wallClockOf(instant, timeZone);
  return `${c.y}-${c.mo}-${c.d}`;
}

export function localTimeOf(instant: Date, timeZone: string): string {
  const c = wallClockOf(instant, timeZone);
  return `${c.h}:${c.mi}`;
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
  const c = wallClockOf(instant, timeZone);
  return `${c.d}.${c.mo}.${c.y} ${c.h}:${c.mi}`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

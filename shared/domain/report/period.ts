// The report's periods (§19, issue 10): a month by default, a quarter, a year, or any range of
// days. A period is two local dates, both included; it may cross month and year ends.

import type { LocalDate } from '../calendar.ts';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

export interface ReportPeriod {
  from: LocalDate;
  to: LocalDate;
  kind: PeriodKind;
  /** '2026-11', '2026-Q4', '2026', or '2026-12-01..2027-02-28'. */
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The month of a local date: what the report opens on. */
export function monthPeriod(date: LocalDate): ReportPeriod {
  return periodOf(date.slice(0, 7)) as ReportPeriod;
}

/** A period named as on the command line ('2026-11', '2026-Q4', '2026'), or null. */
export function periodOf(name: string): ReportPeriod | null {
  let m = /^(\d{4})-(\d{2})$/.exec(name);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return {
      from: `${y}-${pad(mo)}-01`,
      to: `${y}-${pad(mo)}-${lastDayOf(y, mo)}`,
      kind: 'month',
      label: name,
    };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(name);
  if (m) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    const last = q * 3;
    return {
      from: `${y}-${pad(last - 2)}-01`,
      to: `${y}-${pad(last)}-${lastDayOf(y, last)}`,
      kind: 'quarter',
      label: name,
    };
  }
  m = /^(\d{4})$/.exec(name);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, kind: 'year', label: name };
  return null;
}

/** Any range of days; a range that is exactly a month, quarter or year is named as one. */
export function rangePeriod(from: LocalDate, to: LocalDate): ReportPeriod {
  const y = from.slice(0, 4);
  const candidates = [from.slice(0, 7), `${y}-Q${Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1}`, y];
  for (const c of candidates) {
    const p = periodOf(c);
    if (p && p.from === from && p.to === to) return p;
  }
  return { from, to, kind: 'range', label: `${from}..${to}` };
}

/** The calendar years a period touches: §20's targets are set per year. */
export function yearsOf(p: Pick<ReportPeriod, 'from' | 'to'>): number[] {
  const years: number[] = [];
  for (let y = Number(p.from.slice(0, 4)); y <= Number(p.to.slice(0, 4)); y++) years.push(y);
  return years;
}

export const within = (date: LocalDate | null, p: Pick<ReportPeriod, 'from' | 'to'>): date is LocalDate =>
  date !== null && date >= p.from && date <= p.to;

/** The `count` months up to and including the month `last` ('2026-11'), oldest first. */
export function monthsUpTo(last: string, count: number): string[] {
  const [y, m] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  });
}

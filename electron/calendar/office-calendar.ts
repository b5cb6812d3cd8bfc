// Kazakhstan's calendar for the office: the maintained holiday library (date-holidays, KZ) as
// the default, and the office's own corrections on top — government decrees move days off
// every year, and the library's guesses (Kurban Ait, some substitutes) can be wrong.

import type Holidays from 'date-holidays';
import type { LocalDate, OfficeCalendar } from '../../shared/domain/calendar.ts';
import type { Lang } from '../../shared/standard/service-definition.ts';
import { definitionFor } from '../../shared/standard/service-definition.ts';
import { activeCorrections } from '../db/calendar.ts';
import type { Db } from '../db/open.ts';
import { lazyModule } from '../kernel/lazy-module.ts';

/** The holiday data (astronomia, moment-timezone…), loaded by the first term counted. */
const holidays = lazyModule<typeof Holidays>('date-holidays');

export interface LibraryHoliday {
  date: LocalDate;
  name: string;
}

const cache = new Map<string, LibraryHoliday[]>();

const SUBSTITUTE: Record<Lang, string> = { kk: '(ауыстырылған демалыс күні)', ru: '(перенесённый выходной)' };

/** Public holidays and substitute days off of a year, as the library knows them. */
export function libraryHolidays(year: number, lang: Lang = 'kk'): LibraryHoliday[] {
  const key = `${year}:${lang}`;
  let list = cache.get(key);
  if (!list) {
    const hd = new (holidays())('KZ', { languages: [lang], types: ['public'] });
    const seen = new Set<string>();
    list = [];
    for (const h of hd.getHolidays(year)) {
      const date = h.date.slice(0, 10);
      if (seen.has(date)) continue;
      seen.add(date);
      // The library marks a weekend holiday's day off moved to a weekday in English.
      const name = h.substitute
        ? `${h.name.replace(/\s*\(substitute day\)$/, '')} ${SUBSTITUTE[lang]}`
        : h.name;
      list.push({ date, name });
    }
    cache.set(key, list);
  }
  return list;
}

/** The calendar covering the given years (a term that starts in December ends in January). */
export function officeCalendar(
  db: Db,
  years: readonly number[],
  workingWeekdays: readonly number[],
): OfficeCalendar {
  const daysOff = new Set<LocalDate>();
  const workingWeekendDays = new Set<LocalDate>();
  for (const y of years) for (const h of libraryHolidays(y)) daysOff.add(h.date);
  const from = `${Math.min(...years)}-01-01`;
  const to = `${Math.max(...years)}-12-31`;
  for (const c of activeCorrections(db, from, to)) {
    if (c.kind === 'day_off') daysOff.add(c.date);
    else {
      workingWeekendDays.add(c.date);
      daysOff.delete(c.date);
    }
  }
  return { daysOff, workingWeekendDays, workingWeekdays };
}

/** The calendar around a date: its year and the next, enough for any §7.1 term. */
export function calendarAround(db: Db, date: LocalDate): OfficeCalendar {
  const y = Number(date.slice(0, 4));
  // §10: the working week of the edition in force on that date.
  return officeCalendar(db, [y, y + 1], definitionFor(date).workingHours.days);
}

// Kazakhstan's calendar for the office: the maintained holiday library (date-holidays, KZ) for
// the holidays themselves, the law's rule for the days off they move, and the office's own
// corrections on top — government decrees transfer days off every year, and the library's
// Kurban Ait is an estimate.
//
// The rule (FACTS.md; Law "On holidays in the Republic of Kazakhstan" No. 267-II Art. 5, which
// the Labour Code's Art. 85 on holidays follows, and which the office calls "Art. 85"): when a
// national or state holiday falls on a day off, the day off moves to the next working day
// after it. The religious days off — the first day of Kurban Ait and Orthodox Christmas
// (Labour Code Art. 84 p. 5) — are days off but are NOT moved. The library's own substitute
// days are ignored: it lands Nauryz 2021/2027's moved day on the 23rd, already a holiday, and
// 7 May 2022's on the 9th (FACTS.md), so the office lost a day off.

import type Holidays from 'date-holidays';
import {
  addDays,
  CalendarRangeError,
  isoWeekday,
  type LocalDate,
  MAX_DAYS_SCANNED,
  type OfficeCalendar,
} from '../../shared/domain/calendar.ts';
import type { Lang } from '../../shared/standard/service-definition.ts';
import { definitionFor } from '../../shared/standard/service-definition.ts';
import { activeCorrections } from '../db/calendar.ts';
import type { Db } from '../db/open.ts';
import { lazyModule } from '../kernel/lazy-module.ts';

/** The holiday data (astronomia, moment-timezone…), loaded by the first term counted. */
const holidays = lazyModule<typeof Holidays>('date-holidays');

export type HolidayName = Record<Lang, string>;

export interface BaseHoliday {
  date: LocalDate;
  name: HolidayName;
  /** False for a religious day off, which is not moved when it falls on a weekend. */
  moves: boolean;
  /** The library's estimate of a lunar date: the official one is announced every year. */
  estimated: boolean;
}

export interface MovedDayOff {
  date: LocalDate;
  /** The holiday that fell on a day off. */
  from: LocalDate;
  name: HolidayName;
}

/**
 * Every holiday the library knows for Kazakhstan, by its English name: whether the rule moves
 * it, and the names where the library has none or a wrong one in a language (it gives the
 * Russian "Рождество Христово" as the Kazakh name). A holiday missing here is a test failure
 * (office-calendar.test.ts), so a new one in the library gets a decision, not a guess.
 */
export const KZ_HOLIDAYS: Record<string, { moves: boolean; estimated?: true; name?: Partial<HolidayName> }> =
  {
    "New Year's Day": { moves: true },
    'Orthodox Christmas': {
      moves: false,
      name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество' },
    },
    "International Women's Day": { moves: true },
    'Constitution Day': { moves: true },
    Nauryz: { moves: true },
    "People's Unity Day": { moves: true },
    'Defender of the Fatherland Day': { moves: true },
    'Victory Day': { moves: true },
    'Capital City Day': { moves: true },
    'Republic Day': { moves: true },
    "First President's Day": { moves: true },
    'Independence Day': { moves: true },
    // 10 Dhu al-Hijjah by the library's reckoning; the Muslims' Board announces the day (FACTS.md).
    'Eid al-Adha': { moves: false, estimated: true },
  };

function libraryList(year: number, lang: Lang | 'en') {
  const hd = new (holidays())('KZ', { languages: [lang], types: ['public'] });
  // The library's substitute days are its guesses at the rule: the rule is computed here.
  return hd.getHolidays(year).filter((h) => !h.substitute);
}

const cache = new Map<number, BaseHoliday[]>();

/** The public holidays and religious days off of a year, with their names in both languages. */
export function baseHolidays(year: number): BaseHoliday[] {
  let list = cache.get(year);
  if (!list) {
    const en = libraryList(year, 'en');
    const kk = libraryList(year, 'kk');
    const ru = libraryList(year, 'ru');
    list = en.map((h, i) => {
      const known = KZ_HOLIDAYS[h.name];
      return {
        date: h.date.slice(0, 10),
        name: {
          kk: known?.name?.kk ?? kk[i]?.name ?? h.name,
          ru: known?.name?.ru ?? ru[i]?.name ?? h.name,
        },
        // A state holiday unless listed otherwise: the law moves every national and state one.
        moves: known?.moves ?? true,
        estimated: known?.estimated ?? false,
      };
    });
    cache.set(year, list);
  }
  return list;
}

/**
 * The days off the rule moves in a year: each holiday on a weekend day (a day off of the
 * office's working week, §10) moves to the next day that is neither a weekend day, nor a
 * holiday, nor a day off already moved — in date order, so two holidays on one weekend take
 * Monday and Tuesday.
 */
export function movedDaysOff(year: number, workingWeekdays: readonly number[]): MovedDayOff[] {
  const holidays = baseHolidays(year);
  // A move late in December may cross into January, past the next year's first holidays.
  const taken = new Set([...holidays, ...baseHolidays(year + 1)].map((h) => h.date));
  const weekend = (d: LocalDate) => !workingWeekdays.includes(isoWeekday(d));
  const moves: MovedDayOff[] = [];
  const sorted = [...holidays].sort((a, b) => a.date.localeCompare(b.date));
  for (const h of sorted) {
    if (!h.moves || !weekend(h.date)) continue;
    let d = addDays(h.date, 1);
    // A week holds at most two weekend days and Nauryz three holidays: a few steps at most;
    // the bound only guards a working week with no working day.
    for (let i = 0; weekend(d) || taken.has(d); i++) {
      if (i >= MAX_DAYS_SCANNED) throw new CalendarRangeError(`No working day after ${h.date}`);
      d = addDays(d, 1);
    }
    taken.add(d);
    moves.push({ date: d, from: h.date, name: h.name });
  }
  return moves;
}

/** The office's working week on a year's days (§10, the edition in force then). */
export function workingWeekdaysOf(year: number): readonly number[] {
  return definitionFor(`${year}-07-01`).workingHours.days;
}

/**
 * The days off the law gives the years — the holidays and the days they move to — which depend
 * on nothing the office can change: worked out once per process for each set of years and working
 * week (issue 12: every acceptance asked twice, for its office hours and its term).
 */
const ruleCache = new Map<string, ReadonlySet<LocalDate>>();
function ruleDaysOff(years: readonly number[], workingWeekdays: readonly number[]): ReadonlySet<LocalDate> {
  const key = `${years.join(',')}|${workingWeekdays.join(',')}`;
  let days = ruleCache.get(key);
  if (!days) {
    const set = new Set<LocalDate>();
    for (const y of years) {
      for (const h of baseHolidays(y)) set.add(h.date);
      for (const m of movedDaysOff(y, workingWeekdays)) set.add(m.date);
    }
    days = set;
    ruleCache.set(key, days);
  }
  return days;
}

/** The calendar covering the given years (a term that starts in December ends in January). */
export function officeCalendar(
  db: Db,
  years: readonly number[],
  workingWeekdays: readonly number[],
): OfficeCalendar {
  const daysOff = new Set(ruleDaysOff(years, workingWeekdays));
  const workingWeekendDays = new Set<LocalDate>();
  const from = `${Math.min(...years)}-01-01`;
  const to = `${Math.max(...years)}-12-31`;
  // The government's transfers and the office's own corrections win over the rule.
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

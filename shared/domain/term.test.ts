import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, type OfficeCalendar } from './calendar.ts';
import { daysLeft, termEndDate, termState } from './term.ts';

// Kazakhstan 2026 as the office keeps it: the library's holidays and substitutes, with the
// Nauryz substitutes corrected to 24–25 March (FACTS.md).
const cal2026: OfficeCalendar = {
  daysOff: new Set([
    '2026-01-01',
    '2026-01-02',
    '2026-01-07',
    '2026-03-08',
    '2026-03-09',
    '2026-03-15',
    '2026-03-16',
    '2026-03-21',
    '2026-03-22',
    '2026-03-23',
    '2026-03-24',
    '2026-03-25',
    '2026-05-01',
    '2026-05-07',
    '2026-05-09',
    '2026-05-11',
    '2026-07-06',
    '2026-10-25',
    '2026-10-26',
    '2026-12-16',
  ]),
  workingWeekendDays: new Set(),
  workingWeekdays: [1, 2, 3, 4, 5],
};
const TEN_CALENDAR = { length: 10, unit: 'calendar' as const };

describe('§7.1 term: 10 calendar days, moved off days off', () => {
  it('ends on the tenth day when that is a working day', () => {
    // Mon 16.11.2026 + 10 = Thu 26.11.2026
    expect(termEndDate('2026-11-16', TEN_CALENDAR, cal2026)).toBe('2026-11-26');
  });

  it('moves a term ending on Saturday to Monday', () => {
    expect(termEndDate('2026-11-25', TEN_CALENDAR, cal2026)).toBe('2026-12-07');
  });

  it('moves a term ending on Sunday to Monday', () => {
    expect(termEndDate('2026-11-26', TEN_CALENDAR, cal2026)).toBe('2026-12-07');
  });

  it('carries a term over the March holidays to the first working day after Nauryz', () => {
    // 11.03 + 10 = Sat 21.03; 21–25.03 are days off (Nauryz with its substitutes) → Thu 26.03.
    expect(termEndDate('2026-03-11', TEN_CALENDAR, cal2026)).toBe('2026-03-26');
    // 13.03 + 10 = Mon 23.03, Nauryz itself.
    expect(termEndDate('2026-03-13', TEN_CALENDAR, cal2026)).toBe('2026-03-26');
  });

  it('moves a term ending on Independence Day (16.12) to the next day', () => {
    expect(termEndDate('2026-12-06', TEN_CALENDAR, cal2026)).toBe('2026-12-17');
  });

  it('respects a weekend day made a working day by decree', () => {
    const moved: OfficeCalendar = { ...cal2026, workingWeekendDays: new Set(['2026-12-05']) };
    expect(isWorkingDay('2026-12-05', moved)).toBe(true);
    expect(termEndDate('2026-11-25', TEN_CALENDAR, moved)).toBe('2026-12-05');
  });

  it('counts working days when the definition says so', () => {
    // Thu 05.03 + 10 working days: 06, 10–13, 17–20 are nine; 23–25 are Nauryz → Thu 26.03.
    expect(termEndDate('2026-03-05', { length: 10, unit: 'working' }, cal2026)).toBe('2026-03-26');
    expect(addWorkingDays('2026-03-20', 1, cal2026)).toBe('2026-03-26');
  });
});

describe('days left to the term', () => {
  it('reads overdue, today, tomorrow, this week and later', () => {
    expect(daysLeft('2026-12-08', '2026-12-07')).toBe(-1);
    expect(termState('2026-12-08', '2026-12-07')).toBe('overdue');
    expect(termState('2026-12-07', '2026-12-07')).toBe('today');
    expect(termState('2026-12-06', '2026-12-07')).toBe('tomorrow');
    expect(termState('2026-12-01', '2026-12-07')).toBe('this_week');
    expect(termState('2026-11-25', '2026-12-07')).toBe('later');
  });
});

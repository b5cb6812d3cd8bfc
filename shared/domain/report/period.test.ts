import { describe, expect, it } from 'vitest';
import { monthPeriod, monthsUpTo, periodOf, rangePeriod, yearsOf } from './period.ts';

describe('report periods', () => {
  it('names a month, a quarter and a year with their first and last days (February of a leap year too)', () => {
    expect(periodOf('2026-11')).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      kind: 'month',
      label: '2026-11',
    });
    expect(periodOf('2028-02')?.to).toBe('2028-02-29');
    expect(periodOf('2026-Q1')).toMatchObject({ from: '2026-01-01', to: '2026-03-31', kind: 'quarter' });
    expect(periodOf('2026-Q4')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodOf('2027')).toMatchObject({ from: '2027-01-01', to: '2027-12-31', kind: 'year' });
  });

  it('refuses a month 13, a fifth quarter and free text', () => {
    expect([periodOf('2026-13'), periodOf('2026-Q5'), periodOf('November')]).toEqual([null, null, null]);
  });

  it('names a range that is exactly a month, quarter or year as one, and any other as a range', () => {
    expect(rangePeriod('2026-11-01', '2026-11-30').kind).toBe('month');
    expect(rangePeriod('2026-10-01', '2026-12-31').kind).toBe('quarter');
    expect(rangePeriod('2026-01-01', '2026-12-31').kind).toBe('year');
    expect(rangePeriod('2026-12-01', '2027-02-28')).toEqual({
      from: '2026-12-01',
      to: '2027-02-28',
      kind: 'range',
      label: '2026-12-01..2027-02-28',
    });
  });

  it('opens on the month of today and lists the years a period touches', () => {
    expect(monthPeriod('2026-12-15').label).toBe('2026-12');
    expect(yearsOf({ from: '2026-12-01', to: '2027-02-28' })).toEqual([2026, 2027]);
  });

  it('counts twelve months back across a year end', () => {
    expect(monthsUpTo('2027-02', 4)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});

// Indicators 4.1 and 4.2 on a scripted November 2026 whose answers are counted by hand.

import { describe, expect, it } from 'vitest';
import { type ComplaintFacts, indicator41, indicator42, ratio } from './complaint-indicators.ts';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

const c = (over: Partial<ComplaintFacts>): ComplaintFacts => ({
  termEnd: '2026-11-20',
  cancelled: false,
  justified: null,
  satisfied: null,
  answerDate: null,
  ...over,
});

// The month's journal:
const MONTH: ComplaintFacts[] = [
  // 1. justified, satisfied, answered in time → counts in 4.1 and in 4.2's numerator
  c({ justified: true, satisfied: true, answerDate: '2026-11-10', termEnd: '2026-11-20' }),
  // 2. justified, satisfied, answered ON the last day → in time
  c({ justified: true, satisfied: true, answerDate: '2026-11-20', termEnd: '2026-11-20' }),
  // 3. justified, satisfied, but answered a day late → 4.1 yes, 4.2 numerator no
  c({ justified: true, satisfied: true, answerDate: '2026-11-24', termEnd: '2026-11-23' }),
  // 4. justified, not satisfied, in time → 4.1 yes, 4.2 numerator no
  c({ justified: true, satisfied: false, answerDate: '2026-11-12', termEnd: '2026-11-30' }),
  // 5. unjustified → counts nowhere
  c({ justified: false, answerDate: '2026-11-05' }),
  // 6. still under review at the end of the month → counts nowhere (yet)
  c({ termEnd: '2026-12-10' }),
  // 7. justified and satisfied, but answered in October → another month
  c({ justified: true, satisfied: true, answerDate: '2026-10-30', termEnd: '2026-11-02' }),
  // 8. justified and satisfied in December → another month
  c({ justified: true, satisfied: true, answerDate: '2026-12-01', termEnd: '2026-12-05' }),
  // 9. registered by mistake and cancelled → never counts
  c({ cancelled: true, justified: true, satisfied: true, answerDate: '2026-11-15', termEnd: '2026-11-30' }),
];

describe('indicator 4.1: justified complaints / consumers served, %', () => {
  it('counts the four justified complaints answered in November against 250 applications: 1.6 %', () => {
    expect(indicator41(MONTH, 250, NOVEMBER)).toEqual({ numerator: 4, denominator: 250, percent: 1.6 });
  });

  it('is 0 % with no justified complaint, and no value at all when nobody was served', () => {
    expect(indicator41([c({ justified: false, answerDate: '2026-11-05' })], 120, NOVEMBER).percent).toBe(0);
    expect(indicator41(MONTH, 0, NOVEMBER)).toEqual({ numerator: 4, denominator: 0, percent: null });
  });
});

describe('indicator 4.2: justified complaints reviewed and satisfied within the term / justified, %', () => {
  it('counts two of the four justified November complaints: 50 %', () => {
    expect(indicator42(MONTH, NOVEMBER)).toEqual({ numerator: 2, denominator: 4, percent: 50 });
  });

  it('has no value in a month without justified complaints (not 0 %, not 100 %)', () => {
    expect(indicator42([c({ justified: false, answerDate: '2026-11-05' })], NOVEMBER).percent).toBeNull();
  });
});

describe('percentages', () => {
  it('are rounded to two decimals, as the 0.4 % norm of 4.1 needs', () => {
    expect(ratio(1, 3).percent).toBe(33.33);
    expect(ratio(2, 3).percent).toBe(66.67);
    expect(ratio(1, 250).percent).toBe(0.4);
  });
});

import { describe, expect, it } from 'vitest';
import { type ApplicationFacts, indicator11, indicator12, type TicketWaitFacts } from './indicators.ts';
import { periodOf, type ReportPeriod } from './period.ts';
import { isSatisfied } from './survey.ts';

const NOVEMBER = periodOf('2026-11') as ReportPeriod;

const ticket = (over: Partial<TicketWaitFacts>): TicketWaitFacts => ({
  number: 'A-001',
  localDate: '2026-11-25',
  purpose: 'hand_in',
  cancelled: false,
  issuedAt: '2026-11-25T04:00:00.000Z',
  waitEndedAt: '2026-11-25T04:35:00.000Z',
  boardWaitSeconds: 35 * 60,
  indicatorMinutes: 40,
  ...over,
});

describe('indicator 1.2', () => {
  it('judges each ticket by the minutes of the edition in force on its day', () => {
    // 35 minutes: within 40 under one edition, over 30 under another.
    const r = indicator12([ticket({}), ticket({ number: 'A-002', indicatorMinutes: 30 })], NOVEMBER);
    expect(r.records.map((x) => x.counted)).toEqual([true, false]);
  });

  it('counts exactly 40 minutes as within, and a ticket still waiting nowhere', () => {
    const r = indicator12(
      [
        ticket({ waitEndedAt: '2026-11-25T04:40:00.000Z' }),
        ticket({ number: 'A-002', waitEndedAt: null, boardWaitSeconds: null }),
      ],
      NOVEMBER,
    );
    expect([r.numerator, r.denominator]).toEqual([1, 1]);
  });
});

describe('indicator 1.1', () => {
  const app = (over: Partial<ApplicationFacts>): ApplicationFacts => ({
    regNumber: '2026-0001',
    acceptedDate: '2026-11-20',
    termEnd: '2026-11-30',
    cancelled: false,
    decision: null,
    decidedOn: null,
    refusalGround: null,
    notifiedHow: null,
    notifiedOn: null,
    returnsForCorrection: 0,
    ...over,
  });

  it('waits for a term still running, counts a term that ran out as late, and leaves cancelled ones out', () => {
    const apps = [app({}), app({ regNumber: '2026-0002', cancelled: true })];
    expect(indicator11(apps, NOVEMBER, '2026-11-30')).toMatchObject({
      denominator: 0,
      noData: 'no_applications_due',
    });
    expect(indicator11(apps, NOVEMBER, '2026-12-01')).toMatchObject({
      numerator: 0,
      denominator: 1,
      value: 0,
    });
  });
});

describe('the survey', () => {
  it('counts 4 and 5 as satisfied and 3 as not', () => {
    expect([1, 2, 3, 4, 5].map(isSatisfied)).toEqual([false, false, false, true, true]);
  });
});

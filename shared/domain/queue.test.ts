import { describe, expect, it } from 'vitest';
import { STANDARD_2008 } from '../standard/service-definition.ts';
import {
  estimateWait,
  limitMinutes,
  median,
  percentile,
  ticketNumber,
  typicalServiceSeconds,
  waitLevel,
} from './queue.ts';
import { officeInstant, receptionDay } from './queue-hours.ts';

const TZ = 'Asia/Almaty';
const day = receptionDay('2026-11-25', STANDARD_2008.workingHours, TZ, true);
const at = (hhmm: string) => officeInstant('2026-11-25', hhmm, TZ);

describe('ticket numbers: a letter per purpose, a sequence per day', () => {
  it('writes A for handing in documents and B for collecting the result, three digits at least', () => {
    expect(ticketNumber('hand_in', 14)).toBe('A-014');
    expect(ticketNumber('collect', 3)).toBe('B-003');
    expect(ticketNumber('hand_in', 1000)).toBe('A-1000');
  });
});

describe('the 20-minute limits of §7.2 and §7.3', () => {
  it('reads each purpose’s limit from the service definition', () => {
    expect(limitMinutes(STANDARD_2008, 'hand_in')).toBe(STANDARD_2008.queueLimitMinutes.handIn);
    expect(limitMinutes(STANDARD_2008, 'collect')).toBe(STANDARD_2008.queueLimitMinutes.collect);
    expect(
      limitMinutes({ ...STANDARD_2008, queueLimitMinutes: { handIn: 25, collect: 10 } }, 'collect'),
    ).toBe(10);
  });

  it('warns from 15 minutes and marks a breach only past 20:00 ("at most 20 minutes")', () => {
    expect(waitLevel(14 * 60 + 59, 20)).toBe('ok');
    expect(waitLevel(15 * 60, 20)).toBe('near');
    expect(waitLevel(20 * 60, 20)).toBe('near');
    expect(waitLevel(20 * 60 + 1, 20)).toBe('breach');
  });
});

describe('median and 90th percentile', () => {
  it('take the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('take the 90th percentile by nearest rank', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(ten, 90)).toBe(9);
    expect(percentile([...ten, 11], 90)).toBe(10);
    expect(percentile([7], 90)).toBe(7);
  });
});

describe('the estimate of the wait', () => {
  const typical = { hand_in: 15 * 60, collect: 5 * 60 };

  it('uses the office’s usual time until three services of the purpose have ended today', () => {
    expect(typicalServiceSeconds([600, 700], 15)).toBe(900);
    expect(typicalServiceSeconds([600, 700, 1200], 15)).toBe(700);
  });

  it('adds the typical time of everyone ahead and what is left of the visit at the desk', () => {
    const e = estimateWait({
      now: at('10:00'),
      day,
      ahead: ['hand_in', 'collect'],
      // At the desk since 09:55 with a 15-minute purpose: 10 minutes left.
      atDesk: [{ purpose: 'hand_in', since: at('09:55') }],
      typicalSeconds: typical,
    });
    expect(e).toEqual({ minutes: 30, expectedAt: at('10:30'), afterClosing: false });
  });

  it('lets the lunch hour pause the line and says so in the expected time', () => {
    const e = estimateWait({
      now: at('12:50'),
      day,
      ahead: ['hand_in'],
      atDesk: [],
      typicalSeconds: typical,
    });
    expect(e.expectedAt).toEqual(at('14:05'));
    expect(e.minutes).toBe(75);
  });

  it('says when the expected call falls after closing', () => {
    const e = estimateWait({
      now: at('17:30'),
      day,
      ahead: ['hand_in', 'hand_in'],
      atDesk: [],
      typicalSeconds: typical,
    });
    expect(e.afterClosing).toBe(true);
  });

  it('counts at least a minute for a visit that runs longer than usual', () => {
    const e = estimateWait({
      now: at('10:00'),
      day,
      ahead: [],
      atDesk: [{ purpose: 'collect', since: at('09:30') }],
      typicalSeconds: typical,
    });
    expect(e.minutes).toBe(1);
  });
});

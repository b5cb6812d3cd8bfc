import { describe, expect, it } from 'vitest';
import { STANDARD_2008 } from '../standard/service-definition.ts';
import {
  addReceptionSeconds,
  officeInstant,
  queuePhase,
  receptionDay,
  receptionSeconds,
} from './queue-hours.ts';

const TZ = 'Asia/Almaty';
// Wednesday 25.11.2026, a working day; hours of §10 from the service definition.
const day = receptionDay('2026-11-25', STANDARD_2008.workingHours, TZ, true);
const at = (hhmm: string) => officeInstant('2026-11-25', hhmm, TZ);
const min = (m: number) => m * 60;

describe('the queue day of §10: Monday–Friday 09:00–18:00, lunch 13:00–14:00, office time', () => {
  it('reads the hours in the office’s zone (UTC+5), not the machine’s', () => {
    expect(at('09:00').toISOString()).toBe('2026-11-25T04:00:00.000Z');
    expect(day.close.toISOString()).toBe('2026-11-25T13:00:00.000Z');
  });

  it('is before opening until 09:00, open until 13:00, at lunch until 14:00, open until 18:00, then closed', () => {
    const phases = ['08:59', '09:00', '12:59', '13:00', '13:59', '14:00', '17:59', '18:00', '23:00'].map(
      (t) => queuePhase(at(t), day),
    );
    expect(phases).toEqual([
      'before_open',
      'open',
      'open',
      'lunch',
      'lunch',
      'open',
      'open',
      'after_close',
      'after_close',
    ]);
  });

  it('has no reception on a day off, whatever the hour', () => {
    const saturday = receptionDay('2026-11-28', STANDARD_2008.workingHours, TZ, false);
    expect(queuePhase(officeInstant('2026-11-28', '10:00', TZ), saturday)).toBe('day_off');
  });

  it('counts a wait in reception time: the lunch hour pauses the queue', () => {
    expect(receptionSeconds(at('10:00'), at('10:20'), day)).toBe(min(20));
    // 12:50 → 14:10 is 80 minutes of the clock, 20 minutes of reception.
    expect(receptionSeconds(at('12:50'), at('14:10'), day)).toBe(min(20));
    // Issued during lunch: the wait starts at 14:00.
    expect(receptionSeconds(at('13:30'), at('14:05'), day)).toBe(min(5));
  });

  it('counts a wait that runs past closing only up to 18:00', () => {
    expect(receptionSeconds(at('17:50'), at('18:40'), day)).toBe(min(10));
  });

  it('moves an expected call over the lunch hour', () => {
    expect(addReceptionSeconds(at('12:50'), min(20), day).toISOString()).toBe(at('14:10').toISOString());
    expect(addReceptionSeconds(at('13:30'), min(5), day).toISOString()).toBe(at('14:05').toISOString());
    expect(addReceptionSeconds(at('10:00'), min(15), day).toISOString()).toBe(at('10:15').toISOString());
  });
});

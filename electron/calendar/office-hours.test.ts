// §10 at the desk: a package is accepted and a complaint registered in the office's hours, on its
// working days — the queue's rule (shared/domain/queue-hours.ts receptionAt) — or with the
// clerk's reason kept beside the record.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { adultIntake } from '../../tests/support/people.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const count = (table: string) =>
  (desk.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

// The office's clock is UTC+5 (Asia/Almaty).
const OUTSIDE = [
  { when: 'on a Saturday', at: '2026-11-28T05:00:00.000Z', reason: 'day_off' },
  { when: 'on a public holiday (16 December)', at: '2026-12-16T05:00:00.000Z', reason: 'day_off' },
  { when: 'at 07:00 before opening', at: '2026-11-25T02:00:00.000Z', reason: 'before_open' },
  { when: 'at 20:30 after closing', at: '2026-11-25T15:30:00.000Z', reason: 'after_close' },
] as const;

describe('§10: the desk refuses outside the hours without a reason', () => {
  for (const { when, at, reason } of OUTSIDE) {
    it(`refuses intake.accept and complaints.register ${when}, and writes nothing`, async () => {
      desk.clock.set(at);
      const accepted = await desk.call('intake.accept', adultIntake());
      const outside = { code: 'outside_hours', params: { reason, open: '09:00', close: '18:00' } };
      expect(accepted).toEqual({ ok: false, error: outside });
      const registered = await desk.call('complaints.register', emailComplaint());
      expect(registered).toEqual({ ok: false, error: outside });
      expect(count('applications') + count('applicants') + count('complaints')).toBe(0);
      // The queue keeps the same hours: no ticket either.
      const ticket = await desk.call('queue.issue', { purpose: 'hand_in' });
      expect(ticket).toMatchObject({ ok: false, error: { code: 'queue_closed' } });
    });
  }

  it('takes both at 09:00 and at 17:59 without any reason', async () => {
    desk.clock.set('2026-11-25T04:00:00.000Z');
    const a = await desk.ok('intake.accept', adultIntake());
    desk.clock.set('2026-11-25T12:59:00.000Z');
    const c = await desk.ok('complaints.register', emailComplaint());
    expect((await desk.ok('applications.get', { id: a.applicationId })).hoursException).toBeNull();
    expect(c.hoursException).toBeNull();
    expect(count('hours_exceptions')).toBe(0);
  });

  it('refuses an empty reason as a missing one', async () => {
    desk.clock.set('2026-11-28T05:00:00.000Z');
    const r = await desk.call('intake.accept', adultIntake({ hoursException: { reason: '   ' } }));
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(count('applications')).toBe(0);
  });
});

describe('§10: the recorded exception', () => {
  it('accepts on a Saturday worked by decree and keeps the reason on the record and its audit row', async () => {
    desk.clock.set('2026-11-28T05:00:00.000Z');
    const reason = 'Жұмыс күні: Үкімет қаулысы бойынша сенбі';
    const r = await desk.ok('intake.accept', adultIntake({ hoursException: { reason } }));
    expect((await desk.ok('applications.get', { id: r.applicationId })).hoursException).toBe(reason);
    const row = desk
      .audit({ entity: 'application', entityId: r.applicationId })
      .find((a) => a.action === 'intake.accept');
    expect(row?.after).toMatchObject({ hoursException: reason });
  });

  it('registers post that came on Thursday on the Saturday after, its term counted from Thursday', async () => {
    desk.clock.set('2026-11-28T05:00:00.000Z');
    const reason = 'Поштамен 26.11 келген, сенбіде тіркелді';
    const c = await desk.ok(
      'complaints.register',
      emailComplaint({
        channel: 'post',
        received: { date: '2026-11-26', time: '15:10' },
        hoursException: { reason },
      }),
    );
    const fromThursday = await desk.ok('complaints.termEnd', { received: '2026-11-26' });
    const fromSaturday = await desk.ok('complaints.termEnd', { received: '2026-11-28' });
    expect(c).toMatchObject({
      receivedDate: '2026-11-26',
      termEnd: fromThursday.termEnd,
      hoursException: reason,
    });
    // The Saturday would give a day more: the received date is what counts (§22, §23).
    expect(fromSaturday.termEnd > fromThursday.termEnd).toBe(true);
    const row = desk
      .audit({ entity: 'complaint', entityId: c.id })
      .find((a) => a.action === 'complaints.register');
    expect(row?.after).toMatchObject({ hoursException: reason, receivedDate: '2026-11-26' });
  });
});

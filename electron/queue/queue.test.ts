import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officeInstant } from '../../shared/domain/queue-hours.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { adultIntake } from '../../tests/support/people.ts';
import { openDatabase } from '../db/open.ts';
import { queueEvents } from '../db/queue.ts';
import { writeSetting } from '../db/settings.ts';
import { createAppRegistry } from '../desk/handlers.ts';
import type { AppContext } from '../kernel/context.ts';

// Wednesday 25.11.2026 and the days around it, in the office's time (Asia/Almaty, UTC+5).
const at = (hhmm: string, date = '2026-11-25') => officeInstant(date, hhmm, 'Asia/Almaty').toISOString();

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk({ now: at('09:00') });
});
afterEach(() => desk.close());

const issue = (purpose: 'hand_in' | 'collect') => desk.ok('queue.issue', { purpose });
const count = (sql: string) => (desk.ctx.db.prepare(sql).get() as { n: number }).n;

describe('tickets: numbered per day and purpose, in order of arrival (§10)', () => {
  it('numbers each purpose from 001 every day: A for handing in, B for collecting', async () => {
    const numbers = [];
    for (const p of ['hand_in', 'hand_in', 'collect', 'hand_in', 'collect'] as const)
      numbers.push((await issue(p)).number);
    expect(numbers).toEqual(['A-001', 'A-002', 'B-001', 'A-003', 'B-002']);
    desk.clock.set(at('09:05', '2026-11-26'));
    expect((await issue('collect')).number).toBe('B-001');
    expect((await issue('hand_in')).number).toBe('A-001');
  });

  it('calls in strict order of arrival, whatever the purpose: no priority, no booking', async () => {
    const issued = [];
    for (const p of ['collect', 'hand_in', 'collect'] as const) {
      issued.push((await issue(p)).number);
      desk.clock.advanceMinutes(1);
    }
    const called = [];
    for (let i = 0; i < 3; i++) {
      const { ticket } = await desk.ok('queue.callNext', {});
      called.push(ticket?.number);
      await desk.ok('queue.start', { ticketId: ticket?.id as number });
      await desk.ok('queue.finish', { ticketId: ticket?.id as number });
    }
    expect(called).toEqual(issued);
    expect(await desk.ok('queue.callNext', {})).toEqual({ ticket: null, alreadyCalled: false });
  });

  it('takes no priority or booked time in its input (§10: no expedited service)', async () => {
    const r = await desk.call('queue.issue', { purpose: 'hand_in', priority: true } as never);
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(count('SELECT count(*) AS n FROM queue_tickets')).toBe(0);
  });

  it('tells the visitor how many are ahead and an estimate of the wait', async () => {
    await issue('hand_in');
    await issue('collect');
    const third = await issue('hand_in');
    // Nobody served yet today: the usual times of the settings, 15 + 5 minutes.
    expect(third).toMatchObject({ ahead: 2, estimate: { minutes: 20, afterClosing: false, basis: 'usual' } });
    expect(third.estimate.expectedAt).toBe(at('09:20'));
  });
});

describe('working hours, lunch and closing (§10)', () => {
  it('issues no ticket before 09:00, after 18:00 or on a day off, and writes nothing', async () => {
    desk.clock.set(at('08:55'));
    expect(await desk.call('queue.issue', { purpose: 'hand_in' })).toMatchObject({
      ok: false,
      error: { code: 'queue_closed', params: { reason: 'before_open', open: '09:00', close: '18:00' } },
    });
    desk.clock.set(at('18:00'));
    expect(await desk.call('queue.issue', { purpose: 'hand_in' })).toMatchObject({
      ok: false,
      error: { code: 'queue_closed', params: { reason: 'after_close' } },
    });
    // Saturday, and Wednesday 16 December, Independence Day.
    for (const date of ['2026-11-28', '2026-12-16']) {
      desk.clock.set(at('10:00', date));
      expect(await desk.call('queue.issue', { purpose: 'collect' })).toMatchObject({
        ok: false,
        error: { code: 'queue_closed', params: { reason: 'day_off' } },
      });
    }
    expect(count('SELECT count(*) AS n FROM queue_tickets')).toBe(0);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'queue.%'")).toBe(0);
  });

  it('issues tickets at lunch but calls nobody until 14:00, and does not count the lunch hour as waiting', async () => {
    desk.clock.set(at('12:50'));
    await issue('hand_in');
    desk.clock.set(at('13:30'));
    const atLunch = await issue('collect');
    expect(atLunch.estimate.expectedAt).toBe(at('14:15'));
    expect(await desk.call('queue.callNext', {})).toMatchObject({
      ok: false,
      error: { code: 'queue_lunch', params: { from: '13:00', to: '14:00' } },
    });
    const board = await desk.ok('queue.board', {});
    expect(board.phase).toBe('lunch');
    // 12:50 → 13:30 on the clock, 10 minutes of reception.
    expect(board.waiting.map((t) => [t.number, t.waitMinutes])).toEqual([
      ['A-001', 10],
      ['B-001', 0],
    ]);
    desk.clock.set(at('14:05'));
    const { ticket } = await desk.ok('queue.callNext', {});
    expect(ticket).toMatchObject({ number: 'A-001', waitMinutes: 15, level: 'near' });
  });

  it('closes what still waits when the board is opened after 18:00: closed with its reason, never dropped', async () => {
    desk.clock.set(at('17:40'));
    const a = await issue('hand_in');
    const b = await issue('collect');
    await desk.ok('queue.callNext', {});
    desk.clock.set(at('18:10'));
    const board = await desk.ok('queue.board', {});
    expect(board).toMatchObject({ phase: 'after_close', dayClosed: true, closedNow: 2, waiting: [] });
    const done = new Map(board.done.map((t) => [t.number, t]));
    expect(done.get(a.number)).toMatchObject({
      status: 'closed',
      closeReason: 'closing_time',
      waitMinutes: 0,
    });
    // B waited from 17:40 to closing: 20 minutes, counted only up to 18:00.
    expect(done.get(b.number)).toMatchObject({
      status: 'closed',
      closeReason: 'closing_time',
      waitMinutes: 20,
    });
    expect(count('SELECT count(*) AS n FROM queue_tickets')).toBe(2);
    expect(desk.audit({ entity: 'queue_ticket', entityId: b.id })[0]).toMatchObject({
      action: 'queue.autoClose',
      after: { status: 'closed', closeReason: 'closing_time' },
    });
  });

  it('closes the leftovers of an earlier day when the next day’s first ticket is issued', async () => {
    desk.clock.set(at('17:30'));
    const waiting = await issue('collect');
    await issue('hand_in');
    const { ticket } = await desk.ok('queue.callNext', {});
    await desk.ok('queue.start', { ticketId: ticket?.id as number });
    // Nobody opened the board that evening. Thursday morning:
    desk.clock.set(at('09:01', '2026-11-26'));
    const first = await issue('hand_in');
    expect(first.number).toBe('A-001');
    const statuses = desk.ctx.db
      .prepare(
        "SELECT number, status, close_reason AS reason FROM queue_tickets WHERE local_date = '2026-11-25'",
      )
      .all();
    expect(statuses).toEqual([
      { number: waiting.number, status: 'closed', reason: 'service_not_ended' },
      { number: 'A-001', status: 'closed', reason: 'closing_time' },
    ]);
    expect(desk.ctx.db.prepare("SELECT how FROM queue_days WHERE local_date = '2026-11-25'").get()).toEqual({
      how: 'automatic',
    });
  });

  it('lets the clerk close the day early only with a reason; a closed day takes no more tickets', async () => {
    desk.clock.set(at('16:00'));
    await issue('hand_in');
    expect(await desk.call('queue.closeDay', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'reason', message: 'required' }] },
    });
    expect(count("SELECT count(*) AS n FROM queue_tickets WHERE status = 'waiting'")).toBe(1);
    expect(await desk.ok('queue.closeDay', { reason: 'Маман семинарға шақырылды' })).toEqual({
      closed: 1,
      localDate: '2026-11-25',
    });
    expect(await desk.call('queue.issue', { purpose: 'collect' })).toMatchObject({
      ok: false,
      error: { code: 'queue_closed', params: { reason: 'day_closed' } },
    });
    expect(desk.ctx.db.prepare('SELECT how, reason FROM queue_days').get()).toEqual({
      how: 'clerk',
      reason: 'Маман семинарға шақырылды',
    });
  });

  it('records a closing the clerk does after 18:00 as the clerk’s, with the waiting closed by it', async () => {
    desk.clock.set(at('17:55'));
    const late = await issue('collect');
    desk.clock.set(at('18:10'));
    expect(await desk.ok('queue.closeDay', {})).toEqual({ closed: 1, localDate: '2026-11-25' });
    expect(desk.ctx.db.prepare('SELECT how FROM queue_days').get()).toEqual({ how: 'clerk' });
    expect(desk.audit({ entity: 'queue_ticket', entityId: late.id })[0]).toMatchObject({
      action: 'queue.closeDay',
      after: { status: 'closed', closeReason: 'closing_time' },
    });
  });

  it('keeps the visitor at the desk at closing time until the service ends', async () => {
    desk.clock.set(at('17:50'));
    await issue('hand_in');
    const { ticket } = await desk.ok('queue.callNext', {});
    await desk.ok('queue.start', { ticketId: ticket?.id as number });
    desk.clock.set(at('18:05'));
    await desk.ok('queue.closeDay', {});
    desk.clock.set(at('18:20'));
    const ended = await desk.ok('queue.finish', { ticketId: ticket?.id as number });
    expect(ended).toMatchObject({ status: 'served', serviceMinutes: 30 });
  });
});

describe('calling, recalling, "did not come", start and end of service: each a recorded time', () => {
  it('records every step with its time and an audit row', async () => {
    const t = await issue('hand_in');
    desk.clock.set(at('09:04'));
    await desk.ok('queue.callNext', {});
    desk.clock.set(at('09:06'));
    await desk.ok('queue.recall', { ticketId: t.id });
    desk.clock.set(at('09:07'));
    await desk.ok('queue.start', { ticketId: t.id });
    desk.clock.set(at('09:19'));
    const done = await desk.ok('queue.finish', { ticketId: t.id });
    expect(done).toMatchObject({
      status: 'served',
      callCount: 2,
      firstCalledAt: at('09:04'),
      lastCalledAt: at('09:06'),
      startedAt: at('09:07'),
      endedAt: at('09:19'),
      waitMinutes: 4,
      serviceMinutes: 15,
    });
    expect(queueEvents(desk.ctx.db, t.id)).toEqual([
      { kind: 'issued', at: at('09:00') },
      { kind: 'called', at: at('09:04') },
      { kind: 'recalled', at: at('09:06') },
      { kind: 'started', at: at('09:07') },
      { kind: 'ended', at: at('09:19') },
    ]);
    expect(
      desk
        .audit({ entity: 'queue_ticket', entityId: t.id })
        .map((a) => a.action)
        .reverse(),
    ).toEqual(['queue.issue', 'queue.called', 'queue.recalled', 'queue.started', 'queue.ended']);
  });

  it('records "did not come" only after the office’s number of calls (a setting, 3 by default)', async () => {
    const t = await issue('collect');
    await desk.ok('queue.callNext', {});
    await desk.ok('queue.recall', { ticketId: t.id });
    expect(await desk.call('queue.noShow', { ticketId: t.id })).toMatchObject({
      ok: false,
      error: { code: 'queue_calls_remaining', params: { number: 'B-001', calls: '2', needed: '3' } },
    });
    await desk.ok('queue.recall', { ticketId: t.id });
    // The third call was the last: from here it is "did not come", not a fourth call.
    expect(await desk.call('queue.recall', { ticketId: t.id })).toMatchObject({
      ok: false,
      error: { code: 'queue_calls_remaining', params: { exhausted: 'true' } },
    });
    expect(await desk.ok('queue.noShow', { ticketId: t.id })).toMatchObject({
      status: 'no_show',
      callCount: 3,
    });

    const settings = await desk.ok('settings.get', {});
    expect(settings.queue.noShowAfterCalls).toBe(3);
    await desk.ok('settings.update', { ...settings, queue: { ...settings.queue, noShowAfterCalls: 1 } });
    const u = await issue('collect');
    await desk.ok('queue.callNext', {});
    expect(await desk.ok('queue.noShow', { ticketId: u.id })).toMatchObject({
      status: 'no_show',
      callCount: 1,
    });
  });

  it('gives a clerk one visitor at a time: "call next" again returns the visitor already called', async () => {
    await issue('hand_in');
    await issue('hand_in');
    const first = await desk.ok('queue.callNext', {});
    const again = await desk.ok('queue.callNext', {});
    expect(again).toEqual({ ticket: first.ticket, alreadyCalled: true });
    expect(count("SELECT count(*) AS n FROM queue_tickets WHERE status = 'waiting'")).toBe(1);
  });

  it('refuses a step from the wrong state and changes nothing', async () => {
    const t = await issue('hand_in');
    expect(await desk.call('queue.start', { ticketId: t.id })).toMatchObject({
      ok: false,
      error: { code: 'queue_ticket_state', params: { number: 'A-001', status: 'waiting' } },
    });
    expect(await desk.call('queue.finish', { ticketId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(queueEvents(desk.ctx.db, t.id).map((e) => e.kind)).toEqual(['issued']);
  });

  it('withdraws a ticket issued by mistake with the reason; the row stays and is not called', async () => {
    const wrong = await issue('collect');
    const right = await issue('hand_in');
    const cancelled = await desk.ok('queue.cancel', { ticketId: wrong.id, reason: 'Мақсаты қате таңдалды' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Мақсаты қате таңдалды' });
    expect((await desk.ok('queue.callNext', {})).ticket?.number).toBe(right.number);
    expect(count('SELECT count(*) AS n FROM queue_tickets')).toBe(2);
  });
});

describe('the clerk’s board', () => {
  it('shows who waits and for how long, warns near the limit and marks a breach past it', async () => {
    await issue('hand_in');
    desk.clock.set(at('09:10'));
    await issue('collect');
    desk.clock.set(at('09:14'));
    await issue('collect');
    desk.clock.set(at('09:30'));
    const board = await desk.ok('queue.board', {});
    expect(board.waiting.map((t) => [t.number, t.waitMinutes, t.level])).toEqual([
      ['A-001', 30, 'breach'],
      ['B-001', 20, 'near'],
      ['B-002', 16, 'near'],
    ]);
    expect(board.limits).toEqual({ handIn: 20, collect: 20 });
  });

  it('keeps the breach measured at the first call for the report', async () => {
    await issue('hand_in');
    desk.clock.set(at('09:25'));
    const { ticket } = await desk.ok('queue.callNext', {});
    expect(ticket).toMatchObject({ waitMinutes: 25, level: 'breach' });
    desk.clock.set(at('11:00'));
    const board = await desk.ok('queue.board', {});
    expect(board.mine).toMatchObject({ number: 'A-001', waitMinutes: 25, level: 'breach' });
  });
});

describe('a restart in the middle of the day', () => {
  it('loses no ticket and keeps the numbering', async () => {
    await issue('hand_in');
    await issue('collect');
    await desk.ok('queue.callNext', {});
    desk.ctx.db.close();
    // The program starts again on the same file.
    const db = openDatabase(path.join(desk.dataDir, 'qabyldau.sqlite'));
    desk.ctx.db = db;
    desk.clock.set(at('10:30'));
    const board = await desk.ok('queue.board', {});
    expect(board.mine?.number).toBe('A-001');
    expect(board.waiting.map((t) => t.number)).toEqual(['B-001']);
    expect((await issue('hand_in')).number).toBe('A-002');
    expect((await issue('collect')).number).toBe('B-002');
  });
});

describe('the join with intake and with applications', () => {
  it('accepts an intake only with a "hand in documents" ticket at the desk, and shows the visit on the application', async () => {
    const handIn = await issue('hand_in');
    const collect = await issue('collect');
    // Not yet called to the desk: refused, nothing written.
    expect(await desk.call('intake.accept', adultIntake({ queueTicketId: handIn.id }))).toMatchObject({
      ok: false,
      error: { code: 'queue_ticket_state', params: { number: 'A-001', status: 'waiting' } },
    });
    expect(count('SELECT count(*) AS n FROM intake_attempts')).toBe(0);

    await desk.ok('queue.callNext', {});
    desk.clock.set(at('09:02'));
    await desk.ok('queue.start', { ticketId: handIn.id });
    const accepted = await desk.ok('intake.accept', adultIntake({ queueTicketId: handIn.id }));
    desk.clock.set(at('09:14'));
    const served = await desk.ok('queue.finish', { ticketId: handIn.id });
    expect(served).toMatchObject({ regNumber: accepted.regNumber, serviceMinutes: 14 });

    // A "collect result" ticket cannot open intake.
    await desk.ok('queue.callNext', {});
    await desk.ok('queue.start', { ticketId: collect.id });
    expect(
      await desk.call('intake.turnAway', adultIntake({ queueTicketId: collect.id, documents: [] })),
    ).toMatchObject({
      ok: false,
      error: { code: 'queue_wrong_purpose', params: { number: 'B-001', purpose: 'collect' } },
    });
    // It is linked to the application it was about when the service ends.
    desk.clock.set(at('09:20'));
    await desk.ok('queue.finish', { ticketId: collect.id, applicationId: accepted.applicationId });

    const visits = await desk.ok('queue.forApplication', { applicationId: accepted.applicationId });
    expect(visits.map((v) => [v.number, v.purpose, v.waitMinutes, v.serviceMinutes])).toEqual([
      ['A-001', 'hand_in', 0, 14],
      ['B-001', 'collect', 14, 6],
    ]);
  });
});

describe('the waiting-room screen', () => {
  it('shows numbers only, answers without a signed-in clerk and chimes on every call and recall', async () => {
    const a = await issue('hand_in');
    await issue('collect');
    const screen: AppContext = { ...desk.ctx, session: { userId: null } };
    const registry = createAppRegistry(() => {});
    const show = async () => {
      const r = await registry.dispatch('queue.display', {}, screen);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value as { calling: { number: string }[]; next: { number: string }[]; callSerial: number };
    };
    const before = await show();
    expect(before.calling).toEqual([]);
    expect(before.next.map((t) => t.number)).toEqual(['A-001', 'B-001']);
    await desk.ok('queue.callNext', {});
    const called = await show();
    expect(called.calling.map((t) => t.number)).toEqual(['A-001']);
    expect(called.callSerial).toBeGreaterThan(before.callSerial);
    await desk.ok('queue.recall', { ticketId: a.id });
    expect((await show()).callSerial).toBeGreaterThan(called.callSerial);
    expect(JSON.stringify(await show())).not.toMatch(/Қасымова|calledBy|Нұрланова/);
  });
});

describe('the office settings of the queue', () => {
  it('loads settings stored before the queue existed, with the queue’s defaults and the rest kept', async () => {
    const settings = await desk.ok('settings.get', {});
    const { queue: _queue, ...old } = { ...settings, documentLanguage: 'ru' as const };
    writeSetting(desk.ctx.db, 'office', old, at('09:00'), null);
    const loaded = await desk.ok('settings.get', {});
    expect(loaded.documentLanguage).toBe('ru');
    expect(loaded.queue).toEqual({ noShowAfterCalls: 3, serviceMinutes: { handIn: 15, collect: 5 } });
  });

  it('refuses a number of calls out of range and keeps the stored one', async () => {
    const settings = await desk.ok('settings.get', {});
    const r = await desk.call('settings.update', {
      ...settings,
      queue: { ...settings.queue, noShowAfterCalls: 0 },
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'queue.noShowAfterCalls' }] },
    });
    expect((await desk.ok('settings.get', {})).queue.noShowAfterCalls).toBe(3);
  });
});

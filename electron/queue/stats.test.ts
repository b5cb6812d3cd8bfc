// A scripted day at the desk on a fixed clock, 09:00 to 18:00 (Wednesday 25.11.2026), with the
// answers worked out by hand: the statistics of §7.2, §7.3 and indicator 1.2 must match them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeInstant } from '../../shared/domain/queue-hours.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';

const at = (hhmm: string, date = '2026-11-25') => officeInstant(date, hhmm, 'Asia/Almaty').toISOString();

type Step =
  | [time: string, 'issue', purpose: 'hand_in' | 'collect', expected: string]
  | [time: string, 'call', expected: string]
  | [time: string, 'recall' | 'start' | 'finish' | 'noShow', number: string]
  | [time: string, 'cancel', number: string]
  | [time: string, 'closeDay'];

// The day, step by step. Waits in reception minutes (lunch 13:00–14:00 does not count):
//   A-001 0 · B-001 10 · A-002 10 (no show) · B-002 0 · A-003 10 · B-003 15 (12:45→13:00) ·
//   A-004 5 (issued at lunch 13:30, called 14:05) · B-004 30 · A-005 35 · B-005 50 ·
//   A-007 10 · B-006 25 (closed at 18:00) · A-006 withdrawn.
const DAY: Step[] = [
  ['09:00', 'issue', 'hand_in', 'A-001'],
  ['09:00', 'call', 'A-001'],
  ['09:01', 'start', 'A-001'],
  ['09:05', 'issue', 'collect', 'B-001'],
  ['09:10', 'issue', 'hand_in', 'A-002'],
  ['09:15', 'finish', 'A-001'],
  ['09:15', 'call', 'B-001'],
  ['09:16', 'start', 'B-001'],
  ['09:20', 'finish', 'B-001'],
  ['09:20', 'call', 'A-002'],
  ['09:22', 'recall', 'A-002'],
  ['09:24', 'recall', 'A-002'],
  ['09:25', 'noShow', 'A-002'],
  ['09:30', 'issue', 'collect', 'B-002'],
  ['09:30', 'call', 'B-002'],
  ['09:30', 'start', 'B-002'],
  ['09:36', 'finish', 'B-002'],
  ['12:40', 'issue', 'hand_in', 'A-003'],
  ['12:45', 'issue', 'collect', 'B-003'],
  ['12:50', 'call', 'A-003'],
  ['12:51', 'start', 'A-003'],
  ['13:10', 'finish', 'A-003'],
  ['13:30', 'issue', 'hand_in', 'A-004'],
  ['14:00', 'call', 'B-003'],
  ['14:00', 'start', 'B-003'],
  ['14:05', 'finish', 'B-003'],
  ['14:05', 'call', 'A-004'],
  ['14:06', 'start', 'A-004'],
  ['14:10', 'issue', 'collect', 'B-004'],
  ['14:15', 'issue', 'hand_in', 'A-005'],
  ['14:30', 'finish', 'A-004'],
  ['14:40', 'call', 'B-004'],
  ['14:40', 'start', 'B-004'],
  ['14:50', 'finish', 'B-004'],
  ['14:50', 'call', 'A-005'],
  ['14:51', 'start', 'A-005'],
  ['15:00', 'issue', 'hand_in', 'A-006'],
  ['15:02', 'cancel', 'A-006'],
  ['15:10', 'finish', 'A-005'],
  ['16:00', 'issue', 'collect', 'B-005'],
  ['16:50', 'call', 'B-005'],
  ['16:50', 'start', 'B-005'],
  ['16:55', 'finish', 'B-005'],
  ['17:30', 'issue', 'hand_in', 'A-007'],
  ['17:35', 'issue', 'collect', 'B-006'],
  ['17:40', 'call', 'A-007'],
  ['17:41', 'start', 'A-007'],
  ['17:55', 'finish', 'A-007'],
  ['18:00', 'closeDay'],
];

let desk: TestDesk;
const ids = new Map<string, number>();

async function play(steps: readonly Step[], date = '2026-11-25') {
  for (const step of steps) {
    desk.clock.set(at(step[0], date));
    const id = () => ids.get(`${date}:${step[2]}`) as number;
    switch (step[1]) {
      case 'issue': {
        const t = await desk.ok('queue.issue', { purpose: step[2] });
        expect(t.number).toBe(step[3]);
        ids.set(`${date}:${t.number}`, t.id);
        break;
      }
      case 'call':
        expect((await desk.ok('queue.callNext', {})).ticket?.number, `${step[0]} call`).toBe(step[2]);
        break;
      case 'recall':
        await desk.ok('queue.recall', { ticketId: id() });
        break;
      case 'noShow':
        await desk.ok('queue.noShow', { ticketId: id() });
        break;
      case 'start':
        await desk.ok('queue.start', { ticketId: id() });
        break;
      case 'finish':
        await desk.ok('queue.finish', { ticketId: id() });
        break;
      case 'cancel':
        await desk.ok('queue.cancel', { ticketId: id(), reason: 'Қате берілді' });
        break;
      case 'closeDay':
        await desk.ok('queue.closeDay', {});
        break;
    }
  }
}

beforeAll(async () => {
  desk = await openTestDesk({ now: at('09:00') });
  await play(DAY);
  // Thursday: one visitor, called after 45 minutes.
  await play(
    [
      ['09:00', 'issue', 'hand_in', 'A-001'],
      ['09:45', 'call', 'A-001'],
      ['09:45', 'start', 'A-001'],
      ['10:00', 'finish', 'A-001'],
    ],
    '2026-11-26',
  );
});
afterAll(() => desk.close());

describe('the statistics of a scripted day (Wednesday 25.11.2026, 09:00–18:00)', () => {
  it('counts tickets, services, no-shows, withdrawals and the ticket closed at 18:00, by purpose', async () => {
    const s = await desk.ok('queue.stats', { from: '2026-11-25', to: '2026-11-25' });
    expect(s.byPurpose.hand_in).toMatchObject({
      issued: 7,
      served: 5,
      noShows: 1,
      cancelled: 1,
      closedUnserved: 0,
      open: 0,
      waits: 6,
    });
    expect(s.byPurpose.collect).toMatchObject({
      issued: 6,
      served: 5,
      noShows: 0,
      closedUnserved: 1,
      waits: 6,
    });
    expect(s.total).toMatchObject({
      issued: 13,
      served: 10,
      noShows: 1,
      cancelled: 1,
      closedUnserved: 1,
      waits: 12,
    });
  });

  it('gives the median and 90th percentile of the waits, lunch not counted', async () => {
    const s = await desk.ok('queue.stats', { from: '2026-11-25', to: '2026-11-25' });
    // hand in: 0 5 10 10 10 35 · collect: 0 10 15 25 30 50 · all twelve: median 10, p90 35.
    expect([s.byPurpose.hand_in.medianWaitMinutes, s.byPurpose.hand_in.p90WaitMinutes]).toEqual([10, 35]);
    expect([s.byPurpose.collect.medianWaitMinutes, s.byPurpose.collect.p90WaitMinutes]).toEqual([20, 50]);
    expect([s.total.medianWaitMinutes, s.total.p90WaitMinutes]).toEqual([10, 35]);
  });

  it('gives the shares within 20 minutes (§7.2, §7.3) and within 40 minutes (indicator 1.2)', async () => {
    const s = await desk.ok('queue.stats', { from: '2026-11-25', to: '2026-11-25' });
    expect(s.byPurpose.hand_in.withinLimitShare).toBeCloseTo(5 / 6);
    expect(s.byPurpose.collect.withinLimitShare).toBeCloseTo(3 / 6);
    expect(s.total.withinLimitShare).toBeCloseTo(8 / 12);
    expect(s.byPurpose.hand_in.withinIndicatorShare).toBe(1);
    expect(s.byPurpose.collect.withinIndicatorShare).toBeCloseTo(5 / 6);
    expect(s.total.withinIndicatorShare).toBeCloseTo(11 / 12);
    expect(s.indicatorMinutes).toBe(40);
  });

  it('keeps every breach of the 20-minute limit for the report', async () => {
    const s = await desk.ok('queue.stats', { from: '2026-11-25', to: '2026-11-25' });
    expect(s.breaches.map((b) => [b.number, b.waitMinutes])).toEqual([
      ['B-004', 30],
      ['A-005', 35],
      ['B-005', 50],
      ['B-006', 25],
    ]);
    expect(s.total.breaches).toBe(4);
  });

  it('gives the median service time from the call to the end of service', async () => {
    const s = await desk.ok('queue.stats', { from: '2026-11-25', to: '2026-11-25' });
    // hand in: 15 20 20 25 15 · collect: 5 6 5 10 5
    expect(s.byPurpose.hand_in.medianServiceMinutes).toBe(20);
    expect(s.byPurpose.collect.medianServiceMinutes).toBe(5);
  });

  it('adds up the month: Thursday’s 45-minute wait falls outside indicator 1.2', async () => {
    const s = await desk.ok('queue.stats', { from: '2026-11-01', to: '2026-11-30' });
    expect(s.total).toMatchObject({ issued: 14, served: 11, waits: 13, breaches: 5 });
    expect(s.total.withinIndicatorShare).toBeCloseTo(11 / 13);
    const thursday = await desk.ok('queue.stats', { from: '2026-11-26', to: '2026-11-26' });
    expect(thursday.total).toMatchObject({ issued: 1, medianWaitMinutes: 45, withinIndicatorShare: 0 });
  });

  it('refuses a period that ends before it starts', async () => {
    expect(await desk.call('queue.stats', { from: '2026-11-30', to: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'to', message: 'range_reversed' }] },
    });
  });
});

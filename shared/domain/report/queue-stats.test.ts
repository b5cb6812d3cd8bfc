import { describe, expect, it } from 'vitest';
import { queueStatistics, type TicketFacts } from './queue-stats.ts';

const t = (over: Partial<TicketFacts> & Pick<TicketFacts, 'number'>): TicketFacts => ({
  localDate: '2026-11-25',
  purpose: 'hand_in',
  status: 'served',
  waitSeconds: 0,
  limitMinutes: 20,
  serviceSeconds: 600,
  ...over,
});
const m = (minutes: number) => minutes * 60;

describe('queue statistics by purpose', () => {
  const tickets = [
    t({ number: 'A-001', waitSeconds: m(0), serviceSeconds: m(12) }),
    t({ number: 'A-002', waitSeconds: m(10), serviceSeconds: m(14) }),
    t({ number: 'A-003', waitSeconds: m(20), serviceSeconds: m(20) }),
    t({ number: 'A-004', waitSeconds: m(25), status: 'no_show', serviceSeconds: null }),
    t({ number: 'A-005', waitSeconds: m(45), status: 'closed', serviceSeconds: null }),
    t({ number: 'A-006', waitSeconds: null, status: 'cancelled', serviceSeconds: null }),
    t({ number: 'B-001', purpose: 'collect', waitSeconds: m(5), serviceSeconds: m(4) }),
    t({ number: 'B-002', purpose: 'collect', waitSeconds: m(41), serviceSeconds: m(6) }),
    t({ number: 'B-003', purpose: 'collect', waitSeconds: null, status: 'waiting', serviceSeconds: null }),
  ];
  const s = queueStatistics(tickets, 40);

  it('counts tickets, services, no-shows, closings, withdrawals and what is still open', () => {
    expect(s.byPurpose.hand_in).toMatchObject({
      issued: 6,
      served: 3,
      noShows: 1,
      closedUnserved: 1,
      cancelled: 1,
      open: 0,
      waits: 5,
    });
    expect(s.byPurpose.collect).toMatchObject({ issued: 3, served: 2, open: 1, waits: 2 });
    expect(s.total).toMatchObject({ issued: 9, served: 5, waits: 7 });
  });

  it('gives the median and the 90th percentile of the finished waits, in minutes', () => {
    // hand in: 0, 10, 20, 25, 45 → median 20, p90 (rank 5 of 5) 45.
    expect(s.byPurpose.hand_in.medianWaitMinutes).toBe(20);
    expect(s.byPurpose.hand_in.p90WaitMinutes).toBe(45);
    // all: 0, 5, 10, 20, 25, 41, 45 → median 20, p90 rank ceil(6.3) = 7 → 45.
    expect(s.total.medianWaitMinutes).toBe(20);
    expect(s.total.p90WaitMinutes).toBe(45);
    expect(s.byPurpose.collect.medianWaitMinutes).toBe(23);
  });

  it('gives the share within the 20-minute limit and within the 40 minutes of indicator 1.2', () => {
    // hand in: 0, 10, 20 within 20 (20:00 is within); 25 and 45 are breaches. Within 40: 4 of 5.
    expect(s.byPurpose.hand_in.withinLimitShare).toBeCloseTo(3 / 5);
    expect(s.byPurpose.hand_in.withinIndicatorShare).toBeCloseTo(4 / 5);
    expect(s.total.withinIndicatorShare).toBeCloseTo(5 / 7);
    expect(s.total.breaches).toBe(3);
  });

  it('lists every breach with its wait and the limit it broke', () => {
    expect(s.breaches.map((b) => [b.number, b.waitMinutes, b.limitMinutes])).toEqual([
      ['A-004', 25, 20],
      ['A-005', 45, 20],
      ['B-002', 41, 20],
    ]);
  });

  it('gives the median service time of the served', () => {
    expect(s.byPurpose.hand_in.medianServiceMinutes).toBe(14);
    expect(s.byPurpose.collect.medianServiceMinutes).toBe(5);
  });

  it('leaves the figures empty, not zero, for a period without tickets', () => {
    const empty = queueStatistics([], 40);
    expect(empty.total).toMatchObject({ issued: 0, medianWaitMinutes: null, withinIndicatorShare: null });
  });
});

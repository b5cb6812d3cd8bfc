// A ticket as the contract shows it (waits and levels as of now), and the estimate of the wait
// for a ticket in line — the same for the screen at issue and for the printed ticket.

import type { Ticket } from '../../shared/contract/queue.ts';
import {
  estimateWait,
  MIN_SAMPLES,
  type Purpose,
  typicalServiceSeconds,
  type WaitEstimate,
  waitLevel,
} from '../../shared/domain/queue.ts';
import type { TicketRecord } from '../db/queue.ts';
import { type QueueToday, waitUntil } from './day.ts';

const tenths = (s: number) => Math.round(s / 6) / 10;

/** From the first call to the end of service (what the issue records per ticket); null unless served. */
export function serviceSeconds(t: TicketRecord): number | null {
  return t.status === 'served' && t.firstCalledAt && t.endedAt
    ? (Date.parse(t.endedAt) - Date.parse(t.firstCalledAt)) / 1000
    : null;
}

/** Reception seconds waited: fixed at the first call or at closing, or counted up to now. */
export function waitedSeconds(q: QueueToday, t: TicketRecord): number {
  return t.waitSeconds ?? waitUntil(q, t, t.cancelledAt ? new Date(t.cancelledAt) : q.now);
}

export function toTicket(q: QueueToday, t: TicketRecord): Ticket {
  const wait = waitedSeconds(q, t);
  const service = serviceSeconds(t);
  return {
    id: t.id,
    number: t.number,
    purpose: t.purpose,
    status: t.status,
    localDate: t.localDate,
    issuedAt: t.issuedAt,
    callCount: t.callCount,
    firstCalledAt: t.firstCalledAt,
    lastCalledAt: t.lastCalledAt,
    startedAt: t.startedAt,
    endedAt: t.endedAt,
    closedAt: t.closedAt,
    closeReason: t.closeReason,
    cancelledAt: t.cancelledAt,
    cancelReason: t.cancelReason,
    calledBy: t.calledBy,
    applicationId: t.applicationId,
    regNumber: t.regNumber,
    turnedAway: t.turnedAway,
    limitMinutes: t.limitMinutes,
    waitMinutes: tenths(wait),
    level: waitLevel(wait, t.limitMinutes),
    serviceMinutes: service === null ? null : tenths(service),
  };
}

export interface TicketEstimate extends WaitEstimate {
  ahead: number;
  basis: 'today' | 'usual';
}

/**
 * How long the ticket will wait, from the day's line: the waiting tickets issued before it, the
 * visitors called or at a desk, and the typical service time of each purpose — today's median
 * once three services of that purpose have ended, the office's usual time until then.
 */
export function estimateFor(
  q: QueueToday,
  day: readonly TicketRecord[],
  ticket: TicketRecord,
): TicketEstimate {
  const durations = (p: Purpose) =>
    day.flatMap((t) => {
      const s = t.purpose === p ? serviceSeconds(t) : null;
      return s === null ? [] : [s];
    });
  const usual = q.office.queue.serviceMinutes;
  const samples = { hand_in: durations('hand_in'), collect: durations('collect') };
  const typicalSeconds = {
    hand_in: typicalServiceSeconds(samples.hand_in, usual.handIn),
    collect: typicalServiceSeconds(samples.collect, usual.collect),
  };
  const ahead = day.filter((t) => t.status === 'waiting' && t.id < ticket.id);
  const atDesk = day.filter((t) => (t.status === 'called' || t.status === 'serving') && t.firstCalledAt);
  const involved = new Set<Purpose>([...ahead, ...atDesk].map((t) => t.purpose));
  const estimate = estimateWait({
    now: q.now,
    day: q.day,
    ahead: ahead.map((t) => t.purpose),
    atDesk: atDesk.map((t) => ({ purpose: t.purpose, since: new Date(t.firstCalledAt as string) })),
    typicalSeconds,
  });
  return {
    ...estimate,
    ahead: ahead.length,
    basis: [...involved].every((p) => samples[p].length >= MIN_SAMPLES) ? 'today' : 'usual',
  };
}

// The walk-in queue (STANDARD.md §7.2, §7.3, §10): issuing tickets in order of arrival,
// calling them to the desk, service, the day's closing, the waiting-room screen and the
// statistics. Every write is registered as one (kernel/handler.ts): it takes the database's
// write lock at its start, so two desks acting at the same moment are served one after the
// other, never interleaved — and reads the day (queueToday) inside that lock.

import type { Board, IssuedTicket, Ticket } from '../../shared/contract/queue.ts';
import { DomainError } from '../../shared/contract/result.ts';
import { localTimeOf } from '../../shared/domain/office-time.ts';
import { limitMinutes, ticketNumber } from '../../shared/domain/queue.ts';
import { queueStatistics, type TicketFacts } from '../../shared/domain/report/queue-stats.ts';
import { definitionFor } from '../../shared/standard/service-definition.ts';
import { getApplication } from '../db/applications.ts';
import {
  callNextTicket,
  cancelTicket,
  currentTicketOf,
  endService,
  getTicket,
  insertQueueEvent,
  insertTicket,
  isDayClosed,
  lastCallEvent,
  markNoShow,
  recallTicket,
  setWaitSeconds,
  startService,
  type TicketRecord,
  ticketsBetween,
  ticketsForApplication,
  ticketsOfDay,
} from '../db/queue.ts';
import { type DeskContext, type HandlerGroup, read, task, write } from '../kernel/handler.ts';
import { printAndKeep } from '../print/archive.ts';
import { LARGE_LAYOUT } from '../print/large-print.ts';
import { renderLargeQueueTicket } from '../print/large-ticket.ts';
import { workingHoursLine } from '../print/texts.ts';
import { visitCodeFor } from '../report/visit-code.ts';
import { closeLeftovers, closeToday, leftoversDue, type QueueToday, queueToday, waitUntil } from './day.ts';
import { renderQueueTicket, type TicketData } from './ticket.ts';
import { estimateFor, serviceSeconds, toTicket } from './tickets.ts';

type QueueChannels =
  | 'queue.issue'
  | 'queue.printTicket'
  | 'queue.board'
  | 'queue.callNext'
  | 'queue.recall'
  | 'queue.noShow'
  | 'queue.start'
  | 'queue.finish'
  | 'queue.cancel'
  | 'queue.closeDay'
  | 'queue.display'
  | 'queue.stats'
  | 'queue.forApplication';

function hoursOf(q: QueueToday) {
  const { open, close, lunchFrom, lunchTo } = q.def.workingHours;
  return { open, close, lunchFrom, lunchTo };
}

/** §10: reception Monday–Friday on working days, 09:00–18:00; a closed day takes no tickets. */
function assertReceptionOpen(ctx: DeskContext, q: QueueToday): void {
  const { open, close } = q.def.workingHours;
  if (q.phase === 'day_off') throw new DomainError('queue_closed', { reason: 'day_off', open, close });
  if (q.phase === 'before_open' || q.phase === 'after_close') {
    throw new DomainError('queue_closed', { reason: q.phase, open, close });
  }
  if (isDayClosed(ctx.db, q.today))
    throw new DomainError('queue_closed', { reason: 'day_closed', open, close });
}

/** §10 reading: the lunch break pauses calling; nobody is called to a desk that is at lunch. */
function assertCallingAllowed(q: QueueToday): void {
  const { open, close, lunchFrom, lunchTo } = q.def.workingHours;
  if (q.phase === 'lunch') throw new DomainError('queue_lunch', { from: lunchFrom, to: lunchTo });
  if (q.phase !== 'open') {
    throw new DomainError('queue_closed', { reason: q.phase, open, close });
  }
}

function mustGet(ctx: DeskContext, id: number): TicketRecord {
  const t = getTicket(ctx.db, id);
  if (!t) throw new DomainError('not_found', { what: 'queue_ticket', id: String(id) });
  return t;
}

function wrongState(t: TicketRecord): DomainError {
  return new DomainError('queue_ticket_state', { number: t.number, status: t.status });
}

/** One step of a ticket: its event with the time, and the audit row with before and after. */
function recordStep(
  ctx: DeskContext,
  q: QueueToday,
  before: TicketRecord,
  kind: Parameters<typeof insertQueueEvent>[1]['kind'],
): Ticket {
  insertQueueEvent(ctx.db, { ticketId: before.id, kind, at: q.at, by: ctx.user.id });
  const after = mustGet(ctx, before.id);
  ctx.audit({
    action: `queue.${kind}`,
    entity: 'queue_ticket',
    entityId: before.id,
    before: { status: before.status, callCount: before.callCount },
    after: {
      number: after.number,
      status: after.status,
      callCount: after.callCount,
      applicationId: after.applicationId,
    },
  });
  return toTicket(q, after);
}

/** The automatic closing of leftovers, when there is any: a write only when something is due. */
function closeDue(ctx: DeskContext, q: QueueToday): number {
  return leftoversDue(ctx, q) ? closeLeftovers(ctx, q) : 0;
}

function issued(q: QueueToday, day: readonly TicketRecord[], t: TicketRecord): IssuedTicket {
  const e = estimateFor(q, day, t);
  return {
    ...toTicket(q, t),
    ahead: e.ahead,
    estimate: {
      minutes: e.minutes,
      expectedAt: e.expectedAt.toISOString(),
      afterClosing: e.afterClosing,
      basis: e.basis,
    },
  };
}

function facts(t: TicketRecord): TicketFacts {
  return {
    number: t.number,
    localDate: t.localDate,
    purpose: t.purpose,
    status: t.status,
    waitSeconds: t.waitSeconds,
    limitMinutes: t.limitMinutes,
    serviceSeconds: serviceSeconds(t),
  };
}

export const queueHandlers: HandlerGroup<QueueChannels> = {
  'queue.issue': write(({ purpose }, ctx) => {
    const q = queueToday(ctx);
    closeDue(ctx, q);
    assertReceptionOpen(ctx, q);
    const id = insertTicket(ctx.db, {
      localDate: q.today,
      purpose,
      // §7.2, §7.3: the limit in force today stays with the ticket.
      limitMinutes: limitMinutes(q.def, purpose),
      standardVersion: q.def.version,
      issuedAt: q.at,
      issuedBy: ctx.user.id,
      numberFor: (seq) => ticketNumber(purpose, seq),
    });
    insertQueueEvent(ctx.db, { ticketId: id, kind: 'issued', at: q.at, by: ctx.user.id });
    const t = mustGet(ctx, id);
    ctx.audit({
      action: 'queue.issue',
      entity: 'queue_ticket',
      entityId: id,
      after: { number: t.number, purpose, localDate: t.localDate, limitMinutes: t.limitMinutes },
    });
    return issued(q, ticketsOfDay(ctx.db, q.today), t);
  }),

  'queue.printTicket': task(({ ticketId, largePrint }, ctx) => {
    const q = queueToday(ctx);
    const t = mustGet(ctx, ticketId);
    // A paper for the visitor in the waiting room: not for a visit already over.
    if (!['waiting', 'called'].includes(t.status)) throw wrongState(t);
    const line =
      t.status === 'waiting' && t.localDate === q.today ? issued(q, ticketsOfDay(ctx.db, q.today), t) : null;
    const surveyCode = visitCodeFor(ctx.db, { ticketId: t.id }).code;
    const data = (copy: boolean): TicketData => ({
      number: t.number,
      purpose: t.purpose,
      issuedAt: t.issuedAt,
      limitMinutes: t.limitMinutes,
      ahead: line?.ahead ?? null,
      estimate: line?.estimate ?? null,
      copy,
      surveyCode,
    });
    // Issue 13: large print, the visitor's choice when taking the ticket: A5 from the sheet printer.
    const layout = largePrint ? LARGE_LAYOUT : 'receipt80';
    const render = largePrint ? renderLargeQueueTicket : renderQueueTicket;
    return printAndKeep(
      ctx,
      { kind: 'queue_ticket', entity: 'queue_ticket', entityId: t.id, lang: 'kk', layout },
      (copy) => render(data(copy), definitionFor(t.localDate), q.office, q.now),
    );
  }),

  'queue.board': task((_input, ctx) => {
    const q = queueToday(ctx);
    const closedNow = leftoversDue(ctx, q) ? ctx.write(() => closeLeftovers(ctx, q)) : 0;
    const me = ctx.user.id;
    const day = ticketsOfDay(ctx.db, q.today).map((t) => ({ record: t, view: toTicket(q, t) }));
    const mine = currentTicketOf(ctx.db, me);
    const board: Board = {
      now: q.at,
      today: q.today,
      phase: q.phase,
      hours: hoursOf(q),
      dayClosed: isDayClosed(ctx.db, q.today),
      room: q.def.receptionRoom,
      limits: q.def.queueLimitMinutes,
      noShowAfterCalls: q.office.queue.noShowAfterCalls,
      closedNow,
      mine: mine ? toTicket(q, mine) : null,
      others: day
        .filter((t) => ['called', 'serving'].includes(t.record.status) && t.record.calledById !== me)
        .map((t) => t.view),
      waiting: day.filter((t) => t.record.status === 'waiting').map((t) => t.view),
      done: day
        .filter((t) => ['served', 'no_show', 'closed', 'cancelled'].includes(t.record.status))
        .map((t) => t.view)
        .reverse(),
    };
    return board;
  }),

  'queue.callNext': write((_input, ctx) => {
    const q = queueToday(ctx);
    const me = ctx.user.id;
    closeDue(ctx, q);
    const mine = currentTicketOf(ctx.db, me);
    // A double click, or a second window of the same clerk: the visitor already called.
    if (mine) return { ticket: toTicket(q, mine), alreadyCalled: true };
    assertCallingAllowed(q);
    const id = callNextTicket(ctx.db, { localDate: q.today, at: q.at, by: me });
    if (id === null) return { ticket: null, alreadyCalled: false };
    const before = mustGet(ctx, id);
    // The wait of indicator 1.2 and §7: from issue to this first call, in reception time.
    setWaitSeconds(ctx.db, id, waitUntil(q, before, q.now));
    return {
      ticket: recordStep(ctx, q, { ...before, status: 'waiting', callCount: 0 }, 'called'),
      alreadyCalled: false,
    };
  }),

  'queue.recall': write(({ ticketId }, ctx) => {
    const q = queueToday(ctx);
    const max = q.office.queue.noShowAfterCalls;
    const t = mustGet(ctx, ticketId);
    if (t.status !== 'called') throw wrongState(t);
    if (q.phase === 'lunch') {
      const { lunchFrom, lunchTo } = q.def.workingHours;
      throw new DomainError('queue_lunch', { from: lunchFrom, to: lunchTo });
    }
    // After the office's number of calls the visitor is recorded as not come, not called on.
    if (!recallTicket(ctx.db, t.id, q.at, max)) {
      throw new DomainError('queue_calls_remaining', {
        number: t.number,
        calls: String(t.callCount),
        needed: String(max),
        exhausted: 'true',
      });
    }
    return recordStep(ctx, q, t, 'recalled');
  }),

  'queue.noShow': write(({ ticketId }, ctx) => {
    const q = queueToday(ctx);
    const needed = q.office.queue.noShowAfterCalls;
    const t = mustGet(ctx, ticketId);
    if (t.status !== 'called') throw wrongState(t);
    if (!markNoShow(ctx.db, t.id, q.at, needed)) {
      throw new DomainError('queue_calls_remaining', {
        number: t.number,
        calls: String(t.callCount),
        needed: String(needed),
      });
    }
    return recordStep(ctx, q, t, 'no_show');
  }),

  'queue.start': write(({ ticketId }, ctx) => {
    const q = queueToday(ctx);
    const t = mustGet(ctx, ticketId);
    if (!startService(ctx.db, t.id, q.at)) throw wrongState(t);
    return recordStep(ctx, q, t, 'started');
  }),

  'queue.finish': write(({ ticketId, applicationId }, ctx) => {
    const q = queueToday(ctx);
    const t = mustGet(ctx, ticketId);
    if (applicationId != null && !getApplication(ctx.db, applicationId)) {
      throw new DomainError('not_found', { what: 'application', id: String(applicationId) });
    }
    if (!endService(ctx.db, t.id, q.at, applicationId ?? null)) {
      throw wrongState(t);
    }
    return recordStep(ctx, q, t, 'ended');
  }),

  'queue.cancel': write(({ ticketId, reason }, ctx) => {
    const q = queueToday(ctx);
    const t = mustGet(ctx, ticketId);
    if (!cancelTicket(ctx.db, t.id, q.at, ctx.user.id, reason)) throw wrongState(t);
    return recordStep(ctx, q, t, 'cancelled');
  }),

  'queue.closeDay': write(({ reason }, ctx) => {
    const q = queueToday(ctx);
    // Before closing time a day is closed early only with the reason written down.
    if (q.phase !== 'after_close' && q.phase !== 'day_off' && !reason) {
      throw new DomainError('invalid_input', undefined, [{ path: 'reason', message: 'required' }]);
    }
    // Earlier days still open close automatically; today is the clerk's closing, with its reason.
    const earlier = closeLeftovers(ctx, q, { today: false });
    const closed = isDayClosed(ctx.db, q.today) ? 0 : closeToday(ctx, q, 'clerk', reason ?? null);
    return { closed: earlier + closed, localDate: q.today };
  }),

  'queue.display': read((_input, ctx) => {
    const q = queueToday(ctx);
    const day = ticketsOfDay(ctx.db, q.today);
    return {
      now: q.at,
      clock: localTimeOf(q.now, q.office.office.timeZone),
      phase: q.phase,
      dayClosed: isDayClosed(ctx.db, q.today),
      hours: hoursOf(q),
      hoursLine: { kk: workingHoursLine(q.def, 'kk'), ru: workingHoursLine(q.def, 'ru') },
      room: q.def.receptionRoom,
      calling: day
        .filter((t) => (t.status === 'called' || t.status === 'serving') && t.lastCalledAt)
        .sort((a, b) => (b.lastCalledAt as string).localeCompare(a.lastCalledAt as string) || b.id - a.id)
        .map((t) => ({
          number: t.number,
          purpose: t.purpose,
          calledAt: t.lastCalledAt as string,
          calls: t.callCount,
        })),
      next: day
        .filter((t) => t.status === 'waiting')
        .slice(0, 6)
        .map((t) => ({ number: t.number, purpose: t.purpose })),
      waiting: day.filter((t) => t.status === 'waiting').length,
      callSerial: lastCallEvent(ctx.db, q.today),
      voice: q.office.voice,
    };
  }),

  'queue.stats': read(({ from, to }, ctx) => {
    const def = definitionFor(to);
    const stats = queueStatistics(ticketsBetween(ctx.db, from, to).map(facts), def.queueIndicatorWaitMinutes);
    return {
      from,
      to,
      limits: def.queueLimitMinutes,
      indicatorMinutes: def.queueIndicatorWaitMinutes,
      ...stats,
    };
  }),

  'queue.forApplication': read(({ applicationId }, ctx) => {
    const q = queueToday(ctx);
    return ticketsForApplication(ctx.db, applicationId).map((t) => toTicket(q, t));
  }),
};

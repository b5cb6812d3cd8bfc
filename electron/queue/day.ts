// The queue's day as the office lives it (§10): its hours from the service definition in force,
// whether the office calendar makes it a working day, and what happens at closing.
//
// Closing — nothing is ever left open silently:
//   • the clerk closes the day ("close the day"; before 18:00 only with a reason);
//   • at or after closing time, the first touch of the board or "call next" closes the day;
//   • the first touch of a later day (a ticket, the board, "call next") closes earlier days.
// What was still waiting or called is closed with the reason "closing_time" (its wait counts
// up to the moment of closing, at most to 18:00); a visitor still at the desk on a later day is
// closed as "service_not_ended". The visitor at the desk at 18:00 is served to the end.

import type { User } from '../../shared/contract/common.ts';
import type { OfficeSettings } from '../../shared/contract/settings.ts';
import {
  type QueuePhase,
  type ReceptionDay,
  receptionAt,
  receptionDay,
  receptionSeconds,
} from '../../shared/domain/queue-hours.ts';
import { definitionFor, type ServiceDefinition } from '../../shared/standard/service-definition.ts';
import { calendarAround } from '../calendar/office-calendar.ts';
import {
  closeTicket,
  insertClosedDay,
  insertQueueEvent,
  isDayClosed,
  openTicketsBefore,
  setWaitSeconds,
  type TicketRecord,
  ticketsOfDay,
  unclosedDaysBefore,
} from '../db/queue.ts';
import type { DeskContext } from '../kernel/handler.ts';

export interface QueueToday {
  now: Date;
  at: string;
  today: string;
  def: ServiceDefinition;
  office: OfficeSettings;
  day: ReceptionDay;
  phase: QueuePhase;
  /** The reception day of any date, in the office's zone (for waits of earlier days). */
  dayOf(date: string): ReceptionDay;
}

/** Who acts on the queue: the clerk, or nobody (the waiting-room screen only looks). */
type QueueContext = DeskContext<User | null>;

export function queueToday(ctx: QueueContext): QueueToday {
  const { office, now, today } = ctx;
  const tz = office.office.timeZone;
  const def = definitionFor(today);
  const { day, phase } = receptionAt(now, today, def.workingHours, tz, calendarAround(ctx.db, today));
  const days = new Map<string, ReceptionDay>([[today, day]]);
  return {
    now,
    at: now.toISOString(),
    today,
    def,
    office,
    day,
    phase,
    dayOf(date) {
      let d = days.get(date);
      if (!d) {
        // A day that had tickets was a working day; the hours are those of its edition.
        d = receptionDay(date, definitionFor(date).workingHours, tz, true);
        days.set(date, d);
      }
      return d;
    },
  };
}

/** Closes one leftover ticket with its reason, its event and its audit row. */
function closeLeftover(ctx: QueueContext, q: QueueToday, t: TicketRecord, action: string): boolean {
  const reason = t.status === 'serving' ? 'service_not_ended' : 'closing_time';
  if (!closeTicket(ctx.db, t.id, q.at, reason)) return false;
  // A ticket never called waited until the day was closed, at most until closing time.
  if (t.waitSeconds === null) setWaitSeconds(ctx.db, t.id, waitUntil(q, t, q.now));
  insertQueueEvent(ctx.db, { ticketId: t.id, kind: 'closed', at: q.at, by: ctx.user?.id ?? null });
  ctx.audit({
    action,
    entity: 'queue_ticket',
    entityId: t.id,
    before: { number: t.number, localDate: t.localDate, status: t.status },
    after: { status: 'closed', closeReason: reason },
  });
  return true;
}

/** Reception seconds from the ticket's issue until `end`, on the ticket's own day (lunch excluded). */
export function waitUntil(q: QueueToday, t: Pick<TicketRecord, 'issuedAt' | 'localDate'>, end: Date): number {
  return receptionSeconds(new Date(t.issuedAt), end, q.dayOf(t.localDate));
}

/** Is there anything the automatic closing would close now? (A read, so polling stays cheap.) */
export function leftoversDue(ctx: QueueContext, q: QueueToday): boolean {
  if (openTicketsBefore(ctx.db, q.today).length || unclosedDaysBefore(ctx.db, q.today).length) return true;
  return (
    q.phase === 'after_close' && !isDayClosed(ctx.db, q.today) && ticketsOfDay(ctx.db, q.today).length > 0
  );
}

/**
 * The automatic closing, inside the caller's write transaction: earlier days, and today once
 * closing time has passed — unless the clerk is closing today right now (`today: false`), so
 * that the day is recorded as the clerk's closing, not an automatic one. Returns how many
 * tickets it closed.
 */
export function closeLeftovers(
  ctx: QueueContext,
  q: QueueToday,
  opts: { today: boolean } = { today: true },
): number {
  let closed = 0;
  for (const t of openTicketsBefore(ctx.db, q.today))
    if (closeLeftover(ctx, q, t, 'queue.autoClose')) closed++;
  for (const date of unclosedDaysBefore(ctx.db, q.today))
    recordClosedDay(ctx, q, date, 'automatic', null, 'queue.autoClose');
  if (
    opts.today &&
    q.phase === 'after_close' &&
    !isDayClosed(ctx.db, q.today) &&
    ticketsOfDay(ctx.db, q.today).length
  ) {
    closed += closeToday(ctx, q, 'automatic', null, 'queue.autoClose');
  }
  return closed;
}

/** Closes today: what waits or was called is closed with its reason; the visitor at the desk stays. */
export function closeToday(
  ctx: QueueContext,
  q: QueueToday,
  how: 'clerk' | 'automatic',
  reason: string | null,
  action = 'queue.closeDay',
): number {
  let closed = 0;
  for (const t of ticketsOfDay(ctx.db, q.today)) {
    if (t.status === 'waiting' || t.status === 'called') if (closeLeftover(ctx, q, t, action)) closed++;
  }
  recordClosedDay(ctx, q, q.today, how, reason, action);
  return closed;
}

/** The day's closing itself, with who, how and why — audited like every ticket it closed. */
function recordClosedDay(
  ctx: QueueContext,
  q: QueueToday,
  localDate: string,
  how: 'clerk' | 'automatic',
  reason: string | null,
  action: string,
): void {
  insertClosedDay(ctx.db, { localDate, at: q.at, by: ctx.user?.id ?? null, how, reason });
  ctx.audit({ action, entity: 'queue_day', entityId: null, after: { localDate, how, reason } });
}

// The walk-in queue's SQL (§7.2, §7.3, §10). Every state change is a conditional UPDATE that
// names the state it expects, so two desks acting on the same ticket at once cannot both win:
// the loser changes 0 rows and the handler says why.

import type { Purpose } from '../../shared/domain/queue.ts';
import type { TicketStatus } from '../../shared/domain/report/queue-stats.ts';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export interface TicketRecord {
  id: number;
  localDate: string;
  purpose: Purpose;
  seq: number;
  number: string;
  limitMinutes: number;
  standardVersion: string;
  status: TicketStatus;
  issuedAt: string;
  callCount: number;
  firstCalledAt: string | null;
  lastCalledAt: string | null;
  calledById: number | null;
  calledBy: string | null;
  startedAt: string | null;
  endedAt: string | null;
  closedAt: string | null;
  closeReason: 'closing_time' | 'service_not_ended' | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  waitSeconds: number | null;
  applicationId: number | null;
  /** The application(s) of the visit: the one collected, or those accepted at intake. */
  regNumber: string | null;
  /** Intakes of the visit that ended with a missing-documents list. */
  turnedAway: number;
}

const SELECT = `
  SELECT t.id, t.local_date AS localDate, t.purpose, t.seq, t.number, t.limit_minutes AS limitMinutes,
         t.standard_version AS standardVersion, t.status, t.issued_at AS issuedAt, t.call_count AS callCount,
         t.first_called_at AS firstCalledAt, t.last_called_at AS lastCalledAt, t.called_by AS calledById,
         u.full_name AS calledBy, t.started_at AS startedAt, t.ended_at AS endedAt, t.closed_at AS closedAt,
         t.close_reason AS closeReason, t.cancelled_at AS cancelledAt, t.cancel_reason AS cancelReason,
         t.wait_seconds AS waitSeconds, t.application_id AS applicationId,
         coalesce(a.reg_number,
           (SELECT group_concat(ap.reg_number, ', ') FROM intake_attempts ia
              JOIN applications ap ON ap.attempt_id = ia.id WHERE ia.queue_ticket_id = t.id)) AS regNumber,
         (SELECT count(*) FROM intake_attempts ia WHERE ia.queue_ticket_id = t.id AND ia.outcome = 'turned_away')
           AS turnedAway
    FROM queue_tickets t
    LEFT JOIN users u ON u.id = t.called_by
    LEFT JOIN applications a ON a.id = t.application_id`;

export interface NewTicket {
  localDate: string;
  purpose: Purpose;
  limitMinutes: number;
  standardVersion: string;
  issuedAt: string;
  issuedBy: number | null;
  /** The printed number for a sequence number (shared/domain/queue.ts). */
  numberFor(seq: number): string;
}

/** Allocates the next number of the day and purpose inside the caller's (write) transaction. */
export function insertTicket(db: Db, t: NewTicket): number {
  const { next } = prepared(
    db,
    'SELECT coalesce(max(seq), 0) + 1 AS next FROM queue_tickets WHERE local_date = ? AND purpose = ?',
  ).get(t.localDate, t.purpose) as { next: number };
  return Number(
    prepared(
      db,
      `INSERT INTO queue_tickets (local_date, purpose, seq, number, limit_minutes, standard_version, status,
           issued_at, issued_by)
         VALUES (@localDate, @purpose, @seq, @number, @limitMinutes, @standardVersion, 'waiting', @issuedAt, @issuedBy)`,
    ).run({
      localDate: t.localDate,
      purpose: t.purpose,
      seq: next,
      number: t.numberFor(next),
      limitMinutes: t.limitMinutes,
      standardVersion: t.standardVersion,
      issuedAt: t.issuedAt,
      issuedBy: t.issuedBy,
    }).lastInsertRowid,
  );
}

export function getTicket(db: Db, id: number): TicketRecord | undefined {
  return prepared(db, `${SELECT} WHERE t.id = ?`).get(id) as TicketRecord | undefined;
}

/** The tickets of one day in order of arrival. */
export function ticketsOfDay(db: Db, localDate: string): TicketRecord[] {
  return prepared(db, `${SELECT} WHERE t.local_date = ? ORDER BY t.id`).all(localDate) as TicketRecord[];
}

export function ticketsBetween(db: Db, from: string, to: string): TicketRecord[] {
  return prepared(db, `${SELECT} WHERE t.local_date BETWEEN ? AND ? ORDER BY t.id`).all(
    from,
    to,
  ) as TicketRecord[];
}

/** Tickets of days before `localDate` that never reached an end: closed when a later day starts. */
export function openTicketsBefore(db: Db, localDate: string): TicketRecord[] {
  return prepared(
    db,
    `${SELECT} WHERE t.local_date < ? AND t.status IN ('waiting', 'called', 'serving') ORDER BY t.id`,
  ).all(localDate) as TicketRecord[];
}

/** The visitor a clerk has called or is serving (at most one, see callNextTicket). */
export function currentTicketOf(db: Db, userId: number): TicketRecord | undefined {
  return prepared(
    db,
    `${SELECT} WHERE t.called_by = ? AND t.status IN ('called', 'serving') ORDER BY t.id LIMIT 1`,
  ).get(userId) as TicketRecord | undefined;
}

/**
 * "Call next" as one conditional UPDATE: the first waiting ticket of the day in order of
 * arrival, and only while this clerk has nobody called or at the desk. Two calls at once — a
 * double click, two windows, two desks — are serialised by SQLite's write lock; each sees the
 * other's result, so no ticket is called twice and none is passed over. Returns the id, or
 * null when nothing was called (nobody waits, or the clerk already has a visitor).
 */
export function callNextTicket(db: Db, c: { localDate: string; at: string; by: number }): number | null {
  const row = prepared(
    db,
    `UPDATE queue_tickets
          SET status = 'called', call_count = 1, first_called_at = @at, last_called_at = @at, called_by = @by
        WHERE id = (SELECT id FROM queue_tickets WHERE local_date = @localDate AND status = 'waiting'
                     ORDER BY id LIMIT 1)
          AND status = 'waiting'
          AND NOT EXISTS (SELECT 1 FROM queue_tickets WHERE called_by = @by AND status IN ('called', 'serving'))
       RETURNING id`,
  ).get(c) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Fixed once, at the first call or at closing: the wait as it was measured then. */
export function setWaitSeconds(db: Db, id: number, seconds: number): void {
  prepared(db, 'UPDATE queue_tickets SET wait_seconds = ? WHERE id = ? AND wait_seconds IS NULL').run(
    seconds,
    id,
  );
}

export function recallTicket(db: Db, id: number, at: string, maxCalls: number): boolean {
  return (
    prepared(
      db,
      `UPDATE queue_tickets SET call_count = call_count + 1, last_called_at = ?
          WHERE id = ? AND status = 'called' AND call_count < ?`,
    ).run(at, id, maxCalls).changes === 1
  );
}

export function markNoShow(db: Db, id: number, at: string, minCalls: number): boolean {
  return (
    prepared(
      db,
      `UPDATE queue_tickets SET status = 'no_show', ended_at = ?
          WHERE id = ? AND status = 'called' AND call_count >= ?`,
    ).run(at, id, minCalls).changes === 1
  );
}

export function startService(db: Db, id: number, at: string): boolean {
  return (
    prepared(
      db,
      `UPDATE queue_tickets SET status = 'serving', started_at = ? WHERE id = ? AND status = 'called'`,
    ).run(at, id).changes === 1
  );
}

export function endService(db: Db, id: number, at: string, applicationId: number | null): boolean {
  return (
    prepared(
      db,
      `UPDATE queue_tickets SET status = 'served', ended_at = @at,
                application_id = coalesce(@applicationId, application_id)
          WHERE id = @id AND status = 'serving'`,
    ).run({ id, at, applicationId }).changes === 1
  );
}

/** What is left at the end of a day: closed with its reason, never dropped. */
export function closeTicket(
  db: Db,
  id: number,
  at: string,
  reason: 'closing_time' | 'service_not_ended',
): boolean {
  return (
    prepared(
      db,
      `UPDATE queue_tickets SET status = 'closed', closed_at = ?, close_reason = ?
          WHERE id = ? AND status IN ('waiting', 'called', 'serving')`,
    ).run(at, reason, id).changes === 1
  );
}

export function cancelTicket(db: Db, id: number, at: string, by: number, reason: string): boolean {
  return (
    prepared(
      db,
      `UPDATE queue_tickets SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = ?
          WHERE id = ? AND status IN ('waiting', 'called')`,
    ).run(at, by, reason, id).changes === 1
  );
}

export type QueueEventKind =
  | 'issued'
  | 'called'
  | 'recalled'
  | 'no_show'
  | 'started'
  | 'ended'
  | 'closed'
  | 'cancelled';

export function insertQueueEvent(
  db: Db,
  e: { ticketId: number; kind: QueueEventKind; at: string; by: number | null },
): number {
  return Number(
    prepared(db, 'INSERT INTO queue_events (ticket_id, kind, at, by_user) VALUES (?, ?, ?, ?)').run(
      e.ticketId,
      e.kind,
      e.at,
      e.by,
    ).lastInsertRowid,
  );
}

export function queueEvents(db: Db, ticketId: number): { kind: QueueEventKind; at: string }[] {
  return prepared(db, 'SELECT kind, at FROM queue_events WHERE ticket_id = ? ORDER BY id').all(ticketId) as {
    kind: QueueEventKind;
    at: string;
  }[];
}

/** The newest call or recall of a day: the waiting-room screen chimes when it changes. */
export function lastCallEvent(db: Db, localDate: string): number {
  const row = prepared(
    db,
    `SELECT coalesce(max(e.id), 0) AS id FROM queue_events e JOIN queue_tickets t ON t.id = e.ticket_id
        WHERE t.local_date = ? AND e.kind IN ('called', 'recalled')`,
  ).get(localDate) as { id: number };
  return row.id;
}

export function isDayClosed(db: Db, localDate: string): boolean {
  return prepared(db, 'SELECT 1 FROM queue_days WHERE local_date = ?').get(localDate) !== undefined;
}

export function insertClosedDay(
  db: Db,
  d: { localDate: string; at: string; by: number | null; how: 'clerk' | 'automatic'; reason: string | null },
): void {
  prepared(
    db,
    `INSERT INTO queue_days (local_date, closed_at, closed_by, how, reason) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (local_date) DO NOTHING`,
  ).run(d.localDate, d.at, d.by, d.how, d.reason);
}

/**
 * Days before `localDate` that had tickets but were never closed. Bounded: a day is closed only
 * after every earlier day with tickets was (closeLeftovers runs before any closing, the
 * clerk's too), so only the days after the last closed one are looked at, and those one index
 * seek each (queue_tickets_by_day), not every ticket of every day the office ever had.
 */
export function unclosedDaysBefore(db: Db, localDate: string): string[] {
  return prepared(
    db,
    `WITH RECURSIVE ticket_days(d) AS (
       SELECT (SELECT min(local_date) FROM queue_tickets
                WHERE local_date > coalesce((SELECT max(local_date) FROM queue_days WHERE local_date < @today), '')
                  AND local_date < @today)
       UNION ALL
       SELECT (SELECT min(local_date) FROM queue_tickets WHERE local_date > ticket_days.d AND local_date < @today)
         FROM ticket_days WHERE ticket_days.d IS NOT NULL)
     SELECT d FROM ticket_days
      WHERE d IS NOT NULL AND NOT EXISTS (SELECT 1 FROM queue_days q WHERE q.local_date = ticket_days.d)`,
  )
    .pluck()
    .all({ today: localDate }) as string[];
}

/** The queue visits behind an application: its intake's ticket, and the visits linked to it. */
export function ticketsForApplication(db: Db, applicationId: number): TicketRecord[] {
  return prepared(
    db,
    `${SELECT} WHERE t.application_id = @id
          OR t.id = (SELECT ia.queue_ticket_id FROM applications ap JOIN intake_attempts ia ON ia.id = ap.attempt_id
                      WHERE ap.id = @id)
        ORDER BY t.id`,
  ).all({ id: applicationId }) as TicketRecord[];
}

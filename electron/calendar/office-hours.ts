// §10 at the desk: intake.accept and complaints.register take a package or a letter in the
// office's hours only — the same rule as the queue (shared/domain/queue-hours.ts receptionAt) —
// unless the clerk records why it is done outside them (a Saturday worked by decree, post that
// came in and is registered on the next working day). The reason is kept with the record.

import { DomainError } from '../../shared/contract/result.ts';
import { outsideHours, receptionAt } from '../../shared/domain/queue-hours.ts';
import { definitionFor } from '../../shared/standard/service-definition.ts';
import type { DeskContext } from '../kernel/handler.ts';
import { calendarAround } from './office-calendar.ts';

/**
 * Refuses outside §10's hours and on the office's days off (`outside_hours`), unless an exception
 * with its reason is given; returns the reason to keep with the record (null within the hours,
 * where an exception would explain nothing).
 */
export function checkOfficeHours(ctx: DeskContext, exception: { reason: string } | null): string | null {
  const hours = definitionFor(ctx.today).workingHours;
  const { phase } = receptionAt(
    ctx.now,
    ctx.today,
    hours,
    ctx.office.office.timeZone,
    calendarAround(ctx.db, ctx.today),
  );
  if (!outsideHours(phase)) return null;
  if (!exception)
    throw new DomainError('outside_hours', { reason: phase, open: hours.open, close: hours.close });
  return exception.reason;
}

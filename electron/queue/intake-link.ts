// The join between the queue and intake (§7.2, §14): an intake opened from a "hand in documents"
// ticket carries the ticket's id, and intake_attempts.queue_ticket_id keeps it. Checked before
// intake writes anything: the ticket must exist, be for handing in documents and be at the desk.
// The service itself ends when the clerk finishes it — one visit may bring several packages.

import { DomainError } from '../../shared/contract/result.ts';
import { getTicket } from '../db/queue.ts';
import type { DeskContext } from '../kernel/handler.ts';

export function checkIntakeTicket(ctx: DeskContext, ticketId: number): void {
  const t = getTicket(ctx.db, ticketId);
  if (!t) throw new DomainError('not_found', { what: 'queue_ticket', id: String(ticketId) });
  if (t.purpose !== 'hand_in')
    throw new DomainError('queue_wrong_purpose', { number: t.number, purpose: t.purpose });
  if (t.status !== 'serving')
    throw new DomainError('queue_ticket_state', { number: t.number, status: t.status });
}

// The code that lets one visit answer the satisfaction survey once (issue 10): printed on the
// queue ticket, the talon or the complaint answer's return slip, typed at the kiosk or from the
// paper form. It is the visit's kind and number with a keyed check (HMAC with the office's own
// random key, made by the report migration), so a code cannot be made up, and a visit that took
// a ticket and then a talon has one code — the ticket's.

import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../shared/contract/result.ts';
import type { VisitPurpose } from '../../shared/domain/report/survey.ts';
import type { Db } from '../db/open.ts';
import { applicationVisit, complaintVisit, surveyKey, ticketVisit } from '../db/report.ts';

type Kind = 'T' | 'A' | 'C';

export interface Visit {
  code: string;
  visitDate: string;
  purpose: VisitPurpose;
}

// Crockford's base32 without I, L, O, U: nothing to misread on paper.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function check(db: Db, kind: Kind, id: number): string {
  const mac = createHmac('sha256', surveyKey(db)).update(`${kind}${id}`).digest();
  let out = '';
  for (let i = 0; i < 6; i++) out += ALPHABET[(mac[i] as number) % 32];
  return out;
}

const codeOf = (db: Db, kind: Kind, id: number) => `${kind}${id}-${check(db, kind, id)}`;

function visitOf(db: Db, kind: Kind, id: number): Visit | undefined {
  if (kind === 'T') {
    const t = ticketVisit(db, id);
    return t && { code: codeOf(db, 'T', id), visitDate: t.localDate, purpose: t.purpose };
  }
  if (kind === 'A') {
    const a = applicationVisit(db, id);
    if (!a) return undefined;
    // The talon of a visit that came by a ticket carries the ticket's code: one visit, one vote.
    if (a.queueTicketId !== null) return visitOf(db, 'T', a.queueTicketId);
    return { code: codeOf(db, 'A', id), visitDate: a.localDate, purpose: 'hand_in' };
  }
  const c = complaintVisit(db, id);
  return c && { code: codeOf(db, 'C', id), visitDate: c.localDate, purpose: 'complaint' };
}

/** The code of a ticket, an application (its visit) or a complaint; not_found when there is none. */
export function visitCodeFor(
  db: Db,
  ref: { ticketId: number } | { applicationId: number } | { complaintId: number },
): Visit {
  const [kind, id]: [Kind, number] =
    'ticketId' in ref
      ? ['T', ref.ticketId]
      : 'applicationId' in ref
        ? ['A', ref.applicationId]
        : ['C', ref.complaintId];
  const v = visitOf(db, kind, id);
  if (!v) throw new DomainError('not_found');
  return v;
}

/** The visit a typed code stands for, or visit_code_unknown (a typo, a made-up or withdrawn code). */
export function visitOfCode(db: Db, typed: string): Visit {
  const code = typed.trim().toUpperCase().replace(/\s+/g, '');
  const m = /^([TAC])(\d{1,9})-([0-9A-Z]{6})$/.exec(code);
  const unknown = new DomainError('visit_code_unknown', { code: typed.trim() });
  if (!m) throw unknown;
  const [kind, id, given] = [m[1] as Kind, Number(m[2]), m[3] as string];
  if (!timingSafeEqual(Buffer.from(given), Buffer.from(check(db, kind, id)))) throw unknown;
  const v = visitOf(db, kind, id);
  // A ticket's talon code resolves to the ticket: only the code printed for the visit counts.
  if (!v || v.code !== code) throw unknown;
  return v;
}

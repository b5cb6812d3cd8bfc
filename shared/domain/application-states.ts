// What happens to an application after the talon, as data (§5, §7.1, §16, §17): the states, the
// moves between them, and who may make each move. The service is complete only when the
// applicant has the notification letter in hand (§5), so every accepted application walks
//
//   accepted → under_review ⇄ returned → approved | refused → notified → closed
//
// and nothing leaves the path except a cancellation of a mistaken entry before a decision.
// The main side checks every step against this table (electron/decisions), the permissions
// table derives the channels' roles from it (electron/app/permissions.ts), and the renderer
// shows only the moves it allows — one rule, read by all three.

export const APPLICATION_STATUSES = [
  'accepted',
  'under_review',
  'returned',
  'approved',
  'refused',
  'notified',
  'closed',
  'cancelled',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export type DeskRole = 'clerk' | 'head' | 'deputy' | 'admin';

/** §17: only the head of the department or the deputy head decides (and sends a file back). */
export const DECIDERS: readonly DeskRole[] = ['head', 'deputy'];
/**
 * The desk's own records: passing the file on, the notification (§16), closing. The first user
 * of an office is its administrator (first start), and in a one-clerk office that is the clerk.
 */
export const DESK_STAFF: readonly DeskRole[] = ['clerk', 'admin'];

export const MOVES = [
  'start_review',
  'return_for_correction',
  'resubmit',
  'approve',
  'refuse',
  'send_by_post',
  'hand_over',
  'close',
  'cancel',
] as const;
export type Move = (typeof MOVES)[number];

export interface MoveRule {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  roles: readonly DeskRole[];
  /** The step must name the document it rests on (the head's order: number and date). */
  basisRequired: boolean;
}

export const MOVE_RULES: Readonly<Record<Move, MoveRule>> = {
  /** The clerk passes the file to the head for a decision. */
  start_review: { from: ['accepted'], to: 'under_review', roles: DESK_STAFF, basisRequired: false },
  /** The head sends the file back to the clerk to put right (indicator 2.2). */
  return_for_correction: { from: ['under_review'], to: 'returned', roles: DECIDERS, basisRequired: false },
  /** The clerk has put it right and hands it back for the decision. */
  resubmit: { from: ['returned'], to: 'under_review', roles: DESK_STAFF, basisRequired: false },
  approve: { from: ['under_review'], to: 'approved', roles: DECIDERS, basisRequired: true },
  /** §17: only on one of its grounds, explained in words. */
  refuse: { from: ['under_review'], to: 'refused', roles: DECIDERS, basisRequired: true },
  /** §16: the letter handed to the post office on a date. */
  send_by_post: { from: ['approved', 'refused'], to: 'notified', roles: DESK_STAFF, basisRequired: false },
  /** §16: handed over in room No. 8, only when the consumer comes in person. */
  hand_over: { from: ['approved', 'refused'], to: 'notified', roles: DESK_STAFF, basisRequired: false },
  close: { from: ['notified'], to: 'closed', roles: DESK_STAFF, basisRequired: false },
  /** A mistaken entry (a duplicate, a wrong person), before any decision was made on it. */
  cancel: {
    from: ['accepted', 'under_review', 'returned'],
    to: 'cancelled',
    roles: [...DESK_STAFF, ...DECIDERS],
    basisRequired: false,
  },
};

/** The moves that decide (§17), whose step the notification letter rests on. */
export const DECISION_MOVES: readonly Move[] = ['approve', 'refuse'];

/** Not done yet: the §7.1 term still matters (decision AND notification by the term's last day). */
export const OPEN_STATUSES: readonly ApplicationStatus[] = [
  'accepted',
  'under_review',
  'returned',
  'approved',
  'refused',
];

export function isApplicationStatus(s: string): s is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(s);
}

export type MoveCheck =
  | { ok: true; to: ApplicationStatus }
  | {
      ok: false;
      problem: 'state' | 'role';
      allowedFrom: readonly ApplicationStatus[];
      roles: readonly DeskRole[];
    };

/** Whether `role` may make `move` on an application in `status`; the state is checked first. */
export function checkMove(status: string, move: Move, role: DeskRole): MoveCheck {
  const rule = MOVE_RULES[move];
  if (!isApplicationStatus(status) || !rule.from.includes(status)) {
    return { ok: false, problem: 'state', allowedFrom: rule.from, roles: rule.roles };
  }
  if (!rule.roles.includes(role))
    return { ok: false, problem: 'role', allowedFrom: rule.from, roles: rule.roles };
  return { ok: true, to: rule.to };
}

/** Every move `role` may make now, in the order of the path. Cancelling is offered elsewhere. */
export function allowedMoves(status: string, role: DeskRole): Move[] {
  return MOVES.filter((m) => m !== 'cancel' && checkMove(status, m, role).ok);
}

/** A recorded step, as much of it as the rules need. */
export interface StepLike {
  id: number;
  move: Move | 'correction';
  fromStatus: ApplicationStatus;
  toStatus: ApplicationStatus;
  /** The correction that voided this step, if any. */
  voidedBy: number | null;
}

/**
 * History is never edited (§18: safekeeping of information): a wrong step is corrected by a new
 * step that voids it, says why, and puts the application back where the wrong step found it.
 * Only the latest step still in force can be voided — to undo a decision that was already sent,
 * the sending is corrected first — and only by someone who could have made that step.
 */
export function correctableStep<S extends StepLike>(steps: readonly S[]): S | null {
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i] as S;
    if (s.move === 'correction' || s.voidedBy !== null) continue;
    return s;
  }
  return null;
}

export function mayCorrect(step: StepLike, role: DeskRole): boolean {
  return step.move !== 'correction' && MOVE_RULES[step.move].roles.includes(role);
}

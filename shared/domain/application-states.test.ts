import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  allowedMoves,
  checkMove,
  correctableStep,
  type DeskRole,
  MOVE_RULES,
  MOVES,
  mayCorrect,
  type StepLike,
} from './application-states.ts';

const ROLES: DeskRole[] = ['clerk', 'admin', 'head', 'deputy'];

/** The path of the issue, written out by hand: the table must say exactly this. */
const EXPECTED: Record<string, { from: string[]; to: string; roles: DeskRole[] }> = {
  start_review: { from: ['accepted'], to: 'under_review', roles: ['clerk', 'admin'] },
  return_for_correction: { from: ['under_review'], to: 'returned', roles: ['head', 'deputy'] },
  resubmit: { from: ['returned'], to: 'under_review', roles: ['clerk', 'admin'] },
  approve: { from: ['under_review'], to: 'approved', roles: ['head', 'deputy'] },
  refuse: { from: ['under_review'], to: 'refused', roles: ['head', 'deputy'] },
  send_by_post: { from: ['approved', 'refused'], to: 'notified', roles: ['clerk', 'admin'] },
  hand_over: { from: ['approved', 'refused'], to: 'notified', roles: ['clerk', 'admin'] },
  close: { from: ['notified'], to: 'closed', roles: ['clerk', 'admin'] },
  cancel: {
    from: ['accepted', 'under_review', 'returned'],
    to: 'cancelled',
    roles: ['clerk', 'admin', 'head', 'deputy'],
  },
};

describe('the state machine of an application after the talon (§5, §16, §17)', () => {
  it('allows exactly the moves of the path, from the right states, to the right state, by the right roles', () => {
    for (const move of MOVES) {
      const want = EXPECTED[move];
      expect(want, move).toBeDefined();
      for (const status of APPLICATION_STATUSES) {
        for (const role of ROLES) {
          const verdict = checkMove(status, move, role);
          const allowed = want?.from.includes(status) && want.roles.includes(role);
          expect(verdict.ok, `${move} from ${status} by ${role}`).toBe(Boolean(allowed));
          if (verdict.ok) expect(verdict.to).toBe(want?.to);
        }
      }
    }
  });

  it('says a wrong state before a wrong role, so the clerk learns what is really in the way', () => {
    expect(checkMove('accepted', 'approve', 'clerk')).toMatchObject({
      ok: false,
      problem: 'state',
      allowedFrom: ['under_review'],
    });
    expect(checkMove('under_review', 'approve', 'clerk')).toMatchObject({
      ok: false,
      problem: 'role',
      roles: ['head', 'deputy'],
    });
  });

  it('lets only the head or the deputy decide and send back (§17, indicator 2.2)', () => {
    for (const m of ['approve', 'refuse', 'return_for_correction'] as const) {
      expect(MOVE_RULES[m].roles).toEqual(['head', 'deputy']);
    }
    expect(MOVE_RULES.approve.basisRequired && MOVE_RULES.refuse.basisRequired).toBe(true);
  });

  it('ends nowhere but notified → closed, and lets nothing leave closed or cancelled', () => {
    for (const role of ROLES) {
      expect(allowedMoves('closed', role)).toEqual([]);
      expect(allowedMoves('cancelled', role)).toEqual([]);
    }
    expect(allowedMoves('approved', 'clerk')).toEqual(['send_by_post', 'hand_over']);
    expect(allowedMoves('under_review', 'head')).toEqual(['return_for_correction', 'approve', 'refuse']);
    expect(allowedMoves('under_review', 'clerk')).toEqual([]);
  });

  it('rejects a status it does not know', () => {
    expect(checkMove('lost', 'close', 'clerk')).toMatchObject({ ok: false, problem: 'state' });
  });
});

describe('corrections: a new step that voids the latest one in force, never an edit', () => {
  const step = (id: number, over: Partial<StepLike>): StepLike => ({
    id,
    move: 'start_review',
    fromStatus: 'accepted',
    toStatus: 'under_review',
    voidedBy: null,
    ...over,
  });

  it('offers the latest step in force, skipping corrections and what they voided', () => {
    const steps = [
      step(1, {}),
      step(2, { move: 'approve', fromStatus: 'under_review', toStatus: 'approved', voidedBy: 3 }),
      step(3, { move: 'correction', fromStatus: 'approved', toStatus: 'under_review' }),
    ];
    expect(correctableStep(steps)?.id).toBe(1);
    expect(correctableStep([])).toBeNull();
  });

  it('lets only someone who could have made a step void it', () => {
    const decision = step(2, { move: 'refuse', fromStatus: 'under_review', toStatus: 'refused' });
    expect(mayCorrect(decision, 'clerk')).toBe(false);
    expect(mayCorrect(decision, 'deputy')).toBe(true);
    const sent = step(4, { move: 'send_by_post', fromStatus: 'refused', toStatus: 'notified' });
    expect(mayCorrect(sent, 'clerk')).toBe(true);
    expect(mayCorrect(sent, 'head')).toBe(false);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, Input } from '../../shared/contract/index.ts';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  MOVE_RULES,
  type Move,
} from '../../shared/domain/application-states.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import {
  APPROVAL,
  applicationIn,
  DECISION_DAY,
  hireStaff,
  REFUSAL,
  type Staff,
  signInAs,
} from '../../tests/support/decisions.ts';
import { adultIntake } from '../../tests/support/people.ts';

let desk: TestDesk;
let staff: Staff;
beforeEach(async () => {
  desk = await openTestDesk();
  staff = await hireStaff(desk);
});
afterEach(() => desk.close());

/** Everything a move could write: if none of it changed, nothing was written. */
function written() {
  const n = (table: string) =>
    (desk.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    steps: n('application_steps'),
    audit: n('audit_log'),
    letters: n('letters'),
    printed: n('printed_documents'),
    statuses: desk.ctx.db.prepare('SELECT id, status FROM applications ORDER BY id').all(),
  };
}

/** A valid input for each move's channel: only the state or the role can be wrong. */
function callFor(move: Move, applicationId: number): [ChannelName, Input<ChannelName>] {
  const at = { applicationId };
  const calls: Record<Move, [ChannelName, unknown]> = {
    start_review: ['decisions.startReview', at],
    return_for_correction: ['decisions.returnForCorrection', { ...at, reason: 'Анықтама ескірген' }],
    resubmit: ['decisions.resubmit', at],
    approve: ['decisions.approve', { ...at, ...APPROVAL }],
    refuse: ['decisions.refuse', { ...at, ...REFUSAL }],
    send_by_post: ['decisions.markSent', at],
    hand_over: ['decisions.handOver', { ...at, receivedBy: 'applicant' }],
    close: ['decisions.close', at],
    cancel: ['applications.cancel', { id: applicationId, reason: 'Қате' }],
  };
  return calls[move] as [ChannelName, Input<ChannelName>];
}

describe('following an application after the talon (§5, §7.1, §16, §17)', () => {
  it('walks accepted → under review → approved → sent by post → closed, each step with who, when, its document and an audit row', async () => {
    const id = await applicationIn(desk, staff, 'accepted');
    desk.clock.set(DECISION_DAY);
    let file = await desk.ok('decisions.startReview', { applicationId: id, note: 'Толық топтама' });
    expect(file.status).toBe('under_review');

    await signInAs(desk, staff.head);
    expect((await desk.ok('decisions.file', { applicationId: id })).moves).toEqual([
      'return_for_correction',
      'approve',
      'refuse',
    ]);
    file = await desk.ok('decisions.approve', { applicationId: id, ...APPROVAL });
    expect(file.status).toBe('approved');
    expect(file.decision).toMatchObject({
      move: 'approve',
      byName: staff.head.fullName,
      byRole: 'head',
      basisNumber: '145-ө',
      basisDate: '2026-11-27',
      servicesFrom: '2026-12-01',
      socialWorker: APPROVAL.socialWorker,
      serviceUnit: APPROVAL.serviceUnit,
      at: DECISION_DAY,
      localDate: '2026-11-27',
    });
    // The head decides; the notification is the desk's (§16).
    expect(file.moves).toEqual([]);

    await signInAs(desk, staff.clerk);
    expect((await desk.ok('decisions.file', { applicationId: id })).moves).toEqual([
      'send_by_post',
      'hand_over',
    ]);
    await desk.ok('decisions.printLetter', { applicationId: id });
    file = await desk.ok('decisions.markSent', { applicationId: id });
    expect(file.status).toBe('notified');
    expect(file.steps.at(-1)).toMatchObject({
      move: 'send_by_post',
      sentDate: '2026-11-27',
      byName: staff.clerk.fullName,
    });
    file = await desk.ok('decisions.close', { applicationId: id });
    expect(file.status).toBe('closed');
    expect(file.steps.map((s) => [s.move, s.fromStatus, s.toStatus])).toEqual([
      ['start_review', 'accepted', 'under_review'],
      ['approve', 'under_review', 'approved'],
      ['send_by_post', 'approved', 'notified'],
      ['close', 'notified', 'closed'],
    ]);
    // §7.1, indicator 1.1: decided 27.11 and posted 27.11, within the term ending 07.12.
    expect(file.servedInTerm).toBe(true);

    const audit = desk.audit({ entity: 'application', entityId: id, kind: 'write' });
    const actions = audit.map((a) => a.action).reverse();
    expect(actions).toEqual([
      'intake.accept',
      'decisions.start_review',
      'decisions.approve',
      'letters.number',
      'decisions.send_by_post',
      'decisions.close',
    ]);
    // The printed letter is recorded with the letter it is (what, when, by whom).
    const printed = desk.audit({ entity: 'letter', entityId: file.letter?.id as number });
    expect(printed.map((a) => [a.action, a.userName])).toEqual([
      ['print.notification', staff.clerk.fullName],
    ]);
    const approveRow = audit.find((a) => a.action === 'decisions.approve');
    expect(approveRow).toMatchObject({ userName: staff.head.fullName, before: { status: 'under_review' } });
    expect(approveRow?.after).toMatchObject({ status: 'approved', step: { basisNumber: '145-ө' } });
    // The register of applications shows where each one stands.
    const found = await desk.ok('applications.search', { query: file.regNumber });
    expect(found.rows[0]?.status).toBe('closed');
  });

  it('refuses only on a §17 ground of the standard, with the explanation in words', async () => {
    const id = await applicationIn(desk, staff, 'under_review');
    await signInAs(desk, staff.deputy);
    const before = written();
    const bad = await desk.call('decisions.refuse', {
      applicationId: id,
      ...REFUSAL,
      ground: 'no_room_in_unit',
    });
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'refusal_ground_unknown',
        params: { ground: 'no_room_in_unit', known: 'untrue_information,unreliable_documents' },
      },
    });
    expect(written()).toEqual(before);
    const noWords = await desk.call('decisions.refuse', { applicationId: id, ...REFUSAL, explanation: '  ' });
    expect(noWords.ok || noWords.error.code).toBe('invalid_input');
    expect(written()).toEqual(before);

    const file = await desk.ok('decisions.refuse', { applicationId: id, ...REFUSAL });
    expect(file.status).toBe('refused');
    expect(file.decision).toMatchObject({
      move: 'refuse',
      byRole: 'deputy',
      refusalGround: 'unreliable_documents',
      explanation: REFUSAL.explanation,
      basisNumber: '146-ө',
    });
    expect(file.refusalGrounds.map((g) => g.item)).toEqual([1, 2]);
  });

  it('rejects every move the path does not allow from each state, says so, and writes nothing', async () => {
    const inState = new Map<ApplicationStatus, number>();
    for (const status of APPLICATION_STATUSES) inState.set(status, await applicationIn(desk, staff, status));
    const allowedRole = (move: Move) => {
      const role = MOVE_RULES[move].roles[0];
      return role === 'head' ? staff.head : role === 'clerk' ? staff.clerk : staff.admin;
    };
    let checked = 0;
    for (const move of Object.keys(MOVE_RULES) as Move[]) {
      for (const status of APPLICATION_STATUSES) {
        if (MOVE_RULES[move].from.includes(status)) continue;
        const id = inState.get(status) as number;
        await signInAs(desk, allowedRole(move));
        const before = written();
        const [channel, input] = callFor(move, id);
        const r = await desk.call(channel, input);
        expect(r.ok, `${move} from ${status}`).toBe(false);
        if (!r.ok) {
          const expected =
            move === 'cancel' && status === 'cancelled' ? 'already_cancelled' : 'move_not_allowed';
          expect(r.error.code, `${move} from ${status}`).toBe(expected);
          if (expected === 'move_not_allowed') expect(r.error.params).toMatchObject({ move, status });
        }
        expect(written(), `${move} from ${status}`).toEqual(before);
        checked++;
      }
    }
    // 9 moves × 8 states, less the 13 allowed (move, state) pairs.
    expect(checked).toBe(9 * 8 - 13);
  });

  it('lets only the head or the deputy decide and return, and only the desk record the notification', async () => {
    const reviewed = await applicationIn(desk, staff, 'under_review');
    const decided = await applicationIn(desk, staff, 'approved');
    await signInAs(desk, staff.clerk);
    await desk.ok('decisions.printLetter', { applicationId: decided });
    const cases: [ChannelName, Input<ChannelName>, keyof Staff][] = [
      ['decisions.approve', { applicationId: reviewed, ...APPROVAL }, 'clerk'],
      ['decisions.refuse', { applicationId: reviewed, ...REFUSAL }, 'admin'],
      ['decisions.returnForCorrection', { applicationId: reviewed, reason: 'Себеп' }, 'clerk'],
      ['decisions.markSent', { applicationId: decided }, 'head'],
      ['decisions.handOver', { applicationId: decided, receivedBy: 'applicant' }, 'deputy'],
    ];
    for (const [channel, input, who] of cases) {
      await signInAs(desk, staff[who]);
      const before = written();
      const r = await desk.call(channel, input);
      expect(r.ok ? 'ok' : r.error.code, `${channel} by ${who}`).toBe('forbidden');
      // The session's own sign-in wrote its audit row before; the refused call wrote nothing.
      expect(written(), `${channel} by ${who}`).toEqual(before);
    }
  });

  it('counts the head’s returns for correction (indicator 2.2)', async () => {
    const id = await applicationIn(desk, staff, 'returned');
    expect((await desk.ok('decisions.file', { applicationId: id })).moves).toEqual(['resubmit']);
    await desk.ok('decisions.resubmit', { applicationId: id, note: 'Жаңа анықтама тігілді' });
    await signInAs(desk, staff.head);
    const file = await desk.ok('decisions.returnForCorrection', {
      applicationId: id,
      reason: 'ПМПК қорытындысының көшірмесі оқылмайды',
    });
    expect(file.status).toBe('returned');
    expect(file.returnsForCorrection).toBe(2);
    expect(file.steps.at(-1)).toMatchObject({
      reason: 'ПМПК қорытындысының көшірмесі оқылмайды',
      byRole: 'head',
    });
    const view = desk.ctx.db
      .prepare('SELECT returns_for_correction AS n FROM application_outcomes WHERE application_id = ?')
      .get(id);
    expect(view).toEqual({ n: 2 });
  });

  it('corrects a wrong step by a new step with the reason, keeps both in the history, and never edits one', async () => {
    const id = await applicationIn(desk, staff, 'approved');
    await signInAs(desk, staff.head);
    let file = await desk.ok('decisions.file', { applicationId: id });
    const approval = file.decision;
    expect(file.correctable).toEqual({ stepId: approval?.id, move: 'approve' });

    // The clerk cannot void the head's decision.
    await signInAs(desk, staff.clerk);
    expect((await desk.ok('decisions.file', { applicationId: id })).correctable).toBeNull();
    const byClerk = await desk.call('decisions.correct', {
      applicationId: id,
      stepId: approval?.id as number,
      reason: 'Қате',
    });
    expect(byClerk.ok || byClerk.error.code).toBe('forbidden');

    await signInAs(desk, staff.head);
    // Only the latest step in force: the start of the review is not it.
    const older = await desk.call('decisions.correct', {
      applicationId: id,
      stepId: file.steps[0]?.id as number,
      reason: 'Қате',
    });
    expect(older.ok || older.error.code).toBe('nothing_to_correct');

    file = await desk.ok('decisions.correct', {
      applicationId: id,
      stepId: approval?.id as number,
      reason: 'Бұйрық басқа өтініш бойынша шыққан',
    });
    expect(file.status).toBe('under_review');
    expect(file.decision).toBeNull();
    expect(file.steps.map((s) => [s.move, s.voidedBy !== null])).toEqual([
      ['start_review', false],
      ['approve', true],
      ['correction', false],
    ]);
    expect(file.steps[1]).toMatchObject({
      voidReason: 'Бұйрық басқа өтініш бойынша шыққан',
      basisNumber: '145-ө',
    });
    expect(file.steps[2]).toMatchObject({
      correctsStepId: approval?.id,
      fromStatus: 'approved',
      toStatus: 'under_review',
    });

    // The right decision is a new step; the voided one stays in the history.
    file = await desk.ok('decisions.refuse', { applicationId: id, ...REFUSAL });
    expect(file.steps).toHaveLength(4);
    expect(file.decision?.move).toBe('refuse');

    // The database itself refuses to rewrite history.
    expect(() =>
      desk.ctx.db.prepare("UPDATE application_steps SET basis_number = 'x' WHERE id = ?").run(approval?.id),
    ).toThrow(/history/);
    expect(() => desk.ctx.db.prepare('DELETE FROM application_steps WHERE id = ?').run(approval?.id)).toThrow(
      /history/,
    );
    expect(() => desk.ctx.db.prepare("UPDATE applications SET status = 'lost' WHERE id = ?").run(id)).toThrow(
      /unknown application status/,
    );
  });

  it('undoes a sending posted by mistake, then the decision, in that order', async () => {
    const id = await applicationIn(desk, staff, 'notified');
    await signInAs(desk, staff.head);
    expect((await desk.ok('decisions.file', { applicationId: id })).correctable).toBeNull();
    await signInAs(desk, staff.clerk);
    const file = await desk.ok('decisions.file', { applicationId: id });
    expect(file.correctable?.move).toBe('send_by_post');
    const after = await desk.ok('decisions.correct', {
      applicationId: id,
      stepId: file.correctable?.stepId as number,
      reason: 'Хат поштаға тапсырылмады, конверт үстелде қалды',
    });
    expect(after.status).toBe('approved');
    expect(after.servedInTerm).toBeNull();
    await signInAs(desk, staff.head);
    expect((await desk.ok('decisions.file', { applicationId: id })).correctable?.move).toBe('approve');
  });

  it('sends or hands over only a letter that was printed (§5)', async () => {
    const id = await applicationIn(desk, staff, 'refused');
    const before = written();
    for (const [channel, input] of [
      ['decisions.markSent', { applicationId: id }],
      ['decisions.handOver', { applicationId: id, receivedBy: 'applicant' }],
    ] as const) {
      const r = await desk.call(channel, input);
      expect(r.ok || r.error.code).toBe('letter_not_printed');
    }
    expect(written()).toEqual(before);
  });

  it('refuses dates that cannot be: an order before the acceptance or in the future, services before the order, a sending before the letter', async () => {
    const id = await applicationIn(desk, staff, 'under_review');
    await signInAs(desk, staff.head);
    const before = written();
    const cases = [
      [{ orderDate: '2026-11-24' }, 'orderDate'],
      [{ orderDate: '2026-11-28' }, 'orderDate'],
      [{ servicesFrom: '2026-11-26' }, 'servicesFrom'],
    ] as const;
    for (const [over, field] of cases) {
      const r = await desk.call('decisions.approve', { applicationId: id, ...APPROVAL, ...over });
      expect(r.ok ? 'ok' : [r.error.code, r.error.params?.field]).toEqual(['date_out_of_range', field]);
    }
    expect(written()).toEqual(before);
    await desk.ok('decisions.approve', { applicationId: id, ...APPROVAL });
    await signInAs(desk, staff.clerk);
    await desk.ok('decisions.printLetter', { applicationId: id });
    for (const sentDate of ['2026-11-26', '2026-11-28']) {
      const r = await desk.call('decisions.markSent', { applicationId: id, sentDate });
      expect(r.ok ? 'ok' : r.error.params).toMatchObject({
        field: 'sentDate',
        min: '2026-11-27',
        max: '2026-11-27',
      });
    }
  });

  it('hands the letter over in person with the date and time, leaving the queue ticket to join (§16, §7.3)', async () => {
    const id = await applicationIn(desk, staff, 'approved', { child: true });
    await desk.ok('decisions.printLetter', { applicationId: id });
    desk.clock.set('2026-11-30T09:40:00.000Z');
    const wrong = await desk.call('decisions.handOver', {
      applicationId: id,
      receivedBy: 'applicant',
      queueTicketId: 7,
    });
    expect(wrong.ok).toBe(true);
    const file = await desk.ok('decisions.file', { applicationId: id });
    expect(file.steps.at(-1)).toMatchObject({
      move: 'hand_over',
      at: '2026-11-30T09:40:00.000Z',
      localDate: '2026-11-30',
      receivedBy: 'applicant',
      queueTicketId: 7,
      letterId: file.letter?.id,
    });
    expect(file.servedInTerm).toBe(true);
    const outcome = desk.ctx.db
      .prepare(
        'SELECT notified_how, notified_on, decided_on, served_in_term FROM application_outcomes WHERE application_id = ?',
      )
      .get(id);
    expect(outcome).toEqual({
      notified_how: 'in_person',
      notified_on: '2026-11-30',
      decided_on: '2026-11-27',
      served_in_term: 1,
    });
  });

  it('knows an adult has no representative to hand the letter to', async () => {
    const id = await applicationIn(desk, staff, 'approved');
    await desk.ok('decisions.printLetter', { applicationId: id });
    const before = written();
    const r = await desk.call('decisions.handOver', { applicationId: id, receivedBy: 'representative' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'receivedBy' }] },
    });
    expect(written()).toEqual(before);
  });

  it('marks a letter posted after the term’s last day as not served in the term (indicator 1.1)', async () => {
    const id = await applicationIn(desk, staff, 'approved');
    await desk.ok('decisions.printLetter', { applicationId: id });
    // Term 07.12.2026; the clerk posts it on Tuesday 08.12.
    desk.clock.set('2026-12-08T04:00:00.000Z');
    const file = await desk.ok('decisions.markSent', { applicationId: id });
    expect(file.termEnd).toBe('2026-12-07');
    expect(file.servedInTerm).toBe(false);
  });

  it('does not cancel an application once it is decided: the decision is corrected instead', async () => {
    const id = await applicationIn(desk, staff, 'approved');
    const r = await desk.call('applications.cancel', { id, reason: 'Қайталанған' });
    expect(r.ok || r.error).toMatchObject({
      code: 'move_not_allowed',
      params: { move: 'cancel', status: 'approved' },
    });
    // Before a decision a mistaken entry is still cancelled, and its history says so.
    const early = await applicationIn(desk, staff, 'under_review', { intake: adultIntake() });
    await desk.ok('applications.cancel', { id: early, reason: 'Қайталанған' });
    const file = await desk.ok('decisions.file', { applicationId: early });
    expect(file).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Қайталанған',
      cancelledBy: staff.clerk.fullName,
      moves: [],
    });
  });
});

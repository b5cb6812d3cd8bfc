// The complaint journal on a real SQLite file with a fixed clock (Wed 25.11.2026, 10:00 in
// Almaty): numbering per year, the term over holidays, who may record outcomes, the outcome
// rules, overdue complaints, the answer's dispatch and the postal register's view of it.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutcomeInput } from '../../shared/contract/complaints.ts';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, TEST_PASSWORD, type TestDesk } from '../../tests/support/context.ts';
import { ADULT, adultIntake } from '../../tests/support/people.ts';
import { complaintLettersSentOn } from '../db/complaint-dispatches.ts';

let desk: TestDesk;
let clerkId: number;
let headId: number;
let deputyId: number;
beforeEach(async () => {
  desk = await openTestDesk();
  headId = (
    await desk.ok('users.create', {
      login: 'b.seitkali',
      fullName: 'Бауыржан Сейтқали',
      role: 'head',
      language: 'kk',
      password: TEST_PASSWORD,
    })
  ).id;
  deputyId = (
    await desk.ok('users.create', {
      login: 'g.omarova',
      fullName: 'Гүлмира Омарова',
      role: 'deputy',
      language: 'ru',
      password: TEST_PASSWORD,
    })
  ).id;
  // The test desk's first user administers the office; the desk itself is kept by a clerk.
  clerkId = (
    await desk.ok('users.create', {
      login: 'a.clerk',
      fullName: 'Айгерім Сапарқызы Нұрланова',
      role: 'clerk',
      language: 'kk',
      password: TEST_PASSWORD,
    })
  ).id;
  await as(clerkId);
});
afterEach(() => desk.close());

const as = async (userId: number) => desk.signInAs(userId);

const count = (table: string) =>
  (desk.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const justifiedSatisfied = (id: number, over: Partial<OutcomeInput> = {}): OutcomeInput => ({
  id,
  justified: true,
  satisfied: true,
  actionTaken: 'Маманға ескерту жасалды, құжаттар қабылданды.',
  answerText: 'Шағымыңыз қаралды. Құжаттарыңыз 26.11.2026 қабылданды.',
  answerChannel: 'post',
  outgoingNumber: '03-12/145',
  ...over,
});

describe('registering a complaint (§23)', () => {
  it('enters it in the journal with the date and time, the term and who accepted it, and audits it', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    expect(c).toMatchObject({
      journalNumber: '2026/001',
      receivedAt: '2026-11-25T05:00:00.000Z',
      receivedDate: '2026-11-25',
      channel: 'email',
      addressee: 'head',
      // 15 working days from Wed 25.11.2026 over Independence Day (16.12): Thu 17.12.2026.
      termEnd: '2026-12-17',
      reviewTerm: { length: 15, unit: 'working' },
      state: 'under_review',
      daysLeft: 22,
      registeredBy: 'Айгерім Сапарқызы Нұрланова',
      language: 'kk',
      outcome: null,
      dispatch: null,
    });
    const audit = desk.audit({ entity: 'complaint', entityId: c.id });
    expect(audit.map((a) => a.action)).toEqual(['complaints.register']);
  });

  it('numbers complaints per year of receipt', async () => {
    expect((await desk.ok('complaints.register', emailComplaint())).journalNumber).toBe('2026/001');
    expect((await desk.ok('complaints.register', emailComplaint())).journalNumber).toBe('2026/002');
    desk.clock.set('2027-01-05T05:00:00.000Z');
    expect((await desk.ok('complaints.register', emailComplaint())).journalNumber).toBe('2027/001');
    // A letter that came on 30 December and is entered in January belongs to the 2026 journal.
    const late = await desk.ok(
      'complaints.register',
      emailComplaint({ received: { date: '2026-12-30', time: '16:40' } }),
    );
    expect(late).toMatchObject({ journalNumber: '2026/003', receivedAt: '2026-12-30T11:40:00.000Z' });
  });

  it('takes the date and time post arrived, and counts the term from that day over the holidays', async () => {
    desk.clock.set('2026-12-07T04:00:00.000Z'); // Mon 07.12.2026, 09:00
    const c = await desk.ok(
      'complaints.register',
      emailComplaint({ channel: 'post', received: { date: '2026-12-04', time: '17:15' } }),
    );
    // Fri 04.12: 7–11 (5), 14, 15 (7), 16 Independence Day, 17, 18 (9), 21–25 (14), 28 (15).
    expect(c).toMatchObject({ receivedDate: '2026-12-04', termEnd: '2026-12-28' });
  });

  it('refuses a receipt time in the future, and an e-mail complaint without an e-mail address', async () => {
    const future = await desk.call(
      'complaints.register',
      emailComplaint({ received: { date: '2026-11-25', time: '10:30' } }),
    );
    expect(future).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'received.time', message: 'received_in_future' }] },
    });
    const noEmail = await desk.call(
      'complaints.register',
      emailComplaint({ complainant: { name: 'Иванов Пётр', address: 'Пресновка, Абая 1', email: '' } }),
    );
    expect(noEmail).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'complainant.email', message: 'email_required_for_email' }] },
    });
    const nowhere = await desk.call(
      'complaints.register',
      emailComplaint({ channel: 'courier', complainant: { name: 'Иванов Пётр' } }),
    );
    expect(nowhere).toMatchObject({ ok: false, error: { issues: [{ path: 'complainant.postalAddress' }] } });
    expect(count('complaints')).toBe(0);
  });

  it('links the application it concerns, and refuses one that does not exist', async () => {
    const { applicationId, regNumber } = await desk.ok('intake.accept', adultIntake());
    const c = await desk.ok('complaints.register', emailComplaint({ applicationId }));
    expect(c.application).toEqual({
      id: applicationId,
      regNumber,
      applicantName: 'Қасымова Гүлнәр Әбілқызы',
    });
    const r = await desk.call('complaints.register', emailComplaint({ applicationId: 999 }));
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('uses the review term set in Settings for new complaints and keeps the old ones’ term', async () => {
    const before = await desk.ok('complaints.register', emailComplaint());
    const refused = await desk.call('complaints.setReviewTerm', { reviewTermDays: 10 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await as(headId);
    const set = await desk.ok('complaints.setReviewTerm', { reviewTermDays: 10 });
    expect(set).toEqual({
      reviewTerm: { length: 10, unit: 'working' },
      defaultReviewTerm: { length: 15, unit: 'working' },
    });
    const after = await desk.ok('complaints.register', emailComplaint());
    // Wed 25.11: 26, 27 | 30.11–4.12 | 7, 8, 9 → Wed 09.12.2026
    expect(after.termEnd).toBe('2026-12-09');
    expect((await desk.ok('complaints.get', { id: before.id })).termEnd).toBe('2026-12-17');
    expect(await desk.ok('complaints.termEnd', { received: '2026-11-25' })).toMatchObject({
      termEnd: '2026-12-09',
    });
  });
});

describe('the outcome: only the head and the deputy record it (§21)', () => {
  it('refuses the clerk and writes nothing', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    const r = await desk.call('complaints.recordOutcome', justifiedSatisfied(c.id));
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await desk.ok('complaints.get', { id: c.id })).outcome).toBeNull();
  });

  it('records a justified and satisfied outcome by the head, with its answer, date and channel', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    await as(headId);
    const after = await desk.ok('complaints.recordOutcome', justifiedSatisfied(c.id));
    expect(after).toMatchObject({
      state: 'answered',
      justified: true,
      satisfied: true,
      answerDate: '2026-11-25',
      answeredLate: false,
      outcome: {
        justified: true,
        satisfied: true,
        actionTaken: 'Маманға ескерту жасалды, құжаттар қабылданды.',
        answerChannel: 'post',
        outgoingNumber: '03-12/145',
        recordedBy: 'Бауыржан Сейтқали',
      },
    });
    const audit = desk.audit({ entity: 'complaint', entityId: c.id });
    expect(audit[0]).toMatchObject({ action: 'complaints.recordOutcome', userName: 'Бауыржан Сейтқали' });
  });

  it('lets the deputy record it too', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    await as(deputyId);
    const r = await desk.ok('complaints.recordOutcome', {
      ...justifiedSatisfied(c.id),
      answerChannel: 'email',
    });
    expect(r.outcome?.recordedBy).toBe('Гүлмира Омарова');
  });

  it('marks "satisfied" impossible for an unjustified complaint and writes nothing', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    await as(headId);
    const r = await desk.call('complaints.recordOutcome', {
      id: c.id,
      justified: false,
      satisfied: true,
      answerText: 'Шағым негізсіз.',
      answerChannel: 'email',
    });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: 'satisfied', message: 'satisfied_only_when_justified' }],
      },
    });
    expect((await desk.ok('complaints.get', { id: c.id })).outcome).toBeNull();
    const unjustified = await desk.ok('complaints.recordOutcome', {
      id: c.id,
      justified: false,
      answerText: 'Шағым негізсіз: құжаттар толық емес болған.',
      answerChannel: 'email',
    });
    expect(unjustified).toMatchObject({ justified: false, satisfied: null, outcome: { actionTaken: null } });
  });

  it('asks a justified outcome whether it was satisfied and what was done', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    await as(headId);
    const r = await desk.call('complaints.recordOutcome', {
      id: c.id,
      justified: true,
      answerText: 'Жауап',
      answerChannel: 'post',
    });
    expect(r).toMatchObject({
      ok: false,
      error: {
        issues: [
          { path: 'satisfied', message: 'satisfied_required' },
          { path: 'actionTaken', message: 'action_required' },
        ],
      },
    });
  });

  it('refuses an answer dated before the complaint or in the future, or by post without an address', async () => {
    const c = await desk.ok(
      'complaints.register',
      emailComplaint({ complainant: { name: 'Әлиев Нұр', email: 'nur@example.kz' } }),
    );
    await as(headId);
    const early = await desk.call('complaints.recordOutcome', {
      ...justifiedSatisfied(c.id),
      answerDate: '2026-11-24',
    });
    expect(early).toMatchObject({ ok: false, error: { issues: [{ path: 'answerDate' }] } });
    const future = await desk.call('complaints.recordOutcome', {
      ...justifiedSatisfied(c.id),
      answerDate: '2026-11-26',
    });
    expect(future).toMatchObject({ ok: false, error: { issues: [{ path: 'answerDate' }] } });
    const byPost = await desk.call('complaints.recordOutcome', justifiedSatisfied(c.id));
    expect(byPost).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'answerChannel', message: 'no_postal_address' }] },
    });
  });
});

describe('overdue complaints on a fixed clock', () => {
  it('shows the days left, then overdue the day after the term, in the journal and the summary', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    desk.clock.set('2026-12-17T12:00:00.000Z'); // the last day, 17:00 in Almaty
    expect(await desk.ok('complaints.summary', {})).toEqual({
      open: 1,
      overdue: 0,
      dueToday: 1,
      today: '2026-12-17',
    });
    expect((await desk.ok('complaints.get', { id: c.id })).daysLeft).toBe(0);
    desk.clock.set('2026-12-17T19:00:00.000Z'); // 00:00 on 18.12 in Almaty: the office's day has turned
    expect(await desk.ok('complaints.summary', {})).toEqual({
      open: 1,
      overdue: 1,
      dueToday: 0,
      today: '2026-12-18',
    });
    const journal = await desk.ok('complaints.journal', { status: 'overdue' });
    expect(journal.rows.map((r) => [r.journalNumber, r.state, r.daysLeft])).toEqual([
      ['2026/001', 'overdue', -1],
    ]);
    // Answered late: no longer overdue, but marked late.
    await as(headId);
    const answered = await desk.ok('complaints.recordOutcome', justifiedSatisfied(c.id));
    expect(answered).toMatchObject({ state: 'answered', answeredLate: true });
    expect((await desk.ok('complaints.summary', {})).overdue).toBe(0);
  });
});

describe('the journal filters', () => {
  it('filters by period of receipt, status, addressee, channel and a name', async () => {
    const a = await desk.ok('complaints.register', emailComplaint());
    await desk.ok(
      'complaints.register',
      emailComplaint({
        channel: 'post',
        addressee: 'deputy',
        received: { date: '2026-11-20', time: '11:00' },
      }),
    );
    await desk.ok(
      'complaints.register',
      emailComplaint({
        channel: 'courier',
        addressee: 'regional',
        complainant: { name: 'Өмірбекова Іңкәр', address: 'Шұғыла 4' },
      }),
    );
    await as(headId);
    await desk.ok('complaints.recordOutcome', justifiedSatisfied(a.id));
    const numbers = async (f: Parameters<typeof desk.ok<'complaints.journal'>>[1]) =>
      (await desk.ok('complaints.journal', f)).rows.map((r) => r.journalNumber);
    expect(await numbers({})).toEqual(['2026/003', '2026/001', '2026/002']);
    expect(await numbers({ from: '2026-11-21', to: '2026-11-30' })).toEqual(['2026/003', '2026/001']);
    expect(await numbers({ status: 'answered' })).toEqual(['2026/001']);
    expect(await numbers({ status: 'open' })).toEqual(['2026/003', '2026/002']);
    expect(await numbers({ addressee: 'deputy' })).toEqual(['2026/002']);
    expect(await numbers({ channel: 'courier' })).toEqual(['2026/003']);
    expect(await numbers({ query: 'өмірбек' })).toEqual(['2026/003']);
    // The name in capitals and in its Russian spelling (shared/domain/fold-name.ts).
    expect(await numbers({ query: 'ӨМІРБЕК' })).toEqual(['2026/003']);
    expect(await numbers({ query: 'Омирбекова Инкар' })).toEqual(['2026/003']);
    expect(await numbers({ query: '2026/002' })).toEqual(['2026/002']);
    const bad = await desk.call('complaints.journal', { from: '2026-11-30', to: '2026-11-01' });
    expect(bad).toMatchObject({ ok: false, error: { issues: [{ path: 'to', message: 'period_order' }] } });
  });
});

describe('the answer’s dispatch (§23) and the postal register', () => {
  it('records a letter sent by post and lists it for the postal register of that day', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    await as(headId);
    await desk.ok('complaints.recordOutcome', justifiedSatisfied(c.id, { outgoingNumber: null }));
    await as(clerkId);
    const noNumber = await desk.call('complaints.recordDispatch', { id: c.id });
    expect(noNumber).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'outgoingNumber', message: 'outgoing_number_required' }] },
    });
    desk.clock.set('2026-11-26T06:00:00.000Z');
    const sent = await desk.ok('complaints.recordDispatch', { id: c.id, outgoingNumber: '03-12/150' });
    expect(sent).toMatchObject({
      state: 'sent',
      sentDate: '2026-11-26',
      dispatch: {
        channel: 'post',
        sentDate: '2026-11-26',
        addressee: 'Қасымова Гүлнәр Әбілқызы',
        address: ADULT.address,
        outgoingNumber: '03-12/150',
        recordedBy: 'Айгерім Сапарқызы Нұрланова',
      },
      // The number given at dispatch is the letter's number from now on.
      outcome: { outgoingNumber: '03-12/150', recordedBy: 'Бауыржан Сейтқали' },
    });
    expect(complaintLettersSentOn(desk.ctx.db, '2026-11-26')).toEqual([
      {
        kind: 'complaint_answer',
        dispatchId: sent.dispatch?.id,
        complaintId: c.id,
        journalNumber: '2026/001',
        addressee: 'Қасымова Гүлнәр Әбілқызы',
        address: ADULT.address,
        postalAddress: null,
        outgoingNumber: '03-12/150',
        letterDate: '2026-11-25',
        sentDate: '2026-11-26',
        language: 'kk',
      },
    ]);
    expect(complaintLettersSentOn(desk.ctx.db, '2026-11-25')).toEqual([]);
    // Sent is sent: neither the outcome nor the dispatch can be recorded again.
    expect(await desk.call('complaints.recordDispatch', { id: c.id, outgoingNumber: '1' })).toMatchObject({
      ok: false,
      error: { code: 'answer_sent' },
    });
    await as(headId);
    expect(await desk.call('complaints.recordOutcome', justifiedSatisfied(c.id))).toMatchObject({
      ok: false,
      error: { code: 'answer_sent' },
    });
  });

  it('records an answer sent by e-mail from the office mail client, and leaves it out of the postal register', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    await as(headId);
    await desk.ok(
      'complaints.recordOutcome',
      justifiedSatisfied(c.id, { answerChannel: 'email', outgoingNumber: null }),
    );
    const sent = await desk.ok('complaints.recordDispatch', { id: c.id });
    expect(sent.dispatch).toMatchObject({
      channel: 'email',
      address: 'gulnar.kassymova@example.kz',
      outgoingNumber: null,
    });
    expect(complaintLettersSentOn(desk.ctx.db, '2026-11-25')).toEqual([]);
  });

  it('refuses a dispatch before the outcome', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    expect(await desk.call('complaints.recordDispatch', { id: c.id, outgoingNumber: '1' })).toMatchObject({
      ok: false,
      error: { code: 'outcome_missing' },
    });
  });
});

describe('court, cancellation', () => {
  it('notes that the complainant went to court (§21)', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    const r = await desk.ok('complaints.noteCourt', {
      id: c.id,
      courtDate: '2026-11-25',
      courtNote: 'Жамбыл аудандық сотына талап арыз',
    });
    expect(r.court).toEqual({
      date: '2026-11-25',
      note: 'Жамбыл аудандық сотына талап арыз',
      recordedBy: 'Айгерім Сапарқызы Нұрланова',
    });
  });

  it('cancels a mistaken entry with its reason, keeps the row, and then refuses to print its talon', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    // §21: taking a complaint out of review is the head's or the deputy's, not the clerk's.
    expect(await desk.call('complaints.cancel', { id: c.id, reason: 'Екі рет тіркелді' })).toMatchObject({
      error: { code: 'forbidden' },
    });
    await as(headId);
    const r = await desk.ok('complaints.cancel', { id: c.id, reason: 'Екі рет тіркелді' });
    expect(r).toMatchObject({ state: 'cancelled', cancelReason: 'Екі рет тіркелді' });
    expect(count('complaints')).toBe(1);
    expect(await desk.call('complaints.printTalon', { complaintId: c.id })).toMatchObject({
      ok: false,
      error: { code: 'complaint_cancelled' },
    });
    expect((await desk.ok('complaints.summary', {})).open).toBe(0);
  });

  it('will not cancel a complaint that has an outcome', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    await as(headId);
    await desk.ok('complaints.recordOutcome', justifiedSatisfied(c.id));
    expect(await desk.call('complaints.cancel', { id: c.id, reason: 'Қате' })).toMatchObject({
      ok: false,
      error: { code: 'outcome_recorded' },
    });
  });
});

describe('a complaint that names the person at the desk', () => {
  it('is not decided or cancelled by the person it is about, and nothing is written', async () => {
    // The complaint is about "Сейтқали Б." — the head himself; the deputy decides it.
    const c = await desk.ok('complaints.register', emailComplaint({ employee: 'Сейтқали Б.' }));
    await as(headId);
    const before = count('audit_log');
    for (const r of [
      await desk.call('complaints.recordOutcome', justifiedSatisfied(c.id)),
      await desk.call('complaints.cancel', { id: c.id, reason: 'Қате' }),
    ]) {
      expect(r).toEqual({ ok: false, error: { code: 'complaint_names_you' } });
    }
    expect(count('audit_log')).toBe(before);
    await as(deputyId);
    expect((await desk.call('complaints.recordOutcome', justifiedSatisfied(c.id))).ok).toBe(true);
  });

  it('is not decided by its complainant either, whatever the order of the names', async () => {
    const c = await desk.ok(
      'complaints.register',
      emailComplaint({ complainant: { ...emailComplaint().complainant, name: 'омарова гүлмира' } }),
    );
    await as(deputyId);
    expect(await desk.call('complaints.recordOutcome', justifiedSatisfied(c.id))).toMatchObject({
      error: { code: 'complaint_names_you' },
    });
  });
});

describe('indicators 4.1 and 4.2 from the journal', () => {
  it('counts justified complaints answered in the period against the applications accepted in it', async () => {
    for (let i = 0; i < 4; i++) await desk.ok('intake.accept', adultIntake());
    const a = await desk.ok('complaints.register', emailComplaint());
    const b = await desk.ok('complaints.register', emailComplaint());
    await desk.ok('complaints.register', emailComplaint());
    await as(headId);
    await desk.ok('complaints.recordOutcome', justifiedSatisfied(a.id));
    await desk.ok('complaints.recordOutcome', { ...justifiedSatisfied(b.id), satisfied: false });
    const r = await desk.ok('complaints.indicators', { from: '2026-11-01', to: '2026-11-30' });
    expect(r.indicators).toEqual([
      { code: '4.1', numerator: 2, denominator: 4, percent: 50, norm: 0.4 },
      { code: '4.2', numerator: 1, denominator: 2, percent: 50, norm: 99 },
    ]);
  });
});

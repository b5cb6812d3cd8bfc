// November 2026 at the desk, built only through the handlers, for the report's tests: queue
// tickets, intakes with some turned away, a return for correction, decisions in and out of term,
// letters posted and handed over, complaints, survey answers from the kiosk and typed from paper.
// Every indicator's numerator and denominator is worked out by hand in report.test.ts from what
// this script does; the comments here say what each step will count for.

import type { IntakeInput } from '../../shared/contract/intake.ts';
import { officeInstant } from '../../shared/domain/queue-hours.ts';
import { emailComplaint } from './complaints.ts';
import type { TestDesk } from './context.ts';
import { hireStaff, type Staff, signInAs } from './decisions.ts';
import { adultIntake, childIntake, fullMarks, iinFor } from './people.ts';

export const at = (date: string, hhmm: string) => officeInstant(date, hhmm, 'Asia/Almaty').toISOString();

/** An adult with an IIN of their own (so each visit is its own applicant). */
export function adult(n: number, over: Partial<IntakeInput> = {}): IntakeInput {
  return adultIntake({
    applicant: {
      iin: iinFor(`19${60 + n}-03-1${n % 10}`, 3, 100 + n),
      lastName: `Сейітов${n}`,
      firstName: 'Ерлан',
      middleName: null,
      address: `Пресновка ауылы, Абай көшесі, ${n}`,
      phone: null,
    },
    ...over,
  });
}

/** The package without some §12 documents: a turned-away visit. */
export const without = (intake: IntakeInput, ...codes: string[]): IntakeInput => ({
  ...intake,
  documents: fullMarks(intake.category).filter((d) => !codes.includes(d.code)),
});

export interface ScriptedMonth {
  staff: Staff;
  apps: Record<'a1' | 'a2' | 'a3' | 'a4' | 'a5', { id: number; regNumber: string; termEnd: string }>;
  tickets: Record<'A-001' | 'B-001' | 'A-002' | 'B-002' | 'A-003', number>;
  complaints: Record<'c0' | 'c1' | 'c2' | 'c3' | 'c4', { id: number; termEnd: string }>;
}

export async function scriptNovember(desk: TestDesk): Promise<ScriptedMonth> {
  const staff = await hireStaff(desk);
  const { clerk, head } = staff;
  const on = async (date: string, hhmm: string, who = clerk) => {
    desk.clock.set(at(date, hhmm));
    await signInAs(desk, who);
  };
  const accept = async (intake: IntakeInput) => {
    const r = await desk.ok('intake.accept', intake);
    return { id: r.applicationId, regNumber: r.regNumber, termEnd: r.termEnd };
  };

  // ---- intake (3.2) and the decisions after it (1.1, 2.2) ----
  // a1: first visit, accepted on Monday 2.11 (term 12.11); approved 6.11, posted 9.11 — in term.
  await on('2026-11-02', '10:00');
  const a1 = await accept(adult(1));
  // a2's applicant: turned away 3.11 (residence and medical card missing: a first visit not
  // accepted), accepted 5.11 (not a first visit); returned for correction, approved 10.11,
  // handed over 11.11 — in term (16.11), but returned once.
  await on('2026-11-03', '10:00');
  await desk.ok('intake.turnAway', without(adult(2), 'residence', 'medical_card'));
  // a first visit turned away for the residence certificate, who never came back.
  await on('2026-11-04', '10:00');
  await desk.ok('intake.turnAway', without(adult(3), 'residence'));
  await on('2026-11-05', '10:00');
  const a2 = await accept(adult(2));
  // a3: a child, first visit accepted 10.11 (term 20.11); refused 19.11 on §17.2, the letter
  // posted 23.11 — after the term.
  await on('2026-11-10', '10:00');
  const a3 = await accept(childIntake());
  // a4: first visit accepted 20.11 (term 30.11); nothing done since — overdue by 2.12.
  await on('2026-11-20', '10:00');
  const a4 = await accept(adult(4));

  // Each decision walked by whoever makes the step, on the day it is dated.
  const review = async (applicationId: number, date: string) => {
    await on(date, '09:30');
    await desk.ok('decisions.startReview', { applicationId });
  };
  const approve = async (applicationId: number, orderDate: string, orderNumber: string) => {
    await on(orderDate, '11:00', head);
    await desk.ok('decisions.approve', {
      applicationId,
      orderNumber,
      orderDate,
      servicesFrom: orderDate,
      socialWorker: 'Сания Бекқызы Омарова',
    });
  };
  const notify = async (applicationId: number, date: string, how: 'post' | 'in_person') => {
    await on(date, '15:00');
    await desk.ok('decisions.printLetter', { applicationId });
    if (how === 'post') await desk.ok('decisions.markSent', { applicationId, sentDate: date });
    else await desk.ok('decisions.handOver', { applicationId, receivedBy: 'applicant' });
  };

  await review(a1.id, '2026-11-05');
  await approve(a1.id, '2026-11-06', '140-ө');
  await notify(a1.id, '2026-11-09', 'post');

  await review(a2.id, '2026-11-06');
  await on('2026-11-06', '15:00', head);
  await desk.ok('decisions.returnForCorrection', { applicationId: a2.id, reason: 'Анықтама ескірген' });
  await on('2026-11-09', '11:00');
  await desk.ok('decisions.resubmit', { applicationId: a2.id });
  await approve(a2.id, '2026-11-10', '141-ө');
  await notify(a2.id, '2026-11-11', 'in_person');

  await review(a3.id, '2026-11-11');
  await on('2026-11-19', '11:00', head);
  await desk.ok('decisions.refuse', {
    applicationId: a3.id,
    orderNumber: '150-ө',
    orderDate: '2026-11-19',
    ground: 'unreliable_documents',
    explanation: 'ПМПК қорытындысының көшірмесі түпнұсқамен сәйкес келмейді.',
    explanationLang: 'kk',
  });
  await notify(a3.id, '2026-11-23', 'post');

  // ---- the queue on Wednesday 25.11 (1.2), real minutes and the board's reading ----
  const issue = async (hhmm: string, purpose: 'hand_in' | 'collect') => {
    desk.clock.set(at('2026-11-25', hhmm));
    return (await desk.ok('queue.issue', { purpose })).id;
  };
  const callNext = async (hhmm: string) => {
    desk.clock.set(at('2026-11-25', hhmm));
    const t = (await desk.ok('queue.callNext', {})).ticket;
    if (!t) throw new Error(`nobody to call at ${hhmm}`);
    return t.id;
  };
  const serve = async (id: number, start: string, end: string, during?: () => Promise<void>) => {
    desk.clock.set(at('2026-11-25', start));
    await desk.ok('queue.start', { ticketId: id });
    await during?.();
    desk.clock.set(at('2026-11-25', end));
    await desk.ok('queue.finish', { ticketId: id });
  };
  await on('2026-11-25', '09:00');
  const A001 = await issue('09:00', 'hand_in'); // called 09:10: 10 min — within 40 both ways
  const B001 = await issue('09:05', 'collect'); // called 09:50: 45 min — over 40 both ways
  await callNext('09:10');
  let a5 = a1;
  // a5: accepted at the desk while A-001 is served (first visit; term 7.12, not due in November).
  await serve(A001, '09:11', '09:45', async () => {
    desk.clock.set(at('2026-11-25', '09:30'));
    a5 = await accept(adult(5, { queueTicketId: A001 }));
  });
  await callNext('09:50');
  await serve(B001, '09:51', '09:55');
  // issued 12:30, called 14:00 — 90 real minutes (over 40), 30 on the board (lunch left out).
  const A002 = await issue('12:30', 'hand_in');
  await callNext('14:00');
  await serve(A002, '14:01', '14:10');
  // B-002: withdrawn, counts nowhere.
  const B002 = await issue('14:20', 'collect');
  desk.clock.set(at('2026-11-25', '14:25'));
  await desk.ok('queue.cancel', { ticketId: B002, reason: 'Қате берілді' });
  // issued 17:50, still waiting at closing 18:00 — 10 minutes, within 40.
  const A003 = await issue('17:50', 'hand_in');
  desk.clock.set(at('2026-11-25', '18:00'));
  await desk.ok('queue.closeDay', {});

  // ---- complaints (4.1, 4.2 and the volumes) ----
  // c0: received 14.10, its 15 working days end in November, never answered — overdue.
  await on('2026-11-02', '11:00');
  const c0 = await desk.ok(
    'complaints.register',
    emailComplaint({ received: { date: '2026-10-14', time: '10:00' } }),
  );
  await on('2026-11-03', '11:00');
  const c1 = await desk.ok('complaints.register', emailComplaint());
  await on('2026-11-04', '11:00');
  const c2 = await desk.ok('complaints.register', emailComplaint());
  await on('2026-11-05', '11:00');
  const c3 = await desk.ok('complaints.register', emailComplaint());
  await on('2026-11-26', '11:00');
  const c4 = await desk.ok('complaints.register', emailComplaint());
  const outcome = { answerText: 'Шағымыңыз қаралды.', answerChannel: 'email' as const };
  // c1 justified, satisfied, answered 10.11 (in term); c2 justified, not satisfied, 12.11;
  // c3 not justified, 6.11.
  await on('2026-11-10', '12:00', head);
  await desk.ok('complaints.recordOutcome', {
    id: c1.id,
    justified: true,
    satisfied: true,
    actionTaken: 'Маманға ескерту жасалды.',
    ...outcome,
  });
  await on('2026-11-12', '12:00', head);
  await desk.ok('complaints.recordOutcome', {
    id: c2.id,
    justified: true,
    satisfied: false,
    actionTaken: 'Тексерілді.',
    ...outcome,
  });
  await on('2026-11-06', '12:00', head);
  await desk.ok('complaints.recordOutcome', { id: c3.id, justified: false, ...outcome });

  // ---- the survey (2.1, 3.1, 5.1 of visits; 4.3, 4.4 of complainants) ----
  await on('2026-11-26', '09:00');
  const code = async (ref: { ticketId: number } | { applicationId: number } | { complaintId: number }) =>
    (await desk.ok('survey.visitCode', ref)).code;
  const answer = (visitCode: string, source: 'kiosk' | 'paper', answers: Record<string, number>) =>
    desk.ok('survey.answer', {
      visitCode,
      source,
      answers: Object.entries(answers).map(([question, a]) => ({
        question: question as '2.1',
        answer: a,
      })),
    });
  // The kiosk, A-001's visit (25.11): 5, 4, 3.
  await answer(await code({ ticketId: A001 }), 'kiosk', { '2.1': 5, '3.1': 4, '5.1': 3 });
  // Paper forms typed in: B-001's visit (25.11): 4, 2, 5; a1's talon (2.11, no ticket): 2, 5, 2.
  await answer(await code({ ticketId: B001 }), 'paper', { '2.1': 4, '3.1': 2, '5.1': 5 });
  await answer(await code({ applicationId: a1.id }), 'paper', { '2.1': 2, '3.1': 5, '5.1': 2 });
  // c1's return slip (received 3.11): the procedure 5, its terms 3.
  await answer(await code({ complaintId: c1.id }), 'paper', { '4.3': 5, '4.4': 3 });

  // ---- 3.3, entered by the head with its source; a §20 target set for 2026 ----
  await on('2026-12-01', '10:00', head);
  await desk.ok('report.enterInternetShare', {
    from: '2026-11-01',
    to: '2026-11-30',
    published: 7,
    total: 15,
    source: 'zhambyl.gov.kz, «Мемлекеттік қызметтер» бөлімі',
  });
  await desk.ok('report.setTarget', { year: 2026, code: '1.1', normative: 98, target: 95 });

  // The report is read on Wednesday 2.12 by the clerk.
  await on('2026-12-02', '10:00');
  return {
    staff,
    apps: { a1, a2, a3, a4, a5 },
    tickets: { 'A-001': A001, 'B-001': B001, 'A-002': A002, 'B-002': B002, 'A-003': A003 },
    complaints: {
      c0: { id: c0.id, termEnd: c0.termEnd },
      c1: { id: c1.id, termEnd: c1.termEnd },
      c2: { id: c2.id, termEnd: c2.termEnd },
      c3: { id: c3.id, termEnd: c3.termEnd },
      c4: { id: c4.id, termEnd: c4.termEnd },
    },
  };
}

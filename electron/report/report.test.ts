// The monthly report on a scripted November 2026 (tests/support/report-month.ts), every number
// worked out by hand below from what the script did; an empty month; a range across a year end.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/contract/report.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { signInAs } from '../../tests/support/decisions.ts';
import { adult, at, type ScriptedMonth, scriptNovember } from '../../tests/support/report-month.ts';

const row = (r: Report, code: string) => {
  const found = r.rows.find((x) => x.code === code);
  if (!found) throw new Error(`no row ${code}`);
  return found;
};
const counts = (r: Report, code: string) => {
  const { numerator, denominator, value, noData } = row(r, code);
  return { numerator, denominator, value, noData };
};

describe('the report of a scripted November 2026', () => {
  let desk: TestDesk;
  let month: ScriptedMonth;
  let report: Report;

  beforeAll(async () => {
    desk = await openTestDesk({ now: at('2026-11-02', '09:00') });
    month = await scriptNovember(desk);
    report = await desk.ok('report.build', { period: '2026-11' });
  }, 60_000);
  afterAll(() => desk.close());

  it('checks the script did what the hand count assumes (terms and complaint terms)', () => {
    const { a1, a2, a3, a4, a5 } = month.apps;
    expect([a1.termEnd, a2.termEnd, a3.termEnd, a4.termEnd, a5.termEnd]).toEqual([
      '2026-11-12',
      '2026-11-16',
      '2026-11-20',
      '2026-11-30',
      '2026-12-07',
    ]);
    expect(month.complaints.c0.termEnd.slice(0, 7)).toBe('2026-11');
    expect(month.complaints.c4.termEnd > '2026-11-30').toBe(true);
  });

  it('counts 1.1 as applications due in November served in term: a1 and a2 of a1–a4 (a5 is due in December)', () => {
    expect(counts(report, '1.1')).toEqual({ numerator: 2, denominator: 4, value: 50, noData: null });
    const r = row(report, '1.1');
    expect(r.records.filter((x) => !x.counted).map((x) => x.ref)).toEqual([
      month.apps.a3.regNumber,
      month.apps.a4.regNumber,
    ]);
    // The head set 2026's target to 95 (normative 98): 50 % is not met.
    expect(r).toMatchObject({ normative: 98, target: 95, targetYear: 2026, met: false });
  });

  it('counts 1.2 in real minutes (A-001, A-003 of four finished waits) and shows the board beside it (three of four)', () => {
    expect(counts(report, '1.2')).toEqual({ numerator: 2, denominator: 4, value: 50, noData: null });
    expect(row(report, '1.2').board).toEqual({ numerator: 3, denominator: 4, value: 75 });
    expect(row(report, '1.2').records.map((x) => [x.ref, x.counted])).toEqual([
      ['A-001', true],
      ['B-001', false],
      ['A-002', false],
      ['A-003', true],
    ]);
  });

  it('counts 2.2 as decisions without a return: a1 and a3 of a1–a3', () => {
    expect(counts(report, '2.2')).toEqual({ numerator: 2, denominator: 3, value: 66.67, noData: null });
  });

  it('counts 3.2 over first visits: a1, a3, a4, a5 accepted of six (two turned away; a2 came the second time)', () => {
    expect(counts(report, '3.2')).toEqual({ numerator: 4, denominator: 6, value: 66.67, noData: null });
  });

  it('takes 3.3 from the head entry, with its source', () => {
    expect(counts(report, '3.3')).toEqual({ numerator: 7, denominator: 15, value: 46.67, noData: null });
    expect(row(report, '3.3')).toMatchObject({
      enteredSource: 'zhambyl.gov.kz, «Мемлекеттік қызметтер» бөлімі',
      met: false,
    });
  });

  it('counts 4.1 and 4.2 from the journal: two justified answered of five accepted; one of them satisfied in term', () => {
    expect(counts(report, '4.1')).toEqual({ numerator: 2, denominator: 5, value: 40, noData: null });
    // 4.1 is a ceiling (0.4 %): 40 % is far over it.
    expect(row(report, '4.1')).toMatchObject({ better: 'lower', target: 0.4, met: false });
    expect(counts(report, '4.2')).toEqual({ numerator: 1, denominator: 2, value: 50, noData: null });
  });

  it('counts the survey: an answer of 4 or 5 is satisfied', () => {
    // 2.1: 5, 4, 2 · 3.1: 4, 2, 5 · 5.1: 3, 5, 2 · 4.3: 5 · 4.4: 3.
    expect(counts(report, '2.1')).toEqual({ numerator: 2, denominator: 3, value: 66.67, noData: null });
    expect(counts(report, '3.1')).toEqual({ numerator: 2, denominator: 3, value: 66.67, noData: null });
    expect(counts(report, '5.1')).toEqual({ numerator: 1, denominator: 3, value: 33.33, noData: null });
    expect(counts(report, '4.3')).toEqual({ numerator: 1, denominator: 1, value: 100, noData: null });
    expect(counts(report, '4.4')).toEqual({ numerator: 0, denominator: 1, value: 0, noData: null });
    expect(row(report, '4.3').met).toBe(true);
  });

  it('gives every row the standard wording and the formula in both languages, in the appendix order', () => {
    expect(report.rows.map((r) => r.code)).toEqual([
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
      '3.3',
      '4.1',
      '4.2',
      '4.3',
      '4.4',
      '5.1',
    ]);
    for (const r of report.rows) {
      expect(r.text.kk && r.text.ru && r.formula.kk && r.formula.ru, r.code).toBeTruthy();
    }
    expect(report.period).toEqual({ from: '2026-11-01', to: '2026-11-30', kind: 'month', label: '2026-11' });
    expect(report.editions).toEqual(['2008-352']);
  });

  it('gives the volumes of the month beside the indicators', () => {
    expect(report.volumes).toEqual({
      visitors: { hand_in: 3, collect: 1 },
      accepted: 5,
      turnedAway: {
        visits: 2,
        missing: [
          { code: 'residence', count: 2 },
          { code: 'medical_card', count: 1 },
        ],
      },
      decided: { approved: 2, refused: 1, grounds: [{ code: 'unreliable_documents', count: 1 }] },
      overdue: 2,
      letters: { posted: 2, handedOver: 1 },
      complaints: { received: 4, answered: 3, overdue: 1 },
    });
  });

  it('gives the talon of a visit that came by a ticket the ticket code, so the visit answers once', async () => {
    const byTalon = await desk.ok('survey.visitCode', { applicationId: month.apps.a5.id });
    const byTicket = await desk.ok('survey.visitCode', { ticketId: month.tickets['A-001'] });
    expect(byTalon).toEqual(byTicket);
    expect(
      await desk.call('survey.answer', {
        visitCode: byTalon.code,
        source: 'kiosk',
        answers: [{ question: '2.1', answer: 1 }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'survey_already_answered', params: { questions: '2.1' } },
    });
  });

  it('refuses a made-up code, a complaint question to a walk-in visit, and a withdrawn ticket, changing nothing', async () => {
    const { code } = await desk.ok('survey.visitCode', { ticketId: month.tickets['A-002'] });
    const forged = `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;
    const bad = [
      await desk.call('survey.answer', {
        visitCode: forged,
        source: 'kiosk',
        answers: [{ question: '2.1', answer: 5 }],
      }),
      await desk.call('survey.answer', {
        visitCode: 'T99999-ABCDEF',
        source: 'kiosk',
        answers: [{ question: '2.1', answer: 5 }],
      }),
      await desk.call('survey.answer', {
        visitCode: code,
        source: 'kiosk',
        answers: [{ question: '4.3', answer: 5 }],
      }),
      await desk.call('survey.answer', {
        visitCode: code,
        source: 'kiosk',
        answers: [{ question: '2.1', answer: 6 }],
      }),
      await desk.call('survey.visitCode', { ticketId: month.tickets['B-002'] }),
    ];
    expect(bad.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'visit_code_unknown',
      'visit_code_unknown',
      'survey_question_not_asked',
      'invalid_input',
      'not_found',
    ]);
    expect(await desk.ok('report.build', { period: '2026-11' })).toEqual(report);
  });

  it('gives the trend of twelve months up to November, across the year end, for the screen chart', async () => {
    const t = await desk.ok('report.trend', { to: '2026-11' });
    expect(t.months.map((m) => m.label)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(t.months.at(-1)?.rows).toEqual(
      report.rows.map(({ code, numerator, denominator, value }) => ({ code, numerator, denominator, value })),
    );
    expect(t.months[0]?.rows.every((r) => r.value === null)).toBe(true);
  });

  it('lets only the head or the deputy set targets, enter 3.3 and send', async () => {
    await signInAs(desk, month.staff.clerk);
    for (const r of [
      await desk.call('report.setTarget', { year: 2026, code: '1.2', normative: 85, target: 90 }),
      await desk.call('report.enterInternetShare', {
        from: '2026-11-01',
        to: '2026-11-30',
        published: 1,
        total: 2,
        source: 'x',
      }),
      await desk.call('report.send', { period: '2026-11', format: 'json' }),
    ])
      expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await signInAs(desk, month.staff.head);
    expect(
      await desk.call('report.setTarget', { year: 2026, code: '9.9', normative: 85, target: 90 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'indicator_unknown' },
    });
    await signInAs(desk, month.staff.clerk);
  });
});

describe('a month with no data', () => {
  it('says for every row why there is no value, never 0 %', async () => {
    const desk = await openTestDesk({ now: at('2026-12-15', '10:00') });
    try {
      const r = await desk.ok('report.build', {});
      expect(r.period.label).toBe('2026-12');
      expect(r.rows.map((x) => [x.code, x.value, x.noData, x.met])).toEqual([
        ['1.1', null, 'no_applications_due', null],
        ['1.2', null, 'no_finished_waits', null],
        ['2.1', null, 'no_survey_answers', null],
        ['2.2', null, 'no_decisions', null],
        ['3.1', null, 'no_survey_answers', null],
        ['3.2', null, 'no_first_visits', null],
        ['3.3', null, 'not_entered', null],
        ['4.1', null, 'no_applications_accepted', null],
        ['4.2', null, 'no_justified_complaints', null],
        ['4.3', null, 'no_survey_answers', null],
        ['4.4', null, 'no_survey_answers', null],
        ['5.1', null, 'no_survey_answers', null],
      ]);
      expect(row(r, '1.2').board).toEqual({ numerator: 0, denominator: 0, value: null });
      // The appendix's values stand until the head sets the year's.
      expect(r.rows.map((x) => x.target)).toEqual([98, 85, 85, 99, 88, 77, 47, 0.4, 99, 90, 90, 89]);
    } finally {
      desk.close();
    }
  });
});

describe('a period across a year end', () => {
  it('counts December and January together under the later year targets', async () => {
    const desk = await openTestDesk({ now: at('2026-12-28', '09:00') });
    try {
      const ticketDay = async (date: string, issued: string, called: string) => {
        desk.clock.set(at(date, issued));
        const t = await desk.ok('queue.issue', { purpose: 'hand_in' });
        desk.clock.set(at(date, called));
        await desk.ok('queue.callNext', {});
        return t.id;
      };
      // 28.12: 5 minutes (within 40); 5.1.2027: 50 minutes (over 40).
      const dec = await ticketDay('2026-12-28', '09:00', '09:05');
      const jan = await ticketDay('2027-01-05', '09:00', '09:50');
      desk.clock.set(at('2027-01-05', '10:00'));
      const codeDec = (await desk.ok('survey.visitCode', { ticketId: dec })).code;
      const codeJan = (await desk.ok('survey.visitCode', { ticketId: jan })).code;
      await desk.ok('survey.answer', {
        visitCode: codeDec,
        source: 'paper',
        answers: [{ question: '5.1', answer: 5 }],
      });
      await desk.ok('survey.answer', {
        visitCode: codeJan,
        source: 'kiosk',
        answers: [{ question: '5.1', answer: 1 }],
      });
      await desk.hire({ login: 'bolat', fullName: 'Болат Жақсылықов', role: 'head', language: 'ru' });
      await desk.signInAs('bolat');
      await desk.ok('report.setTarget', { year: 2027, code: '1.2', normative: 85, target: 50 });

      const r = await desk.ok('report.build', { from: '2026-12-01', to: '2027-02-28' });
      expect(r.period).toEqual({
        from: '2026-12-01',
        to: '2027-02-28',
        kind: 'range',
        label: '2026-12-01..2027-02-28',
      });
      expect(counts(r, '1.2')).toEqual({ numerator: 1, denominator: 2, value: 50, noData: null });
      expect(row(r, '1.2')).toMatchObject({ target: 50, targetYear: 2027, met: true });
      expect(counts(r, '5.1')).toEqual({ numerator: 1, denominator: 2, value: 50, noData: null });
      // Each month alone, and the quarter named as one.
      expect(counts(await desk.ok('report.build', { period: '2026-12' }), '1.2').value).toBe(100);
      expect(counts(await desk.ok('report.build', { period: '2027-01' }), '1.2').value).toBe(0);
      expect((await desk.ok('report.build', { period: '2026-Q4' })).period).toMatchObject({
        from: '2026-10-01',
        to: '2026-12-31',
        kind: 'quarter',
      });
      expect(row(await desk.ok('report.build', { period: '2026-Q4' }), '1.2')).toMatchObject({
        target: 85,
        targetYear: 2026,
      });
      expect(await desk.call('report.build', { from: '2027-02-28', to: '2026-12-01' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
      expect(await desk.call('report.build', { period: '2026-13' })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    } finally {
      desk.close();
    }
  });
});

describe('the intake visits behind 3.2', () => {
  it('counts an applicant turned away twice then accepted as one first visit, not accepted', async () => {
    const desk = await openTestDesk({ now: at('2026-11-02', '10:00') });
    try {
      const p = adult(7);
      await desk.ok('intake.turnAway', { ...p, documents: p.documents.slice(1) });
      desk.clock.set(at('2026-11-03', '10:00'));
      await desk.ok('intake.turnAway', { ...p, documents: p.documents.slice(2) });
      desk.clock.set(at('2026-11-04', '10:00'));
      await desk.ok('intake.accept', p);
      const r = await desk.ok('report.build', { period: '2026-11' });
      expect(counts(r, '3.2')).toEqual({ numerator: 0, denominator: 1, value: 0, noData: null });
    } finally {
      desk.close();
    }
  });
});

// The defects a hostile test found in issue 9, one test each: a date that froze the desk, values
// that validation let through and printed, a raw SQLite message. Each is refused with a typed
// error and changes nothing.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, type OfficeCalendar } from '../../shared/domain/calendar.ts';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import {
  ADULT,
  adultIntake,
  CHILD,
  childIntake,
  fullMarks,
  iinFor,
  MOTHER,
} from '../../tests/support/people.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const rows = () =>
  desk.ctx.db
    .prepare(
      `SELECT (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM applications) AS applications,
              (SELECT count(*) FROM complaints) AS complaints, (SELECT count(*) FROM calendar_corrections) AS corrections`,
    )
    .get();

/** The issue messages of a refused call, as `path: message`. */
async function refusal(channel: Parameters<TestDesk['call']>[0], input: unknown): Promise<string[]> {
  const r = await desk.call(channel, input as never);
  if (r.ok) return ['accepted'];
  return r.error.issues?.map((i) => `${i.path}: ${i.message}`) ?? [r.error.code];
}

describe('dates outside the office years', () => {
  it('answers complaints.termEnd for 9999-12-10 with a refusal instead of looping forever', async () => {
    expect(await refusal('complaints.termEnd', { received: '9999-12-10' })).toEqual(['received: date_range']);
  });

  it('refuses calendar.termEnd for 9999-12-31 and 0001-01-01 as invalid input, not internal', async () => {
    expect(await refusal('calendar.termEnd', { accepted: '9999-12-31' })).toEqual(['accepted: date_range']);
    expect(await refusal('calendar.termEnd', { accepted: '0001-01-01' })).toEqual(['accepted: date_range']);
  });

  it('refuses a complaint received in 1999, so no journal number 1999/001 is given', async () => {
    const before = rows();
    const input = emailComplaint({ received: { date: '1999-12-31', time: '10:00' } });
    expect(await refusal('complaints.register', input)).toEqual(['received.date: date_range']);
    expect(rows()).toEqual(before);
  });

  it('refuses calendar corrections for the years 0 and 9999', async () => {
    const before = rows();
    for (const date of ['0000-01-01', '9999-01-04']) {
      const r = await desk.call('calendar.setCorrection', { date, kind: 'day_off', note: 'Қаулы № 1' });
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid_input');
    }
    expect(rows()).toEqual(before);
  });

  it('refuses a basis date of 0001-01-01 or 9999-12-31', async () => {
    const app = await desk.ok('intake.accept', adultIntake());
    for (const basisDate of ['0001-01-01', '9999-12-31']) {
      expect(
        await refusal('decisions.startReview', {
          applicationId: app.applicationId,
          basisNumber: '1',
          basisDate,
        }),
      ).toEqual(['basisDate: date_range']);
    }
  });

  it('accepts the first and the last day of the office years', async () => {
    for (const accepted of ['2000-01-01', '2100-12-31']) {
      expect((await desk.call('calendar.termEnd', { accepted })).ok).toBe(true);
    }
  });
});

describe('loops over days are bounded', () => {
  const noWorkingDays: OfficeCalendar = {
    daysOff: new Set(),
    workingWeekendDays: new Set(),
    workingWeekdays: [],
  };

  it('stops counting working days in a calendar that has none, with a clear error', () => {
    expect(() => addWorkingDays('2026-11-25', 15, noWorkingDays)).toThrow(/No working day within a year/);
  });

  it('refuses to step past the year 9999 instead of producing a date nothing can parse', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(/outside the calendar/);
  });
});

describe('text that does not print as what it is', () => {
  const hostile = {
    NUL: 'Қасымова\u0000',
    BEL: 'Қасы\u0007мова',
    ESC: '\u001b[2JҚасымова',
    C1: 'Қасымова\u0085',
    RLO: '\u202eҚасымова',
    isolate: 'Қасы\u2066мова',
    'lone surrogate': 'Қасымова\ud800',
  };

  for (const [what, lastName] of Object.entries(hostile)) {
    it(`refuses ${what} in an applicant's name, naming the field, and writes nothing`, async () => {
      const before = rows();
      const [issue] = await refusal('intake.accept', adultIntake({ applicant: { ...ADULT, lastName } }));
      expect(issue).toMatch(/^applicant\.lastName: text_(control|bidi|surrogate)$/);
      expect(rows()).toEqual(before);
    });
  }

  it('refuses a line break in an address but keeps it in a complaint summary', async () => {
    expect(
      await refusal('intake.accept', adultIntake({ applicant: { ...ADULT, address: 'Достық\n12' } })),
    ).toEqual(['applicant.address: text_line_break']);
    expect(
      (await desk.call('complaints.register', emailComplaint({ summary: 'Бірінші.\nЕкінші.' }))).ok,
    ).toBe(true);
  });

  it('refuses a bidi override in a complaint summary and in a decision note', async () => {
    expect(await refusal('complaints.register', emailComplaint({ summary: 'ok \u202e kO' }))).toEqual([
      'summary: text_bidi',
    ]);
    const app = await desk.ok('intake.accept', childIntake());
    expect(
      await refusal('decisions.startReview', { applicationId: app.applicationId, note: '\u0007' }),
    ).toEqual(['note: text_control']);
  });
});

describe('the IIN of a living applicant', () => {
  it('refuses an IIN born in 1880 (a century digit of the 1800s) with a message for the IIN field', async () => {
    const before = rows();
    const old = { ...ADULT, iin: iinFor('1880-04-12', 2, 1234) };
    const r = await desk.call('intake.accept', adultIntake({ applicant: old }));
    expect(r.ok ? 'ok' : r.error).toMatchObject({
      code: 'iin_invalid',
      params: { problem: 'implausible_age', field: 'applicant.iin' },
    });
    expect(rows()).toEqual(before);
  });

  it('refuses a representative past the plausible age too', async () => {
    const rep = { ...MOTHER, iin: iinFor('1890-02-17', 2, 3003) };
    const r = await desk.call('intake.accept', childIntake({ applicant: CHILD, representative: rep }));
    expect(r.ok ? 'ok' : r.error.params).toMatchObject({
      problem: 'implausible_age',
      field: 'representative.iin',
    });
  });

  it('still accepts an applicant of 100', async () => {
    const centenarian = { ...ADULT, iin: iinFor('1926-04-12', 4, 1234) };
    expect((await desk.call('intake.accept', adultIntake({ applicant: centenarian }))).ok).toBe(true);
  });
});

describe('a document listed twice', () => {
  it('is refused at the contract with a clear issue, not "UNIQUE constraint failed"', async () => {
    const before = rows();
    const marks = fullMarks('adult');
    const r = await desk.call('intake.accept', adultIntake({ documents: [...marks, marks[0] as never] }));
    expect(r.ok ? 'ok' : r.error.issues).toEqual([
      { path: `documents.${marks.length}.code`, message: 'duplicate_document' },
    ]);
    expect(JSON.stringify(r)).not.toMatch(/UNIQUE|constraint/);
    expect(rows()).toEqual(before);
  });
});

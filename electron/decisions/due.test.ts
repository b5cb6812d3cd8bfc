import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { APPROVAL, hireStaff, type Staff, signInAs } from '../../tests/support/decisions.ts';
import { ADULT, adultIntake, iinFor } from '../../tests/support/people.ts';

let desk: TestDesk;
let staff: Staff;
beforeEach(async () => {
  desk = await openTestDesk();
  staff = await hireStaff(desk);
  await signInAs(desk, staff.clerk);
});
afterEach(() => desk.close());

/** 10:00 in the office (UTC+5) on a local date. */
const at = (date: string) => `${date}T05:00:00.000Z`;

let serial = 100;
/** A different adult each time, accepted on `date`. */
async function acceptOn(date: string, lastName: string, hoursException?: { reason: string }) {
  desk.clock.set(at(date));
  serial += 7;
  const applicant = { ...ADULT, iin: iinFor('1970-01-15', 3, serial), lastName };
  return desk.ok('intake.accept', adultIntake({ applicant, hoursException }));
}

describe('the §7.1 term around weekends and holidays (office calendar)', () => {
  it('moves a term ending on a Sunday to Monday, and one ending on Independence Day to the next working day', async () => {
    // Thursday 26.11 + 10 days = Sunday 06.12 → Monday 07.12.
    expect((await acceptOn('2026-11-26', 'Жексенбі')).termEnd).toBe('2026-12-07');
    // Sunday 06.12 + 10 = Wednesday 16.12, Independence Day → Thursday 17.12.
    // (A Sunday is a day off: §10 lets the desk accept only with the reason written down.)
    const sunday = { reason: 'Қаулы бойынша жұмыс күні' };
    expect((await acceptOn('2026-12-06', 'Мереке', sunday)).termEnd).toBe('2026-12-17');
    // A government transfer the office adds in Settings counts too: 28.12 made a day off.
    await signInAs(desk, staff.admin);
    await desk.ok('calendar.setCorrection', { date: '2026-12-28', kind: 'day_off', note: 'Қаулы № 1' });
    await signInAs(desk, staff.clerk);
    // Friday 18.12 + 10 = Monday 28.12 (now a day off) → Tuesday 29.12.
    expect((await acceptOn('2026-12-18', 'Ауыстыру')).termEnd).toBe('2026-12-29');
  });

  it('counts the working days left without the weekend and the holiday', async () => {
    const { applicationId } = await acceptOn('2026-12-06', 'Мереке', { reason: 'Қаулы бойынша жұмыс күні' });
    desk.clock.set(at('2026-12-11')); // Friday; term Thursday 17.12
    const { rows } = await desk.ok('decisions.due', {});
    const row = rows.find((r) => r.applicationId === applicationId);
    // Mon 14, Tue 15, (Wed 16 holiday), Thu 17.
    expect(row).toMatchObject({ daysLeft: 6, workingDaysLeft: 3, termState: 'this_week' });
  });
});

describe('the due view on a fixed clock: overdue, today, tomorrow, this week', () => {
  it('lists every application not yet notified, overdue first, and leaves out notified and cancelled ones', async () => {
    const overdue = await acceptOn('2026-11-16', 'Кешіккен'); // term 26.11
    const dueToday = await acceptOn('2026-11-20', 'Бүгінгі'); // term 30.11 (Monday)
    const notified = await acceptOn('2026-11-20', 'Хабарланған');
    const cancelled = await acceptOn('2026-11-20', 'Жойылған');
    const tomorrow = await acceptOn('2026-11-21', 'Ертеңгі', { reason: 'Қаулы бойынша жұмыс сенбісі' }); // Sat + 10 = 01.12
    const thisWeek = await acceptOn('2026-11-24', 'Аптадағы'); // term 04.12
    const later = await acceptOn('2026-11-30', 'Кейінгі'); // term 10.12

    // The notified one: decided and posted before today.
    desk.clock.set(at('2026-11-27'));
    await desk.ok('decisions.startReview', { applicationId: notified.applicationId });
    await signInAs(desk, staff.head);
    await desk.ok('decisions.approve', { applicationId: notified.applicationId, ...APPROVAL });
    await signInAs(desk, staff.clerk);
    await desk.ok('decisions.printLetter', { applicationId: notified.applicationId });
    await desk.ok('decisions.markSent', { applicationId: notified.applicationId });
    await desk.ok('applications.cancel', { id: cancelled.applicationId, reason: 'Қайталанған' });
    // The overdue one is under review: still open, still overdue.
    await desk.ok('decisions.startReview', { applicationId: overdue.applicationId });

    desk.clock.set(at('2026-11-30')); // Monday
    const { today, rows } = await desk.ok('decisions.due', {});
    expect(today).toBe('2026-11-30');
    expect(rows.map((r) => [r.regNumber, r.termState, r.daysLeft, r.status])).toEqual([
      [overdue.regNumber, 'overdue', -4, 'under_review'],
      [dueToday.regNumber, 'today', 0, 'accepted'],
      [tomorrow.regNumber, 'tomorrow', 1, 'accepted'],
      [thisWeek.regNumber, 'this_week', 4, 'accepted'],
      [later.regNumber, 'later', 10, 'accepted'],
    ]);
    expect(rows.find((r) => r.applicationId === overdue.applicationId)?.workingDaysLeft).toBe(0);
  });

  it('keeps a decided application on the list until its letter is posted, and says the letter is printed', async () => {
    const { applicationId } = await acceptOn('2026-11-20', 'Шешілген');
    desk.clock.set(at('2026-11-27'));
    await desk.ok('decisions.startReview', { applicationId });
    await signInAs(desk, staff.head);
    await desk.ok('decisions.approve', { applicationId, ...APPROVAL });
    await signInAs(desk, staff.clerk);
    let row = (await desk.ok('decisions.due', {})).rows.find((r) => r.applicationId === applicationId);
    expect(row).toMatchObject({ status: 'approved', letterPrinted: false });
    await desk.ok('decisions.printLetter', { applicationId });
    row = (await desk.ok('decisions.due', {})).rows.find((r) => r.applicationId === applicationId);
    expect(row).toMatchObject({ status: 'approved', letterPrinted: true });
    await desk.ok('decisions.markSent', { applicationId });
    expect((await desk.ok('decisions.due', {})).rows.some((r) => r.applicationId === applicationId)).toBe(
      false,
    );
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { adultIntake } from '../../tests/support/people.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

describe("the office calendar: Kazakhstan's holidays plus the office's corrections", () => {
  it('knows the public holidays of Kazakhstan from the library', async () => {
    const y = await desk.ok('calendar.year', { year: 2026 });
    const dates = y.daysOff.map((d) => d.date);
    for (const d of [
      '2026-01-01',
      '2026-03-08',
      '2026-03-21',
      '2026-05-09',
      '2026-07-06',
      '2026-10-25',
      '2026-12-16',
    ]) {
      expect(dates).toContain(d);
    }
  });

  it("names the substitute days off in Kazakh, not in the library's English", async () => {
    const y = await desk.ok('calendar.year', { year: 2026 });
    expect(y.daysOff.find((d) => d.date === '2026-03-09')?.name).toBe(
      'Халықаралық әйелдер күні (ауыстырылған демалыс күні)',
    );
    expect(y.daysOff.map((d) => d.name).join(' ')).not.toMatch(/substitute/);
  });

  it('ships the correction of the 2026 Nauryz substitute day the library gets wrong', async () => {
    const y = await desk.ok('calendar.year', { year: 2026 });
    expect(y.daysOff.find((d) => d.date === '2026-03-25')?.source).toBe('office');
    const t = await desk.ok('calendar.termEnd', { accepted: '2026-03-13' });
    expect(t.termEnd).toBe('2026-03-26');
  });

  it('moves the §7.1 term when the office adds a day off by decree, and back when it is withdrawn', async () => {
    // 25.11 + 10 = Sat 05.12 → Mon 07.12; a decree makes 07.12 a day off → Tue 08.12.
    expect((await desk.ok('calendar.termEnd', { accepted: '2026-11-25' })).termEnd).toBe('2026-12-07');
    await desk.ok('calendar.setCorrection', { date: '2026-12-07', kind: 'day_off', note: 'Decree No. 123' });
    expect((await desk.ok('calendar.termEnd', { accepted: '2026-11-25' })).termEnd).toBe('2026-12-08');
    await desk.ok('calendar.removeCorrection', { date: '2026-12-07', reason: 'entered by mistake' });
    expect((await desk.ok('calendar.termEnd', { accepted: '2026-11-25' })).termEnd).toBe('2026-12-07');
    const rows = desk.ctx.db
      .prepare("SELECT withdrawn_at, withdraw_reason FROM calendar_corrections WHERE date = '2026-12-07'")
      .all();
    expect(rows).toEqual([{ withdrawn_at: expect.any(String), withdraw_reason: 'entered by mistake' }]);
  });

  it('keeps the term printed on a talon when the calendar changes afterwards', async () => {
    const r = await desk.ok('intake.accept', adultIntake());
    await desk.ok('calendar.setCorrection', { date: '2026-12-07', kind: 'day_off', note: 'Decree' });
    expect((await desk.ok('applications.get', { id: r.applicationId })).termEnd).toBe(r.termEnd);
  });

  it('refuses to withdraw a correction that does not exist', async () => {
    const r = await desk.call('calendar.removeCorrection', { date: '2026-12-08', reason: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

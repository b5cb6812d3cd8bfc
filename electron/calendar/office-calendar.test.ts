import Holidays from 'date-holidays';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { adultIntake } from '../../tests/support/people.ts';
import { KZ_HOLIDAYS } from './office-calendar.ts';

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const movesOf = async (year: number) =>
  (await desk.ok('calendar.year', { year })).moves.map((m) => `${m.from} → ${m.date}`);
const isDayOff = async (date: string) =>
  (await desk.ok('calendar.year', { year: Number(date.slice(0, 4)) })).daysOff.some((d) => d.date === date);

describe('the days off moved by the rule (Law "On holidays" Art. 5, "Art. 85" at the office)', () => {
  // Worked out by hand from a wall calendar: a holiday on a Saturday or Sunday gives the next day
  // that is neither a weekend day, nor a holiday, nor a day off already moved. Kurban Ait and
  // Orthodox Christmas are days off that are never moved (Labour Code Art. 84 p. 5).
  it.each([
    [
      2021,
      [
        '2021-01-02 → 2021-01-04', // New Year: Sat 2 → Mon 4
        '2021-03-21 → 2021-03-24', // Nauryz: Sun 21 → past Mon 22, Tue 23 (Nauryz) → Wed 24
        '2021-05-01 → 2021-05-03', // Unity Day: Sat 1 → Mon 3
        '2021-05-09 → 2021-05-10', // Victory Day: Sun 9 → Mon 10
      ],
    ],
    [
      // Two holidays on one weekend: New Year Sat 1 and Sun 2 January → Mon 3 and Tue 4; Defender's
      // Day Sat 7 May → past Sun 8 and Victory Day Mon 9 → Tue 10 (the library says Mon 9).
      2022,
      [
        '2022-01-01 → 2022-01-03',
        '2022-01-02 → 2022-01-04',
        '2022-05-01 → 2022-05-02',
        '2022-05-07 → 2022-05-10',
      ],
    ],
    [
      2026,
      [
        '2026-03-08 → 2026-03-09', // Women's Day: Sun 8 → Mon 9
        '2026-03-15 → 2026-03-16', // Constitution Day: Sun 15 → Mon 16
        '2026-03-21 → 2026-03-24', // Nauryz: Sat 21 → past Sun 22, Mon 23 (Nauryz) → Tue 24
        '2026-03-22 → 2026-03-25', // Nauryz: Sun 22 → past Tue 24 (already moved) → Wed 25
        '2026-05-09 → 2026-05-11', // Victory Day: Sat 9 → Mon 11
        '2026-10-25 → 2026-10-26', // Republic Day: Sun 25 → Mon 26
      ],
    ],
    [
      2027,
      [
        '2027-01-02 → 2027-01-04', // New Year: Sat 2 → Mon 4
        '2027-03-21 → 2027-03-24', // Nauryz: Sun 21 → past Mon 22, Tue 23 → Wed 24 (the library: 23)
        '2027-05-01 → 2027-05-03', // Unity Day: Sat 1 → Mon 3
        '2027-05-09 → 2027-05-10', // Victory Day: Sun 9 → Mon 10
      ],
    ],
  ])('moves the days off of %i', async (year, moves) => {
    expect(await movesOf(year)).toEqual(moves);
    const y = await desk.ok('calendar.year', { year });
    const off = y.daysOff.map((d) => d.date);
    for (const m of y.moves) expect(off).toContain(m.date);
  });

  it("leaves out the library's own substitute days: only the holidays and the rule's days are off", async () => {
    // The library puts Nauryz 2027's day off on Tue 23 (a holiday) and 7 May 2022's on Mon 9.
    expect(await isDayOff('2027-03-24')).toBe(true);
    expect(await isDayOff('2022-05-10')).toBe(true);
    const y = await desk.ok('calendar.year', { year: 2027 });
    expect(y.holidays.filter((h) => h.date === '2027-03-23')).toHaveLength(1);
  });

  it('does not move a religious day off that falls on a weekend', async () => {
    // Kurban Ait: Sat 9 July 2022, Sun 16 May 2027 (the library's dates); Christmas: Sun 7 Jan 2024.
    for (const [day, next] of [
      ['2022-07-09', '2022-07-11'],
      ['2027-05-16', '2027-05-17'],
      ['2024-01-07', '2024-01-08'],
    ] as const) {
      expect(await isDayOff(day)).toBe(true);
      expect(await isDayOff(next)).toBe(false);
    }
    const y = await desk.ok('calendar.year', { year: 2027 });
    expect(y.holidays.find((h) => h.date === '2027-05-16')).toMatchObject({ moves: false, estimated: true });
    expect(y.holidays.find((h) => h.date === '2027-01-07')).toMatchObject({ moves: false, estimated: false });
    expect(y.holidays.find((h) => h.date === '2027-03-21')).toMatchObject({ moves: true });
  });

  it('gives an application accepted on 12.03.2027 the term of 25.03.2027 (§7.1)', async () => {
    // §7.1: 10 calendar days → Mon 22.03 (Nauryz); Tue 23 Nauryz, Wed 24 the moved day off, so
    // the term ends on the next working day, Thu 25.03 (shared/domain/term.ts).
    const t = await desk.ok('calendar.termEnd', { accepted: '2027-03-12' });
    expect(t).toMatchObject({ termEnd: '2027-03-25', length: 10, unit: 'calendar' });
  });

  it('keeps the 2026 Nauryz days off on 24 and 25 March by the rule alone', async () => {
    // The correction shipped for the library's 2026 error is no longer needed: withdraw it.
    await desk.ok('calendar.removeCorrection', { date: '2026-03-25', reason: 'the rule computes it' });
    expect((await desk.ok('calendar.termEnd', { accepted: '2026-03-13' })).termEnd).toBe('2026-03-26');
  });
});

describe('holiday names in both languages', () => {
  it('names each holiday in Kazakh and in Russian, Orthodox Christmas too', async () => {
    const y = await desk.ok('calendar.year', { year: 2027 });
    const name = (date: string) => y.holidays.find((h) => h.date === date)?.name;
    expect(name('2027-01-07')).toEqual({ kk: 'Православиелік Рождество', ru: 'Православное Рождество' });
    expect(name('2027-12-16')).toEqual({ kk: 'Тәуелсіздік күні', ru: 'День независимости' });
    expect(name('2027-05-16')).toEqual({ kk: 'Құрбан айт', ru: 'Курбан-айт' });
    expect(y.moves.find((m) => m.date === '2027-03-24')?.name).toEqual({
      kk: 'Наурыз мейрамы',
      ru: 'Наурыз мейрамы',
    });
  });

  it('knows every holiday the library has for Kazakhstan, so each gets a decision on moving', () => {
    const hd = new Holidays('KZ', { languages: ['en'], types: ['public'] });
    const names = new Set<string>();
    for (let y = 2000; y <= 2100; y++)
      for (const h of hd.getHolidays(y)) if (!h.substitute) names.add(h.name);
    expect([...names].filter((n) => !(n in KZ_HOLIDAYS))).toEqual([]);
  });
});

describe("the office's corrections on top: government decrees", () => {
  it('records a correction with its source and who entered it, in the audit log too', async () => {
    const decree = 'ҚР Үкіметінің 2027 жылғы 12 қарашадағы № 900 қаулысы';
    await desk.ok('calendar.setCorrection', { date: '2027-07-05', kind: 'day_off', note: decree });
    await desk.ok('calendar.setCorrection', { date: '2027-07-10', kind: 'working_day', note: decree });
    const y = await desk.ok('calendar.year', { year: 2027 });
    expect(y.corrections).toEqual([
      {
        date: '2027-07-05',
        kind: 'day_off',
        note: decree,
        enteredAt: '2026-11-25T05:00:00.000Z',
        enteredBy: 'Айгерім Сапарқызы Нұрланова',
      },
      {
        date: '2027-07-10',
        kind: 'working_day',
        note: decree,
        enteredAt: '2026-11-25T05:00:00.000Z',
        enteredBy: 'Айгерім Сапарқызы Нұрланова',
      },
    ]);
    expect(y.daysOff).toContainEqual({ date: '2027-07-05', source: 'office' });
    expect(y.workingWeekendDays).toEqual([{ date: '2027-07-10', note: decree }]);
    const log = desk.audit({ entity: 'calendar_correction', kind: 'write' });
    expect(log.map((e) => [e.action, (e.after as { note: string }).note])).toEqual([
      ['calendar.setCorrection', decree],
      ['calendar.setCorrection', decree],
    ]);
  });

  it('lets a decree win over the rule: a moved day off made a working day counts as one', async () => {
    await desk.ok('calendar.setCorrection', { date: '2027-03-24', kind: 'working_day', note: 'Қаулы № 1' });
    expect(await isDayOff('2027-03-24')).toBe(false);
    expect((await desk.ok('calendar.termEnd', { accepted: '2027-03-12' })).termEnd).toBe('2027-03-24');
  });

  it('shows the correction shipped with the program as entered by nobody', async () => {
    const y = await desk.ok('calendar.year', { year: 2026 });
    expect(y.corrections.find((c) => c.date === '2026-03-25')).toMatchObject({ enteredBy: null });
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

  it('refuses a correction without its source (the decree)', async () => {
    const r = await desk.call('calendar.setCorrection', { date: '2027-07-05', kind: 'day_off', note: '  ' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'note' }] } });
  });
});

// The bulk history behind the bench and `demo-data --scale` (issue 12): it must look like the
// office's years — valid IINs never repeated, visits on working days in working hours, the mix
// of outcomes — and be data the desk reads like its own.

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../shared/domain/calendar.ts';
import { parseIin } from '../../shared/domain/iin.ts';
import { localTimeOf } from '../../shared/domain/office-time.ts';
import { tempDir } from '../../tests/support/desk-files.ts';
import { officeCalendar } from '../calendar/office-calendar.ts';
import { insertUser } from '../db/users.ts';
import { type Desk, openDesk } from '../desk/open-desk.ts';
import { fixedClock } from '../kernel/context.ts';
import { type GenerateSummary, generateHistory } from './generate.ts';

let dir: string;
let desk: Desk;
let made: GenerateSummary;
const all = <T>(sql: string) => desk.db.prepare(sql).all() as T[];

beforeAll(() => {
  dir = tempDir();
  desk = openDesk(path.join(dir, 'data'), () => {}, { clock: fixedClock('2026-11-25T05:00:00.000Z') });
  const at = '2026-01-01T00:00:00.000Z';
  const clerk = insertUser(
    desk.db,
    { login: 'aigerim', fullName: 'Айгерім Нұрланова', role: 'clerk', language: 'kk' },
    at,
  );
  const head = insertUser(
    desk.db,
    { login: 'bolat', fullName: 'Болат Жақсылықов', role: 'head', language: 'kk' },
    at,
  );
  made = generateHistory(desk.db, {
    fromYear: 2024,
    toYear: 2025,
    districts: 1,
    visitsPerOfficeYear: 600,
    clerks: [clerk],
    head,
    timeZone: 'Asia/Almaty',
    chunk: 250,
  });
}, 120_000); // 1 200 visits: seconds, more on a loaded two-core machine
afterAll(() => {
  desk.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the generated history', () => {
  it('has every visit, each a valid IIN never repeated, Kazakh and Russian names, a third of them children', () => {
    expect(made.visits).toBe(1200);
    const people = all<{ iin: string; lastName: string }>(
      'SELECT iin, last_name AS lastName FROM applicants',
    );
    expect(people).toHaveLength(made.applicants);
    expect(people.every((p) => parseIin(p.iin).ok)).toBe(true);
    expect(new Set(people.map((p) => p.iin)).size).toBe(people.length);
    expect(people.some((p) => /[әғқңөұүһі]/i.test(p.lastName))).toBe(true);
    expect(people.some((p) => /^(Иванов|Смирнов|Кузнецов|Попов|Волков|Соколов)/.test(p.lastName))).toBe(true);
    expect(made.representatives / made.applicants).toBeGreaterThan(0.25);
    expect(made.representatives / made.applicants).toBeLessThan(0.42);
  });

  it('puts every visit on a working day of the office calendar, in working hours and never at lunch', () => {
    const cal = officeCalendar(desk.db, [2024, 2025], [1, 2, 3, 4, 5]);
    const visits = all<{ localDate: string; at: string }>(
      'SELECT local_date AS localDate, at FROM intake_attempts',
    );
    for (const v of visits) {
      expect(isWorkingDay(v.localDate, cal)).toBe(true);
      const time = localTimeOf(new Date(v.at), 'Asia/Almaty');
      expect(time >= '09:00' && time < '18:00').toBe(true);
      expect(time >= '13:00' && time < '14:00').toBe(false);
    }
  });

  it("has the office's mix of outcomes: a few turned away, most approved, some refused, every decided file notified and closed", () => {
    const statuses = Object.fromEntries(
      all<{ status: string; n: number }>(
        'SELECT status, count(*) AS n FROM applications GROUP BY status',
      ).map((r) => [r.status, r.n]),
    );
    expect(Object.keys(statuses).sort()).toEqual(['cancelled', 'closed']);
    const moves = Object.fromEntries(
      all<{ move: string; n: number }>('SELECT move, count(*) AS n FROM application_steps GROUP BY move').map(
        (r) => [r.move, r.n],
      ),
    );
    const refused = moves.refuse ?? 0;
    const decided = (moves.approve ?? 0) + refused;
    expect(refused / decided).toBeGreaterThan(0.03);
    expect(refused / decided).toBeLessThan(0.12);
    expect(moves.return_for_correction).toBeGreaterThan(0);
    expect((moves.send_by_post ?? 0) + (moves.hand_over ?? 0)).toBe(decided);
    expect(made.turnedAway / made.visits).toBeGreaterThan(0.04);
    expect(made.turnedAway / made.visits).toBeLessThan(0.12);
    // Register numbers of the history's own years, one sequence a year.
    expect(
      all<{ y: number }>('SELECT DISTINCT reg_year AS y FROM applications ORDER BY y').map((r) => r.y),
    ).toEqual([2024, 2025]);
  });

  it('is read by the desk like its own data: a search by a Kazakh name in any case finds the same people', async () => {
    const ctx = desk.context('cli', { userId: null });
    const users = await desk.registry.dispatch('session.signIn', { login: 'bolat' }, ctx);
    expect(users.ok).toBe(true);
    const total = async (query: string) => {
      const r = await desk.registry.dispatch('applications.search', { query }, ctx);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return (r.value as { total: number }).total;
    };
    const lower = await total('қасым');
    expect(lower).toBeGreaterThan(0);
    expect(await total('ҚАСЫМ')).toBe(lower);
  });
});

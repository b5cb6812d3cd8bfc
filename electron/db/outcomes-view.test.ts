// Migration 0015 wrote the application_outcomes view again so that SQLite reads only the
// applications asked about, and the monthly report finds its applications by the days' indexes.
// Both must say exactly what they said before of every application, with steps voided by
// corrections and decisions made again after them — the report's indicators 1.1 and 2.2 read it.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoMonth } from '../cli/demo-data.ts';
import { type Desk, openDesk } from '../desk/open-desk.ts';
import { OUTCOMES_VIEW_0003 } from './migrations/0003-decisions.ts';
import { applicationFactsAround } from './report.ts';

let dir: string;
let desk: Desk;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-outcomes-'));
  desk = openDesk(dir);
  await fillDemoMonth(desk);
  voidAndDecideAgain(desk);
  desk.db.exec(
    OUTCOMES_VIEW_0003.replace('CREATE VIEW application_outcomes', 'CREATE TEMP VIEW outcomes_0003'),
  );
}, 240_000);
afterAll(() => {
  desk.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * What the desk's channels do not make in a demo month, written as steps: returns for correction,
 * every third decision,
 * every fourth notice and every second return voided by a correction, and every other voided
 * decision made again later on another day (a refusal).
 */
function voidAndDecideAgain(d: Desk): void {
  const db = d.db;
  const user = db.prepare('SELECT id FROM users ORDER BY id LIMIT 1').pluck().get() as number;
  // Two returns for correction of every fifth application (the demo month has few or none).
  const sendBack = db.prepare(
    `INSERT INTO application_steps (application_id, move, from_status, to_status, at, local_date, by_user, by_role, reason)
     VALUES (?, 'return_for_correction', 'under_review', 'returned', '2026-11-27T06:00:00.000Z', '2026-11-27', ?, 'head',
       'Мекенжай қате')`,
  );
  for (const id of db.prepare('SELECT id FROM applications WHERE id % 5 = 0').pluck().all() as number[]) {
    sendBack.run(id, user);
    sendBack.run(id, user);
  }
  const steps = db
    .prepare(
      `SELECT id, application_id AS applicationId, move, to_status AS status, local_date AS day FROM application_steps
        WHERE move IN ('approve', 'refuse', 'send_by_post', 'hand_over', 'return_for_correction') ORDER BY id`,
    )
    .all() as { id: number; applicationId: number; move: string; status: string; day: string }[];
  const correct = db.prepare(
    `INSERT INTO application_steps (application_id, move, from_status, to_status, at, local_date, by_user, by_role,
       reason, corrects_step_id)
     VALUES (?, 'correction', ?, ?, '2026-11-30T06:00:00.000Z', '2026-11-30', ?, 'head', 'Қате жазылған', ?)`,
  );
  const refuse = db.prepare(
    `INSERT INTO application_steps (application_id, move, from_status, to_status, at, local_date, by_user, by_role,
       basis_number, basis_date, refusal_ground, explanation)
     VALUES (?, 'refuse', 'under_review', 'refused', '2026-12-01T06:00:00.000Z', '2026-12-01', ?, 'head',
       'Б-7', '2026-12-01', '17.1', 'Құжаттар жарамсыз')`,
  );
  let decisions = 0;
  let notices = 0;
  let returns = 0;
  db.transaction(() => {
    for (const s of steps) {
      const decision = s.move === 'approve' || s.move === 'refuse';
      const notice = s.move === 'send_by_post' || s.move === 'hand_over';
      const n = decision ? decisions++ : notice ? notices++ : returns++;
      if ((decision && n % 3 === 0) || (notice && n % 4 === 0) || (!decision && !notice && n % 2 === 0)) {
        correct.run(s.applicationId, s.status, 'under_review', user, s.id);
        if (decision && n % 6 === 0) refuse.run(s.applicationId, user);
      }
    }
  })();
  expect(decisions).toBeGreaterThan(10);
  expect(notices).toBeGreaterThan(5);
  expect(returns).toBeGreaterThan(0);
}

const all = (sql: string, ...params: unknown[]) => desk.db.prepare(sql).all(...params);

describe('the outcomes of applications, read by parts (migration 0015)', () => {
  it('says of every application what the view of 0003 said: decision, notice, returns, term', () => {
    const now = all('SELECT * FROM application_outcomes ORDER BY application_id');
    const before = all('SELECT * FROM outcomes_0003 ORDER BY application_id');
    expect(now.length).toBeGreaterThan(30);
    expect(now).toEqual(before);
    // What the corrections made: some decisions gone, some made again, some notices gone.
    expect(all("SELECT 1 FROM outcomes_0003 WHERE decided_on = '2026-12-01'").length).toBeGreaterThan(0);
  });

  it("gives the monthly report the same applications of each period as reading every application's outcome", () => {
    for (const [from, to] of [
      ['2026-11-01', '2026-11-30'],
      ['2026-11-20', '2026-12-10'],
      ['2026-12-01', '2026-12-31'],
      ['2026-11-10', '2026-11-12'],
      ['2026-01-01', '2026-12-31'],
    ] as const) {
      const everyOutcome = all(
        `SELECT o.reg_number AS regNumber FROM outcomes_0003 o
          WHERE o.accepted_date BETWEEN @from AND @to OR o.term_end BETWEEN @from AND @to
             OR o.decided_on BETWEEN @from AND @to OR o.notified_on BETWEEN @from AND @to
          ORDER BY o.application_id`,
        { from, to },
      ).map((r) => (r as { regNumber: string }).regNumber);
      expect(everyOutcome.length, `${from}…${to}`).toBeGreaterThan(0);
      expect(applicationFactsAround(desk.db, from, to).map((f) => f.regNumber)).toEqual(everyOutcome);
    }
  });
});

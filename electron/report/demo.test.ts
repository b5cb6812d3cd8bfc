// The demo month's report (issue 10): `desk demo-data` answers the survey too — at the kiosk,
// with nobody signed in, and on paper typed in by the clerk — so the November report has a value
// in every row but 3.3, which the head enters.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/contract/report.ts';
import { fillDemoMonth } from '../cli/demo-data.ts';
import { type Desk, openDesk } from '../desk/open-desk.ts';

let dir: string;
let desk: Desk;
let summary: Awaited<ReturnType<typeof fillDemoMonth>>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-demo-report-'));
  desk = openDesk(dir);
  summary = await fillDemoMonth(desk);
}, 180_000);
afterAll(() => {
  desk.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the demo month’s report', () => {
  it('has survey answers from the kiosk and from paper, and "no data" only in 3.3', async () => {
    expect(summary.survey.kiosk).toBeGreaterThan(5);
    expect(summary.survey.paper).toBeGreaterThan(2);
    const ctx = desk.context('system');
    await desk.registry.dispatch('session.signIn', { login: 'it' }, ctx);
    const r = await desk.registry.dispatch('report.build', { period: '2026-11' }, ctx);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const rows = (r.value as Report).rows;
    expect(rows.filter((x) => x.noData !== null).map((x) => [x.code, x.noData])).toEqual([
      ['3.3', 'not_entered'],
    ]);
    for (const code of ['2.1', '3.1', '4.3', '4.4', '5.1']) {
      const row = rows.find((x) => x.code === code);
      expect(row?.denominator, code).toBeGreaterThan(0);
    }
    // Enough visitors that not everyone was content (the month's two complainants may be).
    for (const code of ['2.1', '3.1', '5.1'])
      expect(rows.find((x) => x.code === code)?.value, code).toBeLessThan(100);
    // The kiosk's answers are nobody's in the audit log; the typed-in paper forms are the clerk's.
    const bySource = desk.db
      .prepare(
        `SELECT json_extract(after, '$.source') AS source, user_id IS NULL AS nobody, COUNT(*) AS n
           FROM audit_log WHERE action = 'survey.answer' GROUP BY 1, 2 ORDER BY 1`,
      )
      .all();
    expect(bySource).toEqual([
      { source: 'kiosk', nobody: 1, n: expect.any(Number) },
      { source: 'paper', nobody: 0, n: expect.any(Number) },
    ]);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoMonth } from '../cli/demo-data.ts';
import { unprintedPapers } from '../db/documents.ts';
import { type Desk, openDesk } from '../desk/open-desk.ts';

let dir: string;
let desk: Desk;
let summary: Awaited<ReturnType<typeof fillDemoMonth>>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-demo-'));
  desk = openDesk(dir);
  summary = await fillDemoMonth(desk);
}, 120_000);
afterAll(() => {
  desk.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const rows = <T>(sql: string) => desk.db.prepare(sql).all() as T[];

describe('the demo month after the talon, for training (§7.1, §16, §17)', () => {
  it('has the head deciding most files and the desk telling the applicants, by post and in person', () => {
    expect(summary.decided).toBeGreaterThan(summary.accepted / 2);
    expect(summary.notified).toBeGreaterThan(0);
    const how = rows<{ how: string }>(
      'SELECT DISTINCT notified_how AS how FROM application_outcomes WHERE notified_how IS NOT NULL ORDER BY 1',
    ).map((r) => r.how);
    expect(how).toEqual(['in_person', 'post']);
    expect(rows("SELECT 1 FROM application_outcomes WHERE decision = 'refused'").length).toBeGreaterThan(0);
  });

  it('numbers the letters in the order they were printed, and prints a register for each post day', () => {
    const letters = rows<{ seq: number; date: string }>(
      'SELECT out_seq AS seq, letter_date AS date FROM letters ORDER BY out_seq',
    );
    expect(letters.map((l) => l.seq)).toEqual(letters.map((_, i) => i + 1));
    const dates = letters.map((l) => l.date);
    expect(dates).toEqual([...dates].sort());
    const postDays = rows<{ d: string }>(
      "SELECT DISTINCT sent_date AS d FROM application_steps WHERE move = 'send_by_post'",
    );
    const registers = rows<{ d: string }>('SELECT DISTINCT sent_date AS d FROM postal_registers');
    expect(registers.map((r) => r.d).sort()).toEqual(postDays.map((r) => r.d).sort());
  });

  it('leaves a few files overdue at the month’s end, for the due list to show', () => {
    const overdue = rows(
      "SELECT 1 FROM applications WHERE status IN ('accepted', 'under_review', 'returned', 'approved', 'refused') AND term_end < '2026-11-30'",
    );
    expect(overdue.length).toBeGreaterThan(0);
  });
});

describe('the demo month prints what a real month prints (§12, §15, §23)', () => {
  it('leaves no talon, complaint talon or missing list unprinted for the start screen', () => {
    expect(unprintedPapers(desk.db, 1000)).toEqual({ talons: [], complaintTalons: [], missingLists: [] });
    const kept = (kind: string) =>
      rows<{ n: number }>(
        `SELECT count(DISTINCT entity_id) AS n FROM printed_documents WHERE kind = '${kind}'`,
      )[0]?.n;
    expect(kept('talon')).toBe(summary.accepted);
    expect(kept('complaint_talon')).toBeGreaterThan(0);
    expect(kept('missing_list')).toBeGreaterThan(0);
  });
});

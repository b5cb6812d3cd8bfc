import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoMonth } from '../cli/demo-data.ts';
import { complaintLettersSentOn } from '../db/complaint-dispatches.ts';
import { type Desk, openDesk } from '../desk/open-desk.ts';

let dir: string;
let desk: Desk;
let summary: Awaited<ReturnType<typeof fillDemoMonth>>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-demo-complaints-'));
  desk = openDesk(dir);
  summary = await fillDemoMonth(desk);
}, 120_000);
afterAll(() => {
  desk.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the demo month’s complaint journal, for training (§21–§23)', () => {
  it('holds a complaint answered by post, one answered by e-mail, one under review and one past its term', () => {
    expect(summary.complaints).toBe(4);
    const rows = desk.db
      .prepare(
        `SELECT c.journal_number AS n, c.channel, c.justified, c.answer_channel AS answer, d.channel AS sent,
                c.term_end AS termEnd
           FROM complaints c LEFT JOIN complaint_dispatches d ON d.complaint_id = c.id ORDER BY c.journal_seq`,
      )
      .all() as {
      n: string;
      channel: string;
      justified: number | null;
      answer: string | null;
      sent: string | null;
      termEnd: string;
    }[];
    expect(rows.map((r) => [r.n, r.channel, r.justified, r.sent])).toEqual([
      ['2026/001', 'post', null, null],
      ['2026/002', 'post', 1, 'post'],
      ['2026/003', 'email', 0, 'email'],
      ['2026/004', 'courier', null, null],
    ]);
    // The unanswered letter of 2 November is past its term before the month ends.
    expect(rows[0]?.termEnd).toBe('2026-11-23');
  });

  it('puts the answer sent by post into that day’s postal register', () => {
    const { sent } = desk.db
      .prepare("SELECT sent_date AS sent FROM complaint_dispatches WHERE channel = 'post'")
      .get() as { sent: string };
    expect(complaintLettersSentOn(desk.db, sent)).toMatchObject([
      { journalNumber: '2026/002', addressee: 'Сейітова Айман Қайратқызы', outgoingNumber: '03-12/201' },
    ]);
  });
});

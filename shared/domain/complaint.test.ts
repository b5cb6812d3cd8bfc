import { describe, expect, it } from 'vitest';
import type { OfficeCalendar } from './calendar.ts';
import {
  answeredInTime,
  complaintDaysLeft,
  complaintState,
  complaintTermEnd,
  journalNumber,
  outcomeProblems,
} from './complaint.ts';
import {
  allowedTypeOf,
  checkAttachment,
  MAX_ATTACHMENT_BYTES,
  safeFileName,
} from './complaint-attachment.ts';

// December 2026 and Nauryz 2026 as the office keeps them (FACTS.md: the Nauryz substitutes are
// 24–25 March, not what the library says).
const cal: OfficeCalendar = {
  daysOff: new Set(['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25', '2026-12-16']),
  workingWeekendDays: new Set(),
  workingWeekdays: [1, 2, 3, 4, 5],
};
const FIFTEEN_WORKING = { length: 15, unit: 'working' as const };

describe('the review term of a complaint: 15 working days under the office calendar', () => {
  it('counts working days from the day after receipt, skipping weekends', () => {
    // Wed 25.11.2026: 26, 27 (2) | 30.11–4.12 (7) | 7–11 (12) | 14, 15 (14), 16 is a holiday, 17 (15).
    expect(complaintTermEnd('2026-11-25', FIFTEEN_WORKING, cal)).toBe('2026-12-17');
  });

  it('skips Independence Day (16 December) inside the term', () => {
    // Fri 4.12.2026: 7–11 (5), 14, 15 (7), 16 is a holiday, 17, 18 (9), 21–25 (14), 28 (15).
    expect(complaintTermEnd('2026-12-04', FIFTEEN_WORKING, cal)).toBe('2026-12-28');
  });

  it('skips Nauryz and its substitute days off (21–25 March 2026)', () => {
    // Fri 13.03.2026: 16–20 (5), 23–25 off, 26, 27 (7), 30.03–3.04 (12), 6, 7, 8 (15).
    expect(complaintTermEnd('2026-03-13', FIFTEEN_WORKING, cal)).toBe('2026-04-08');
  });

  it('starts counting on the next working day when the complaint came at a weekend (e-mail on Saturday)', () => {
    // Sat 28.11.2026: 30.11–4.12 (5), 7–11 (10), 14, 15 (12), 17, 18 (14), 21 (15).
    expect(complaintTermEnd('2026-11-28', FIFTEEN_WORKING, cal)).toBe('2026-12-21');
  });
});

describe('where a complaint stands on a fixed day', () => {
  const open = { termEnd: '2026-12-14', answerDate: null, sentDate: null, cancelled: false };

  it('is under review up to and including the last day of the term, overdue the day after', () => {
    expect(complaintState(open, '2026-12-14')).toBe('under_review');
    expect(complaintDaysLeft('2026-12-14', '2026-12-14')).toBe(0);
    expect(complaintState(open, '2026-12-15')).toBe('overdue');
    expect(complaintDaysLeft('2026-12-15', '2026-12-14')).toBe(-1);
  });

  it('is answered once the outcome has a date, sent once the letter went out, whatever the day', () => {
    expect(complaintState({ ...open, answerDate: '2026-12-20' }, '2027-01-10')).toBe('answered');
    expect(complaintState({ ...open, answerDate: '2026-12-20', sentDate: '2026-12-21' }, '2027-01-10')).toBe(
      'sent',
    );
    expect(complaintState({ ...open, cancelled: true }, '2027-01-10')).toBe('cancelled');
  });

  it('counts an answer on the last day as in time, and the day after as late', () => {
    expect(answeredInTime('2026-12-14', '2026-12-14')).toBe(true);
    expect(answeredInTime('2026-12-15', '2026-12-14')).toBe(false);
  });
});

describe('what an outcome must say', () => {
  it('refuses "satisfied" for a complaint found unjustified', () => {
    expect(outcomeProblems({ justified: false, satisfied: true, actionTaken: null })).toEqual([
      { path: 'satisfied', message: 'satisfied_only_when_justified' },
    ]);
    expect(outcomeProblems({ justified: false, satisfied: null, actionTaken: null })).toEqual([]);
    expect(outcomeProblems({ justified: false, satisfied: false, actionTaken: null })).toEqual([]);
  });

  it('asks of a justified complaint whether it was satisfied and what was done', () => {
    expect(outcomeProblems({ justified: true, satisfied: null, actionTaken: ' ' })).toEqual([
      { path: 'satisfied', message: 'satisfied_required' },
      { path: 'actionTaken', message: 'action_required' },
    ]);
    expect(outcomeProblems({ justified: true, satisfied: false, actionTaken: 'Түсіндірме берілді' })).toEqual(
      [],
    );
  });
});

describe('the journal number', () => {
  it('is the year and a three-digit number of the year', () => {
    expect(journalNumber(2026, 7)).toBe('2026/007');
    expect(journalNumber(2027, 1234)).toBe('2027/1234');
  });
});

describe('attachments: the allow-list, the size bound, the file’s own first bytes', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n');
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);

  it('keeps a scan whose name and content agree, with the type from the list', () => {
    expect(checkAttachment('Хат.PDF', 'application/pdf', pdf)).toMatchObject({
      ok: true,
      type: { mime: 'application/pdf' },
    });
    expect(checkAttachment('скан.png', '', png)).toMatchObject({ ok: true, type: { mime: 'image/png' } });
    expect(
      checkAttachment('шағым.txt', 'text/plain; charset=utf-8', new TextEncoder().encode('Шағым')),
    ).toMatchObject({
      ok: true,
    });
  });

  it('refuses what is not on the list, a renamed file, an empty one and one over 20 MB', () => {
    expect(checkAttachment('setup.exe', 'application/octet-stream', pdf)).toMatchObject({
      ok: false,
      problem: 'type',
    });
    expect(checkAttachment('scan.pdf', 'image/png', pdf)).toMatchObject({ ok: false, problem: 'type' });
    expect(checkAttachment('photo.jpg', 'image/jpeg', pdf)).toMatchObject({ ok: false, problem: 'content' });
    expect(checkAttachment('note.txt', 'text/plain', new Uint8Array([0x41, 0, 0x42]))).toMatchObject({
      ok: false,
      problem: 'content',
    });
    expect(checkAttachment('empty.pdf', 'application/pdf', new Uint8Array(0))).toMatchObject({
      ok: false,
      problem: 'empty',
    });
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(pdf);
    expect(checkAttachment('big.pdf', 'application/pdf', big)).toMatchObject({
      ok: false,
      problem: 'too_large',
    });
  });

  it('knows pdf, jpg, png, tiff, doc, docx, odt and txt', () => {
    for (const name of [
      'a.pdf',
      'a.jpg',
      'a.jpeg',
      'a.png',
      'a.tif',
      'a.tiff',
      'a.doc',
      'a.docx',
      'a.odt',
      'a.txt',
    ]) {
      expect(allowedTypeOf(name), name).toBeDefined();
    }
    expect(allowedTypeOf('a.zip')).toBeUndefined();
    expect(allowedTypeOf('pdf')).toBeUndefined();
  });

  it('makes a file name safe to keep, Kazakh letters included', () => {
    expect(safeFileName('C:\\Users\\clerk\\Шағым Қасымова.pdf')).toBe('Шағым Қасымова.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('a<b>:c?.png')).toBe('a_b__c_.png');
    expect(safeFileName('.pdf')).toBe('file.pdf');
  });
});

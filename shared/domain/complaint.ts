// The complaint journal's rules as pure functions (§21–§23): the review term, where a complaint
// stands on a given day, and what an outcome must say. The main side, the contract and the
// screens use these same functions, so the journal, the talon and the form never disagree.

import { daysBetween, type LocalDate, type OfficeCalendar } from './calendar.ts';
import { type Term, termEndDate } from './term.ts';

export const COMPLAINT_CHANNELS = ['post', 'email', 'courier'] as const;
/** §22 — in writing: by post, by e-mail, or by courier to the reception. */
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const COMPLAINT_ADDRESSEES = ['head', 'deputy', 'regional'] as const;
/** §21 — the head of the department, the deputy head, or the head of the regional department. */
export type ComplaintAddressee = (typeof COMPLAINT_ADDRESSEES)[number];

export const ANSWER_CHANNELS = ['post', 'email'] as const;
/** §23 — the result goes back in writing, by post or by e-mail. */
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

/**
 * The last day to answer: the term counted from the day after receipt. A term in working days
 * skips weekends, public holidays and the office's transfers of days off; a term in calendar
 * days that ends on a day off moves to the next working day (the same reading as §7.1).
 */
export function complaintTermEnd(received: LocalDate, term: Term, cal: OfficeCalendar): LocalDate {
  return termEndDate(received, term, cal);
}

export type ComplaintState = 'under_review' | 'overdue' | 'answered' | 'sent' | 'cancelled';

export interface ComplaintProgress {
  termEnd: LocalDate;
  /** The date of the written answer, once the outcome is recorded. */
  answerDate: LocalDate | null;
  /** The date the answer went out (post or e-mail), once recorded. */
  sentDate: LocalDate | null;
  cancelled: boolean;
}

/** Where a complaint stands on `today`: overdue means no answer yet and the term has passed. */
export function complaintState(c: ComplaintProgress, today: LocalDate): ComplaintState {
  if (c.cancelled) return 'cancelled';
  if (c.sentDate) return 'sent';
  if (c.answerDate) return 'answered';
  return today > c.termEnd ? 'overdue' : 'under_review';
}

/** Calendar days from `today` to the last day of the term: 0 on the last day, negative after it. */
export function complaintDaysLeft(today: LocalDate, termEnd: LocalDate): number {
  return daysBetween(today, termEnd);
}

/** Whether the answer was given within the term (an answer on the last day is in time). */
export function answeredInTime(answerDate: LocalDate, termEnd: LocalDate): boolean {
  return answerDate <= termEnd;
}

export interface OutcomeDraft {
  justified: boolean;
  satisfied: boolean | null;
  actionTaken: string | null;
}

export type OutcomeProblem =
  | { path: 'satisfied'; message: 'satisfied_only_when_justified' }
  | { path: 'satisfied'; message: 'satisfied_required' }
  | { path: 'actionTaken'; message: 'action_required' };

/**
 * What an outcome must say: a complaint found unjustified cannot be "satisfied"; a justified
 * one says whether it was satisfied and what was done about it.
 */
export function outcomeProblems(o: OutcomeDraft): OutcomeProblem[] {
  if (!o.justified) {
    return o.satisfied === true ? [{ path: 'satisfied', message: 'satisfied_only_when_justified' }] : [];
  }
  const problems: OutcomeProblem[] = [];
  if (o.satisfied === null) problems.push({ path: 'satisfied', message: 'satisfied_required' });
  if (!o.actionTaken?.trim()) problems.push({ path: 'actionTaken', message: 'action_required' });
  return problems;
}

/** "2026/007": the journal's own number, per year, so that nobody confuses it with an application's. */
export function journalNumber(year: number, seq: number): string {
  return `${year}/${String(seq).padStart(3, '0')}`;
}

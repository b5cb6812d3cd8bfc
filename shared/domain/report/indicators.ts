// The indicators of the standard's appendix (§19), each a pure function over plain facts that
// electron/db/report.ts gathers. Every one answers with its numerator, its denominator and the
// records behind them, or says why it has no data: a share of nothing is "no data", never 0 %.
//
// Which records fall in a period, written down once:
//   1.1  applications (not cancelled) whose §7.1 term ends in the period; one whose outcome is
//        not known yet (term still running, nothing notified) waits for a later report;
//   1.2  queue tickets issued in the period whose wait is over (called, or closed unserved);
//   2.2  applications (not cancelled) decided in the period (the head's order date);
//   3.2  first visits with a package in the period: an intake attempt is a first visit unless
//        the same applicant's previous attempt was turned away;
//   3.3  the head's entry for the latest period that ends within the report's period;
//   4.1, 4.2  complaint-indicators.ts (counted in the month of the written answer);
//   survey  answers whose visit was in the period.

import type { LocalDate } from '../calendar.ts';
import { answeredInTime } from '../complaint.ts';
import type { Purpose } from '../queue.ts';
import {
  type ComplaintFacts,
  justifiedAnsweredIn,
  indicator41 as share41,
  indicator42 as share42,
} from './complaint-indicators.ts';
import { type ReportPeriod, within } from './period.ts';
import { isSatisfied, type SurveyQuestion, type SurveySource, type VisitPurpose } from './survey.ts';

export const NO_DATA_REASONS = [
  'no_applications_due',
  'no_finished_waits',
  'no_decisions',
  'no_first_visits',
  'not_entered',
  'no_applications_accepted',
  'no_justified_complaints',
  'no_survey_answers',
] as const;
export type NoDataReason = (typeof NO_DATA_REASONS)[number];

/** One record behind a number: counted in the numerator, or only in the denominator. */
export interface IndicatorRecord {
  /** A register number, a ticket number, a journal number — never a person's name. */
  ref: string;
  date: LocalDate;
  counted: boolean;
  note?: string;
}

export interface IndicatorCount {
  numerator: number;
  denominator: number;
  /** Per cent, two decimals; null when there is nothing to divide by. */
  value: number | null;
  noData: NoDataReason | null;
  records: IndicatorRecord[];
}

export function count(records: IndicatorRecord[], noData: NoDataReason): IndicatorCount {
  const numerator = records.filter((r) => r.counted).length;
  const denominator = records.length;
  return {
    numerator,
    denominator,
    value: denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 100,
    noData: denominator === 0 ? noData : null,
    records,
  };
}

// ---- applications: 1.1, 2.2 ----

export interface ApplicationFacts {
  regNumber: string;
  acceptedDate: LocalDate;
  /** §7.1, fixed on acceptance under the edition in force that day. */
  termEnd: LocalDate;
  cancelled: boolean;
  decision: 'approved' | 'refused' | null;
  decidedOn: LocalDate | null;
  refusalGround: string | null;
  notifiedHow: 'post' | 'in_person' | null;
  notifiedOn: LocalDate | null;
  returnsForCorrection: number;
}

/** §7.1 met: both the decision and the notification (§5, §16) on or before the term's last day. */
export const servedInTerm = (a: ApplicationFacts): boolean =>
  a.decidedOn !== null && a.notifiedOn !== null && a.decidedOn <= a.termEnd && a.notifiedOn <= a.termEnd;

/** 1.1 — applications served within the §7.1 term, of those whose term ended in the period. */
export function indicator11(
  apps: readonly ApplicationFacts[],
  p: ReportPeriod,
  today: LocalDate,
): IndicatorCount {
  const records = apps
    .filter((a) => !a.cancelled && within(a.termEnd, p))
    // Known: served in term, or the term is over (today past it) without both steps in it.
    .filter((a) => servedInTerm(a) || a.termEnd < today)
    .map((a) => ({
      ref: a.regNumber,
      date: a.termEnd,
      counted: servedInTerm(a),
      ...(servedInTerm(a) ? {} : { note: a.notifiedOn ? `notified ${a.notifiedOn}` : 'not notified' }),
    }));
  return count(records, 'no_applications_due');
}

/** 2.2 — applications decided in the period that were never returned for correction. */
export function indicator22(apps: readonly ApplicationFacts[], p: ReportPeriod): IndicatorCount {
  const records = apps
    .filter((a) => !a.cancelled && within(a.decidedOn, p))
    .map((a) => ({
      ref: a.regNumber,
      date: a.decidedOn as LocalDate,
      counted: a.returnsForCorrection === 0,
      ...(a.returnsForCorrection ? { note: `returned ${a.returnsForCorrection}` } : {}),
    }));
  return count(records, 'no_decisions');
}

// ---- the queue: 1.2 ----

export interface TicketWaitFacts {
  number: string;
  localDate: LocalDate;
  purpose: Purpose;
  cancelled: boolean;
  issuedAt: string;
  /** The first call, or the closing of a ticket never called; null while it still waits. */
  waitEndedAt: string | null;
  /** The board's reading: reception seconds, the lunch hour left out (§10); null while waiting. */
  boardWaitSeconds: number | null;
  /** The appendix's minutes for 1.2 in the edition in force on the ticket's day. */
  indicatorMinutes: number;
}

export interface QueueIndicator extends IndicatorCount {
  /** The same tickets as the queue board reads them (lunch hour not counted), shown beside. */
  board: { numerator: number; denominator: number; value: number | null };
}

/** 1.2 — as the appendix defines it: called − issued, in real minutes, ≤ 40. */
export function indicator12(tickets: readonly TicketWaitFacts[], p: ReportPeriod): QueueIndicator {
  const finished = tickets.filter((t) => !t.cancelled && within(t.localDate, p) && t.waitEndedAt !== null);
  const real = (t: TicketWaitFacts) => (Date.parse(t.waitEndedAt as string) - Date.parse(t.issuedAt)) / 1000;
  const records = finished.map((t) => ({
    ref: t.number,
    date: t.localDate,
    counted: real(t) <= t.indicatorMinutes * 60,
    note: `${Math.round((real(t) / 60) * 10) / 10} min`,
  }));
  const board = count(
    finished.map((t) => ({
      ref: t.number,
      date: t.localDate,
      counted: (t.boardWaitSeconds ?? 0) <= t.indicatorMinutes * 60,
    })),
    'no_finished_waits',
  );
  return {
    ...count(records, 'no_finished_waits'),
    board: { numerator: board.numerator, denominator: board.denominator, value: board.value },
  };
}

// ---- intake: 3.2 ----

export interface IntakeVisitFacts {
  /** The register number when accepted, else the attempt's number ("visit 17"). */
  ref: string;
  localDate: LocalDate;
  outcome: 'accepted' | 'turned_away';
  /** The same applicant's attempt before this one, if any. */
  previousOutcome: 'accepted' | 'turned_away' | null;
  /** §12 codes missing when turned away. */
  missing: string[];
}

/** A first visit starts a package: the applicant's first attempt, or the first after an acceptance. */
export const isFirstVisit = (v: IntakeVisitFacts): boolean => v.previousOutcome !== 'turned_away';

/** 3.2 — first visits whose package was complete and accepted, of all first visits. */
export function indicator32(visits: readonly IntakeVisitFacts[], p: ReportPeriod): IndicatorCount {
  const records = visits
    .filter((v) => within(v.localDate, p) && isFirstVisit(v))
    .map((v) => ({ ref: v.ref, date: v.localDate, counted: v.outcome === 'accepted' }));
  return count(records, 'no_first_visits');
}

// ---- the head's entry: 3.3 ----

export interface InternetShareEntry {
  periodFrom: LocalDate;
  periodTo: LocalDate;
  /** Parts of the service's information published on the Internet, of all parts. */
  published: number;
  total: number;
  source: string;
  enteredAt: string;
}

/** 3.3 — the latest entry of a period ending within the report's period (a state, not a flow). */
export function indicator33(
  entries: readonly InternetShareEntry[],
  p: ReportPeriod,
): IndicatorCount & {
  entry: InternetShareEntry | null;
} {
  const entry =
    [...entries]
      .filter((e) => within(e.periodTo, p))
      .sort((a, b) => a.periodTo.localeCompare(b.periodTo) || a.enteredAt.localeCompare(b.enteredAt))
      .at(-1) ?? null;
  if (!entry) return { ...count([], 'not_entered'), entry };
  return {
    numerator: entry.published,
    denominator: entry.total,
    value: Math.round((entry.published / entry.total) * 10_000) / 100,
    noData: null,
    records: [{ ref: entry.source, date: entry.periodTo, counted: true }],
    entry,
  };
}

// ---- complaints: 4.1, 4.2 (the counting rule lives in complaint-indicators.ts) ----

const complaintRecords = (
  complaints: readonly ComplaintFacts[],
  p: ReportPeriod,
  counted: (c: ComplaintFacts) => boolean,
) =>
  justifiedAnsweredIn(complaints, p).map((c) => ({
    ref: c.journalNumber ?? '',
    date: c.answerDate as LocalDate,
    counted: counted(c),
  }));

/** 4.1 — justified complaints answered in the period, per application accepted in it. */
export function indicator41(
  complaints: readonly ComplaintFacts[],
  applicationsAccepted: number,
  p: ReportPeriod,
): IndicatorCount {
  const r = share41(complaints, applicationsAccepted, p);
  return {
    numerator: r.numerator,
    denominator: r.denominator,
    value: r.percent,
    noData: r.percent === null ? 'no_applications_accepted' : null,
    records: complaintRecords(complaints, p, () => true),
  };
}

/** 4.2 — of those, satisfied and answered within their term. */
export function indicator42(complaints: readonly ComplaintFacts[], p: ReportPeriod): IndicatorCount {
  const r = share42(complaints, p);
  return {
    numerator: r.numerator,
    denominator: r.denominator,
    value: r.percent,
    noData: r.percent === null ? 'no_justified_complaints' : null,
    records: complaintRecords(
      complaints,
      p,
      (c) => c.satisfied === true && answeredInTime(c.answerDate as LocalDate, c.termEnd),
    ),
  };
}

// ---- the survey: 2.1, 3.1, 4.3, 4.4, 5.1 ----

export interface SurveyAnswerFacts {
  question: SurveyQuestion;
  answer: number;
  visitDate: LocalDate;
  purpose: VisitPurpose;
  source: SurveySource;
}

/** A survey indicator: answers of 4 or 5 to its question, of all its answers in the period. */
export function surveyIndicator(
  question: SurveyQuestion,
  answers: readonly SurveyAnswerFacts[],
  p: ReportPeriod,
): IndicatorCount {
  const records = answers
    .filter((a) => a.question === question && within(a.visitDate, p))
    .map((a) => ({
      ref: `${a.purpose}/${a.source}`,
      date: a.visitDate,
      counted: isSatisfied(a.answer),
      note: String(a.answer),
    }));
  return count(records, 'no_survey_answers');
}

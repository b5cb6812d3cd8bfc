// What the monthly report (§19, §20, the appendix) reads and keeps: the facts each indicator is
// counted from (the counting itself is pure: shared/domain/report/), the survey's answers, the
// yearly targets, the head's 3.3 entries and the frozen reports that were sent.

import type { ComplaintFacts } from '../../shared/domain/report/complaint-indicators.ts';
import type {
  ApplicationFacts,
  IntakeVisitFacts,
  InternetShareEntry,
  SurveyAnswerFacts,
} from '../../shared/domain/report/indicators.ts';
import type { SurveyQuestion, SurveySource, VisitPurpose } from '../../shared/domain/report/survey.ts';
import { yesNo } from './complaints.ts';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

/**
 * Every complaint received, due or answered in the period: 4.1 and 4.2 count those answered in
 * it, the volumes those received and due.
 */
export function complaintFactsAround(
  db: Db,
  from: string,
  to: string,
): (ComplaintFacts & { receivedDate: string })[] {
  return (
    prepared(
      db,
      `SELECT journal_number AS journalNumber, received_date AS receivedDate, term_end AS termEnd,
              cancelled_at IS NOT NULL AS cancelled, justified, satisfied, answer_date AS answerDate
         FROM complaints
        WHERE received_date BETWEEN @from AND @to OR answer_date BETWEEN @from AND @to OR term_end BETWEEN @from AND @to
        ORDER BY id`,
    ).all({ from, to }) as {
      journalNumber: string;
      receivedDate: string;
      termEnd: string;
      cancelled: number;
      justified: number | null;
      satisfied: number | null;
      answerDate: string | null;
    }[]
  ).map((r) => ({
    ...r,
    cancelled: r.cancelled === 1,
    justified: yesNo(r.justified),
    satisfied: yesNo(r.satisfied),
  }));
}

/** Indicator 4.1's denominator: applications accepted in the period and not cancelled. */
export function applicationsServedIn(db: Db, from: string, to: string): number {
  return (
    prepared(
      db,
      `SELECT count(*) AS n FROM applications
        WHERE accepted_date BETWEEN ? AND ? AND cancelled_at IS NULL`,
    ).get(from, to) as { n: number }
  ).n;
}

/**
 * Applications accepted, decided, notified or due in the period, with their outcome as the steps
 * in force say (the application_outcomes view) and the §17 ground of a refusal in force. The
 * applications are found by the days' indexes first (migration 0015) — each day a report asks
 * about has its own — and only theirs are read; the outcome's own days then decide, as the
 * view says them (a step voided by a correction found one that is not in the period).
 */
export function applicationFactsAround(db: Db, from: string, to: string): ApplicationFacts[] {
  return (
    prepared(
      db,
      `WITH around (id) AS (
         SELECT id FROM applications WHERE accepted_date BETWEEN @from AND @to
         UNION SELECT id FROM applications WHERE term_end BETWEEN @from AND @to
         UNION SELECT application_id FROM application_steps
                WHERE move IN ('approve', 'refuse') AND basis_date BETWEEN @from AND @to
         UNION SELECT application_id FROM application_steps
                WHERE move = 'send_by_post' AND sent_date BETWEEN @from AND @to
         UNION SELECT application_id FROM application_steps
                WHERE move = 'hand_over' AND local_date BETWEEN @from AND @to
       )
       SELECT o.reg_number AS regNumber, o.accepted_date AS acceptedDate, o.term_end AS termEnd,
              a.cancelled_at IS NOT NULL AS cancelled, o.decision, o.decided_on AS decidedOn,
              (SELECT s.refusal_ground FROM application_steps s
                WHERE s.application_id = o.application_id AND s.move = 'refuse'
                  AND NOT EXISTS (SELECT 1 FROM application_steps c WHERE c.corrects_step_id = s.id)
                ORDER BY s.id DESC LIMIT 1) AS refusalGround,
              o.notified_how AS notifiedHow, o.notified_on AS notifiedOn,
              o.returns_for_correction AS returnsForCorrection
         FROM around JOIN application_outcomes o ON o.application_id = around.id
         JOIN applications a ON a.id = o.application_id
        WHERE o.accepted_date BETWEEN @from AND @to OR o.term_end BETWEEN @from AND @to
           OR o.decided_on BETWEEN @from AND @to OR o.notified_on BETWEEN @from AND @to
        ORDER BY o.application_id`,
    ).all({ from, to }) as (Omit<ApplicationFacts, 'cancelled'> & { cancelled: number })[]
  ).map((r) => ({ ...r, cancelled: r.cancelled === 1 }));
}

/** Intake visits of the period, each with the same applicant's attempt before it (3.2). */
export function intakeVisitsIn(db: Db, from: string, to: string): IntakeVisitFacts[] {
  return (
    prepared(
      db,
      `SELECT coalesce((SELECT reg_number FROM applications ap WHERE ap.attempt_id = ia.id), 'visit ' || ia.id) AS ref,
              ia.local_date AS localDate, ia.outcome, ia.missing,
              (SELECT p.outcome FROM intake_attempts p
                WHERE p.applicant_id = ia.applicant_id AND (p.at < ia.at OR (p.at = ia.at AND p.id < ia.id))
                ORDER BY p.at DESC, p.id DESC LIMIT 1) AS previousOutcome
         FROM intake_attempts ia WHERE ia.local_date BETWEEN ? AND ? ORDER BY ia.id`,
    ).all(from, to) as (Omit<IntakeVisitFacts, 'missing'> & { missing: string })[]
  ).map((r) => ({ ...r, missing: JSON.parse(r.missing) as string[] }));
}

export function surveyAnswersIn(db: Db, from: string, to: string): SurveyAnswerFacts[] {
  return prepared(
    db,
    `SELECT question, answer, visit_date AS visitDate, purpose, source
       FROM survey_answers WHERE visit_date BETWEEN ? AND ? ORDER BY id`,
  ).all(from, to) as SurveyAnswerFacts[];
}

export interface NewSurveyAnswer {
  visitDate: string;
  purpose: VisitPurpose;
  question: SurveyQuestion;
  answer: number;
  source: SurveySource;
  visitCode: string;
}

export function insertSurveyAnswer(db: Db, a: NewSurveyAnswer): number {
  return Number(
    prepared(
      db,
      `INSERT INTO survey_answers (visit_date, purpose, question, answer, source, visit_code)
       VALUES (@visitDate, @purpose, @question, @answer, @source, @visitCode)`,
    ).run(a).lastInsertRowid,
  );
}

/** The questions a visit code has already answered. */
export function questionsAnsweredWith(db: Db, visitCode: string): SurveyQuestion[] {
  return prepared(db, 'SELECT question FROM survey_answers WHERE visit_code = ?')
    .pluck()
    .all(visitCode) as SurveyQuestion[];
}

export function surveyKey(db: Db): string {
  return prepared(db, 'SELECT secret FROM survey_key WHERE id = 1').pluck().get() as string;
}

/** What a visit code may stand for: its day and purpose, looked up by the visit's own row. */
export function ticketVisit(
  db: Db,
  id: number,
): { localDate: string; purpose: 'hand_in' | 'collect' } | undefined {
  return prepared(
    db,
    `SELECT local_date AS localDate, purpose FROM queue_tickets WHERE id = ? AND cancelled_at IS NULL`,
  ).get(id) as { localDate: string; purpose: 'hand_in' | 'collect' } | undefined;
}

/** An accepted application's visit: the day of acceptance and, when it came by a ticket, that ticket. */
export function applicationVisit(
  db: Db,
  id: number,
): { localDate: string; queueTicketId: number | null } | undefined {
  return prepared(
    db,
    `SELECT a.accepted_date AS localDate, ia.queue_ticket_id AS queueTicketId
       FROM applications a JOIN intake_attempts ia ON ia.id = a.attempt_id
      WHERE a.id = ? AND a.cancelled_at IS NULL`,
  ).get(id) as { localDate: string; queueTicketId: number | null } | undefined;
}

export function complaintVisit(db: Db, id: number): { localDate: string } | undefined {
  return prepared(
    db,
    `SELECT received_date AS localDate FROM complaints WHERE id = ? AND cancelled_at IS NULL`,
  ).get(id) as { localDate: string } | undefined;
}

// ---- §20 targets ----

export interface TargetRow {
  year: number;
  code: string;
  normative: number;
  target: number;
  setAt: string;
}

/** The values in force for a year: the latest setting of each code. */
export function targetsOfYear(db: Db, year: number): TargetRow[] {
  return prepared(
    db,
    `SELECT year, code, normative, target, set_at AS setAt FROM report_targets t
      WHERE year = @year AND id = (SELECT max(id) FROM report_targets l WHERE l.year = @year AND l.code = t.code)
      ORDER BY code`,
  ).all({ year }) as TargetRow[];
}

export function insertTarget(
  db: Db,
  t: { year: number; code: string; normative: number; target: number; setAt: string; setBy: number },
): number {
  return Number(
    prepared(
      db,
      `INSERT INTO report_targets (year, code, normative, target, set_at, set_by)
       VALUES (@year, @code, @normative, @target, @setAt, @setBy)`,
    ).run(t).lastInsertRowid,
  );
}

// ---- 3.3 ----

export function internetShareEntries(db: Db, from: string, to: string): InternetShareEntry[] {
  return prepared(
    db,
    `SELECT period_from AS periodFrom, period_to AS periodTo, published, total, source, entered_at AS enteredAt
       FROM report_internet_share WHERE period_to BETWEEN ? AND ? ORDER BY id`,
  ).all(from, to) as InternetShareEntry[];
}

export function insertInternetShare(db: Db, e: InternetShareEntry & { enteredBy: number }): number {
  return Number(
    prepared(
      db,
      `INSERT INTO report_internet_share (period_from, period_to, published, total, source, entered_at, entered_by)
       VALUES (@periodFrom, @periodTo, @published, @total, @source, @enteredAt, @enteredBy)`,
    ).run(e).lastInsertRowid,
  );
}

// ---- sent (frozen) reports ----

export interface SentReportRow {
  id: number;
  from: string;
  to: string;
  format: string;
  fileName: string;
  sha256: string;
  numbers: string;
  sentAt: string;
}

export function insertSentReport(db: Db, r: Omit<SentReportRow, 'id'> & { sentBy: number }): number {
  return Number(
    prepared(
      db,
      `INSERT INTO sent_reports (period_from, period_to, format, file_name, sha256, numbers, sent_at, sent_by)
       VALUES (@from, @to, @format, @fileName, @sha256, @numbers, @sentAt, @sentBy)`,
    ).run(r).lastInsertRowid,
  );
}

/** The latest report sent for exactly this period: what the regional department has now. */
export function lastSentReport(db: Db, from: string, to: string): SentReportRow | undefined {
  return prepared(
    db,
    `SELECT id, period_from AS "from", period_to AS "to", format, file_name AS fileName, sha256, numbers,
            sent_at AS sentAt
       FROM sent_reports WHERE period_from = ? AND period_to = ? ORDER BY id DESC LIMIT 1`,
  ).get(from, to) as SentReportRow | undefined;
}

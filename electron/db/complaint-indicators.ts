// What indicators 4.1 and 4.2 (§19) read of the database: the facts of the complaints answered
// in a period, and the applications served in it. The counting itself is a pure rule
// (shared/domain/complaint-indicators.ts), so the monthly report counts as the journal does.

import type { ComplaintFacts } from '../../shared/domain/complaint-indicators.ts';
import { yesNo } from './complaints.ts';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

/** What indicators 4.1 and 4.2 read of every complaint answered in a period (and the rest). */
export function complaintFactsAnsweredIn(db: Db, from: string, to: string): ComplaintFacts[] {
  return (
    prepared(
      db,
      `SELECT term_end AS termEnd, cancelled_at IS NOT NULL AS cancelled, justified, satisfied,
              answer_date AS answerDate
         FROM complaints WHERE answer_date BETWEEN ? AND ?`,
    ).all(from, to) as {
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

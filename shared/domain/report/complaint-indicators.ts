// Indicators 4.1 and 4.2 of the standard's appendix (§19), computed from the complaint journal
// over plain data, so the monthly report, the journal screen and the tests count alike.
//
// Reading, written down once:
//   • A complaint counts in the period in which its written answer is dated: only then is it
//     known whether it was justified, and a finished month's figure never changes afterwards.
//     A complaint still under review counts in the month it is answered.
//   • Cancelled entries (registered by mistake) never count.
//   • 4.1 = justified complaints answered in the period / applications served in the period.
//     "Served" is the number of applications accepted in the period and not cancelled; the
//     caller counts them (the report knows the period's applications).
//   • 4.2 = of those justified complaints, the ones satisfied AND answered within their term.
//   • With nothing to divide by the value is null ("—" on paper), never 0 % or 100 %.

import type { LocalDate } from '../calendar.ts';
import { answeredInTime } from '../complaint.ts';

export interface ComplaintFacts {
  /** The journal number (2026/007): how the report names the complaint behind a number. */
  journalNumber?: string;
  termEnd: LocalDate;
  cancelled: boolean;
  /** null while the outcome is not recorded. */
  justified: boolean | null;
  satisfied: boolean | null;
  answerDate: LocalDate | null;
}

export interface Period {
  from: LocalDate;
  to: LocalDate;
}

export interface Ratio {
  numerator: number;
  denominator: number;
  /** Per cent, rounded to two decimals (4.1's norm is 0.4 %); null when the denominator is 0. */
  percent: number | null;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return {
    numerator,
    denominator,
    percent: denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 100,
  };
}

/** The justified complaints whose answer is dated within the period. */
export function justifiedAnsweredIn(complaints: readonly ComplaintFacts[], p: Period): ComplaintFacts[] {
  return complaints.filter(
    (c) =>
      !c.cancelled &&
      c.justified === true &&
      c.answerDate !== null &&
      c.answerDate >= p.from &&
      c.answerDate <= p.to,
  );
}

/** 4.1 — % of justified complaints of all consumers served in the period. */
export function indicator41(
  complaints: readonly ComplaintFacts[],
  applicationsServed: number,
  p: Period,
): Ratio {
  return ratio(justifiedAnsweredIn(complaints, p).length, applicationsServed);
}

/** 4.2 — % of justified complaints reviewed and satisfied within the term. */
export function indicator42(complaints: readonly ComplaintFacts[], p: Period): Ratio {
  const justified = justifiedAnsweredIn(complaints, p);
  const inTime = justified.filter(
    (c) => c.satisfied === true && answeredInTime(c.answerDate as LocalDate, c.termEnd),
  );
  return ratio(inTime.length, justified.length);
}

// The report put together from plain facts: every indicator of the appendix as a row (§19) with
// the year's normative and target values (§20), and beside them the period's volumes. Pure, so
// the screen, the exports and the tests read one computation.

import type { Indicator, ServiceDefinition } from '../../standard/service-definition.ts';
import type { LocalDate } from '../calendar.ts';
import type { ComplaintFacts } from './complaint-indicators.ts';
import {
  type ApplicationFacts,
  type IndicatorCount,
  type IntakeVisitFacts,
  type InternetShareEntry,
  indicator11,
  indicator12,
  indicator22,
  indicator32,
  indicator33,
  indicator41,
  indicator42,
  type SurveyAnswerFacts,
  servedInTerm,
  surveyIndicator,
  type TicketWaitFacts,
} from './indicators.ts';
import { type ReportPeriod, within } from './period.ts';
import type { SurveyQuestion } from './survey.ts';

export interface ReportFacts {
  applications: ApplicationFacts[];
  tickets: TicketWaitFacts[];
  intakeVisits: IntakeVisitFacts[];
  survey: SurveyAnswerFacts[];
  /** Every complaint received, due or answered in the period (cancelled ones flagged). */
  complaints: (ComplaintFacts & { receivedDate: LocalDate })[];
  internetShare: InternetShareEntry[];
}

/** §20: the normative and target values of one indicator for a year. */
export interface YearValues {
  year: number;
  normative: number;
  target: number;
  /** 'standard' while the head has set nothing for the year: the appendix's seed. */
  setBy: 'standard' | 'office';
}

export interface IndicatorRow extends IndicatorCount {
  code: string;
  text: Indicator['text'];
  formula: Indicator['formula'];
  better: Indicator['better'];
  source: Indicator['source'];
  normative: number;
  target: number;
  targetYear: number;
  /** Against the year's target; null without data. 4.1 is met at or below it. */
  met: boolean | null;
  /** 1.2 only: the board's reading, the lunch hour not counted — shown beside, not instead. */
  board?: { numerator: number; denominator: number; value: number | null };
  /** 3.3 only: where the head's figure comes from. */
  enteredSource?: string;
}

export const isMet = (value: number | null, target: number, better: Indicator['better']): boolean | null =>
  value === null ? null : better === 'higher' ? value >= target : value <= target;

/** Every indicator of the edition in force on the period's last day, in the appendix's order. */
export function indicatorRows(
  facts: ReportFacts,
  p: ReportPeriod,
  today: LocalDate,
  def: ServiceDefinition,
  targets: ReadonlyMap<string, YearValues>,
): IndicatorRow[] {
  const accepted = facts.applications.filter((a) => !a.cancelled && within(a.acceptedDate, p)).length;
  const q12 = indicator12(facts.tickets, p);
  const e33 = indicator33(facts.internetShare, p);
  const counts: Record<string, IndicatorCount> = {
    '1.1': indicator11(facts.applications, p, today),
    '1.2': q12,
    '2.2': indicator22(facts.applications, p),
    '3.2': indicator32(facts.intakeVisits, p),
    '3.3': e33,
    '4.1': indicator41(facts.complaints, accepted, p),
    '4.2': indicator42(facts.complaints, p),
  };
  return def.indicators.map((ind) => {
    const c =
      counts[ind.code] ??
      (ind.source === 'survey' ? surveyIndicator(ind.code as SurveyQuestion, facts.survey, p) : null);
    if (!c) throw new Error(`indicator ${ind.code}: no computation`);
    const y = targets.get(ind.code) ?? {
      year: Number(p.to.slice(0, 4)),
      normative: ind.norm,
      target: ind.norm,
      setBy: 'standard',
    };
    return {
      code: ind.code,
      text: ind.text,
      formula: ind.formula,
      better: ind.better,
      source: ind.source,
      numerator: c.numerator,
      denominator: c.denominator,
      value: c.value,
      noData: c.noData,
      records: c.records,
      normative: y.normative,
      target: y.target,
      targetYear: y.year,
      met: isMet(c.value, y.target, ind.better),
      ...(ind.code === '1.2' ? { board: q12.board } : {}),
      ...(ind.code === '3.3' && e33.entry ? { enteredSource: e33.entry.source } : {}),
    };
  });
}

export interface Tally {
  code: string;
  count: number;
}

export interface Volumes {
  /** Queue tickets issued (withdrawn ones not counted), by purpose (§7.2, §7.3). */
  visitors: { hand_in: number; collect: number };
  accepted: number;
  /** Intake visits that ended with a missing-documents list, and the §12 documents most named. */
  turnedAway: { visits: number; missing: Tally[] };
  /** Decisions dated in the period, and each §17 ground of the refusals. */
  decided: { approved: number; refused: number; grounds: Tally[] };
  /** Applications whose §7.1 term ended in the period without decision and notice in it. */
  overdue: number;
  /** Notification letters (§16): handed to the post, or handed over in room No. 8. */
  letters: { posted: number; handedOver: number };
  /** §21–§23: received, answered, and past their term (answered late or not yet). */
  complaints: { received: number; answered: number; overdue: number };
}

function tally(codes: readonly string[]): Tally[] {
  const m = new Map<string, number>();
  for (const c of codes) m.set(c, (m.get(c) ?? 0) + 1);
  return [...m]
    .map(([code, n]) => ({ code, count: n }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export function volumes(facts: ReportFacts, p: ReportPeriod, today: LocalDate): Volumes {
  const tickets = facts.tickets.filter((t) => !t.cancelled && within(t.localDate, p));
  const apps = facts.applications.filter((a) => !a.cancelled);
  const decided = apps.filter((a) => within(a.decidedOn, p));
  const away = facts.intakeVisits.filter((v) => within(v.localDate, p) && v.outcome === 'turned_away');
  const complaints = facts.complaints.filter((c) => !c.cancelled);
  return {
    visitors: {
      hand_in: tickets.filter((t) => t.purpose === 'hand_in').length,
      collect: tickets.filter((t) => t.purpose === 'collect').length,
    },
    accepted: apps.filter((a) => within(a.acceptedDate, p)).length,
    turnedAway: { visits: away.length, missing: tally(away.flatMap((v) => v.missing)) },
    decided: {
      approved: decided.filter((a) => a.decision === 'approved').length,
      refused: decided.filter((a) => a.decision === 'refused').length,
      grounds: tally(
        decided.flatMap((a) => (a.decision === 'refused' && a.refusalGround ? [a.refusalGround] : [])),
      ),
    },
    overdue: apps.filter((a) => within(a.termEnd, p) && a.termEnd < today && !servedInTerm(a)).length,
    letters: {
      posted: apps.filter((a) => a.notifiedHow === 'post' && within(a.notifiedOn, p)).length,
      handedOver: apps.filter((a) => a.notifiedHow === 'in_person' && within(a.notifiedOn, p)).length,
    },
    complaints: {
      received: complaints.filter((c) => within(c.receivedDate, p)).length,
      answered: complaints.filter((c) => within(c.answerDate, p)).length,
      overdue: complaints.filter(
        (c) => within(c.termEnd, p) && (c.answerDate === null ? c.termEnd < today : c.answerDate > c.termEnd),
      ).length,
    },
  };
}

/** The numbers a sent report froze for one indicator (§19: what the regional office received). */
export interface FrozenRow {
  code: string;
  numerator: number;
  denominator: number;
  value: number | null;
  /** §20's values as they were sent: a later setting of the year's targets never rewrites them. */
  normative: number;
  target: number;
}

/** A later correction of the data, shown beside the frozen value: null when nothing changed. */
export function differenceFrom(row: FrozenRow, frozen: FrozenRow | undefined): FrozenRow | null {
  if (!frozen) return null;
  const same = (['numerator', 'denominator', 'normative', 'target'] as const).every(
    (k) => frozen[k] === row[k],
  );
  if (same) return null;
  return frozen;
}

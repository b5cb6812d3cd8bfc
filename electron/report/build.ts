// The report of a period, put together: the facts read in one snapshot (electron/db/report.ts),
// counted by the pure rules of shared/domain/report/, with the year's targets (§20) and, for a
// period already sent, the frozen numbers beside any that changed since.

import type { PeriodInput, Report } from '../../shared/contract/report.ts';
import { DomainError } from '../../shared/contract/result.ts';
import type { TicketWaitFacts } from '../../shared/domain/report/indicators.ts';
import { monthPeriod, periodOf, type ReportPeriod, rangePeriod } from '../../shared/domain/report/period.ts';
import {
  differenceFrom,
  type FrozenRow,
  indicatorRows,
  volumes,
  type YearValues,
} from '../../shared/domain/report/report.ts';
import {
  definitionByVersion,
  definitionFor,
  SERVICE_DEFINITIONS,
  type ServiceDefinition,
} from '../../shared/standard/service-definition.ts';
import type { Db } from '../db/open.ts';
import { type TicketRecord, ticketsBetween } from '../db/queue.ts';
import {
  applicationFactsAround,
  complaintFactsAround,
  intakeVisitsIn,
  internetShareEntries,
  lastSentReport,
  surveyAnswersIn,
  targetsOfYear,
} from '../db/report.ts';
import type { DeskContext } from '../kernel/handler.ts';

export function resolvePeriod(input: PeriodInput, today: string): ReportPeriod {
  if (input.period) {
    const p = periodOf(input.period);
    if (!p) throw new DomainError('invalid_input', undefined, [{ path: 'period', message: 'period_format' }]);
    return p;
  }
  if (input.from && input.to) return rangePeriod(input.from, input.to);
  return monthPeriod(today);
}

/** §20: the year's values of every indicator — the head's latest setting, else the appendix's. */
export function yearValues(db: Db, def: ServiceDefinition, year: number): Map<string, YearValues> {
  const set = new Map(targetsOfYear(db, year).map((t) => [t.code, t]));
  return new Map(
    def.indicators.map((i) => {
      const t = set.get(i.code);
      const v: YearValues = t
        ? { year, normative: t.normative, target: t.target, setBy: 'office' }
        : { year, normative: i.norm, target: i.norm, setBy: 'standard' };
      return [i.code, v];
    }),
  );
}

/** The edition a year's targets are seeded from: the one in force at the year's end. */
export const definitionOfYear = (year: number) => definitionFor(`${year}-12-31`);

function waitFacts(t: TicketRecord): TicketWaitFacts {
  // The edition in force on the ticket's day sets its 1.2 minutes (kept with the ticket).
  const def = definitionByVersion(t.standardVersion) ?? definitionFor(t.localDate);
  return {
    number: t.number,
    localDate: t.localDate,
    purpose: t.purpose,
    cancelled: t.status === 'cancelled',
    issuedAt: t.issuedAt,
    waitEndedAt: t.firstCalledAt ?? (t.status === 'closed' ? t.closedAt : null),
    boardWaitSeconds: t.waitSeconds,
    indicatorMinutes: def.queueIndicatorWaitMinutes,
  };
}

/** The numbers a sent report keeps of each row. */
export const frozenRows = (r: Pick<Report, 'rows'>): FrozenRow[] =>
  r.rows.map(({ code, numerator, denominator, value, normative, target }) => ({
    code,
    numerator,
    denominator,
    value,
    normative,
    target,
  }));

export function buildReport(ctx: DeskContext, input: PeriodInput): Report {
  const p = resolvePeriod(input, ctx.today);
  const { from, to } = p;
  const def = definitionFor(to);
  const facts = {
    applications: applicationFactsAround(ctx.db, from, to),
    tickets: ticketsBetween(ctx.db, from, to).map(waitFacts),
    intakeVisits: intakeVisitsIn(ctx.db, from, to),
    survey: surveyAnswersIn(ctx.db, from, to),
    complaints: complaintFactsAround(ctx.db, from, to),
    internetShare: internetShareEntries(ctx.db, from, to),
  };
  const rows = indicatorRows(facts, p, ctx.today, def, yearValues(ctx.db, def, Number(to.slice(0, 4))));
  const sent = lastSentReport(ctx.db, from, to);
  const frozen = new Map(
    sent ? (JSON.parse(sent.numbers) as FrozenRow[]).map((r) => [r.code, r] as const) : [],
  );
  const withFrozen = rows.map((r) => {
    const f = differenceFrom(r, frozen.get(r.code));
    return {
      ...r,
      frozen: f && {
        numerator: f.numerator,
        denominator: f.denominator,
        value: f.value,
        normative: f.normative,
        target: f.target,
      },
    };
  });
  return {
    office: { name: ctx.office.office.name },
    period: p,
    editions: SERVICE_DEFINITIONS.filter(
      (d, i) => d.effectiveFrom <= to && (SERVICE_DEFINITIONS[i + 1]?.effectiveFrom ?? '9999') > from,
    ).map((d) => d.version),
    generatedAt: ctx.now.toISOString(),
    rows: withFrozen,
    volumes: volumes(facts, p, ctx.today),
    sent: sent
      ? {
          id: sent.id,
          fileName: sent.fileName,
          sha256: sent.sha256,
          sentAt: sent.sentAt,
          changed: withFrozen.some((r) => r.frozen !== null),
        }
      : null,
  };
}

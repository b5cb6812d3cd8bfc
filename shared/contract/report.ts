// The monthly report of the standard's indicators (§19, §20, the appendix), the satisfaction
// survey that feeds five of them, the yearly targets, the head's 3.3 entry, and the exports.
// The report screen (a later place) reads `report.build`: the table with each row's records
// behind its numbers, the volumes, and the frozen values of a sent report beside the current.

import { z } from 'zod';
import { NO_DATA_REASONS } from '../domain/report/indicators.ts';
import { SURVEY_QUESTIONS, SURVEY_SOURCES, VISIT_PURPOSES } from '../domain/report/survey.ts';
import { anyText, id, lang, localDate, printedDocument, text } from './common.ts';

/** A visit: its queue ticket, its application (the talon) or its complaint. */
const visitRef = z.union([
  z.object({ ticketId: id }).strict(),
  z.object({ applicationId: id }).strict(),
  z.object({ complaintId: id }).strict(),
]);

const localized = z.object({ kk: z.string(), ru: z.string() });

/**
 * A period: named ('2026-11', '2026-Q4', '2026'), or a range of days, or nothing for the month
 * of today (the default).
 */
export const periodInput = z
  .object({
    period: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, 'period_format')
      .optional(),
    from: localDate.optional(),
    to: localDate.optional(),
  })
  .strict()
  .refine((p) => !(p.period && (p.from || p.to)), { message: 'period_or_range', path: ['period'] })
  .refine((p) => (p.from === undefined) === (p.to === undefined), {
    message: 'range_incomplete',
    path: ['to'],
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'range_reversed', path: ['to'] });
export type PeriodInput = z.input<typeof periodInput>;

const period = z.object({
  from: localDate,
  to: localDate,
  kind: z.enum(['month', 'quarter', 'year', 'range']),
  label: z.string(),
});

const ratioOut = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  /** Per cent, two decimals; null: no data. */
  value: z.number().nullable(),
});

const record = z.object({
  ref: z.string(),
  date: localDate,
  counted: z.boolean(),
  note: z.string().optional(),
});

export const indicatorRow = ratioOut.extend({
  code: z.string(),
  text: localized,
  formula: localized,
  better: z.enum(['higher', 'lower']),
  source: z.enum(['records', 'survey', 'entered']),
  /** Why the value is null ("no survey answers", "not entered"…); null when there is a value. */
  noData: z.enum(NO_DATA_REASONS).nullable(),
  /** The records behind the numbers: the click from a number on the screen lands here. */
  records: z.array(record),
  normative: z.number(),
  target: z.number(),
  targetYear: z.number().int(),
  met: z.boolean().nullable(),
  /** 1.2: the queue board's reading (the lunch hour not counted), shown beside and so labelled. */
  board: ratioOut.optional(),
  /** 3.3: the source the head named. */
  enteredSource: z.string().optional(),
  /** The numbers of the sent report when the data or the targets changed since: never a silent change. */
  frozen: ratioOut.extend({ normative: z.number(), target: z.number() }).nullable(),
});
export type IndicatorRowOut = z.infer<typeof indicatorRow>;

const tally = z.array(z.object({ code: z.string(), count: z.number().int() }));

export const reportVolumes = z.object({
  visitors: z.object({ hand_in: z.number().int(), collect: z.number().int() }),
  accepted: z.number().int(),
  turnedAway: z.object({ visits: z.number().int(), missing: tally }),
  decided: z.object({ approved: z.number().int(), refused: z.number().int(), grounds: tally }),
  overdue: z.number().int(),
  letters: z.object({ posted: z.number().int(), handedOver: z.number().int() }),
  complaints: z.object({ received: z.number().int(), answered: z.number().int(), overdue: z.number().int() }),
});

const sentInfo = z.object({
  id,
  fileName: z.string(),
  sha256: z.string(),
  sentAt: z.string(),
  /** Whether any number differs from what was sent. */
  changed: z.boolean(),
});

export const report = z.object({
  office: z.object({ name: localized }),
  period,
  /** The editions of the standard in force on the period's days (the last one gives the rows). */
  editions: z.array(z.string()),
  generatedAt: z.string(),
  rows: z.array(indicatorRow),
  volumes: reportVolumes,
  sent: sentInfo.nullable(),
});
export type Report = z.infer<typeof report>;

export const REPORT_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;

const exportInput = z.object({ format: z.enum(REPORT_FORMATS), lang: lang.optional() }).and(periodInput);

const exportedFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  sha256: z.string(),
  contentBase64: z.string(),
});

const yearTargets = z.object({
  year: z.number().int(),
  indicators: z.array(
    z.object({
      code: z.string(),
      text: localized,
      better: z.enum(['higher', 'lower']),
      normative: z.number(),
      target: z.number(),
      setBy: z.enum(['standard', 'office']),
    }),
  ),
});

const percent = z.number().min(0).max(100);

export const reportChannels = {
  /** The report for a period: every indicator's row and the volumes. */
  'report.build': { input: periodInput, output: report },
  /** Twelve months up to a month (this one by default), each indicator's numbers: the screen's trend chart. */
  'report.trend': {
    input: z
      .object({
        to: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'period_format')
          .optional(),
      })
      .strict(),
    output: z.object({
      months: z.array(z.object({ label: z.string(), rows: z.array(ratioOut.extend({ code: z.string() })) })),
    }),
  },
  /** The report as a file (JSON, CSV, XLSX, the A4 PDF) in the report's language. */
  'report.export': { input: exportInput, output: exportedFile },
  /** Exports and freezes the period: the numbers sent are kept with the file's sha256. */
  'report.send': { input: exportInput, output: exportedFile.extend({ sentId: id }) },
  /**
   * The district roll-up: several offices' JSON exports summed (numerators and denominators, never
   * percentages); a file of another period, an unknown edition or altered after export is refused.
   */
  'report.merge': {
    input: z
      .object({
        files: z
          .array(z.object({ name: text(200), text: anyText(2_000_000, 'lines') }).strict())
          .min(2)
          .max(60),
        format: z.enum(REPORT_FORMATS),
        lang: lang.optional(),
      })
      .strict(),
    output: exportedFile,
  },
  /** §20: the normative and target values of a year (the appendix's until the head sets them). */
  'report.targets': {
    input: z.object({ year: z.number().int().min(2000).max(2100) }).strict(),
    output: yearTargets,
  },
  /** §20: the head or the deputy sets one indicator's values for a year; audited. */
  'report.setTarget': {
    input: z
      .object({
        year: z.number().int().min(2000).max(2100),
        code: z.string().max(8),
        normative: percent,
        target: percent,
      })
      .strict(),
    output: yearTargets,
  },
  /** 3.3: the head enters the share of the information published on the Internet, with its source. */
  'report.enterInternetShare': {
    input: z
      .object({
        from: localDate,
        to: localDate,
        published: z.number().int().min(0).max(1000),
        total: z.number().int().min(1).max(1000),
        source: text(300),
      })
      .strict()
      .refine((e) => e.from <= e.to, { message: 'range_reversed', path: ['to'] })
      .refine((e) => e.published <= e.total, { message: 'published_over_total', path: ['published'] }),
    output: z.object({ id }),
  },
  /** The code printed for a visit (queue ticket, talon, complaint answer) that lets it answer the survey once. */
  'survey.visitCode': {
    input: visitRef,
    output: z.object({ code: z.string(), visitDate: localDate, purpose: z.enum(VISIT_PURPOSES) }),
  },
  /** The A5 paper form (kk+ru) with the visit's code and its questions, kept like every paper. */
  'survey.printForm': { input: visitRef, output: printedDocument },
  /**
   * What the kiosk or the desk asks of a visit's code: the questions for its purpose (4.3, 4.4
   * only of a complainant) not yet answered; visit_code_unknown for a code that is not one. With
   * them the office's voice volume (Settings), at which the kiosk reads a question aloud when
   * the visitor asks (issue 13).
   */
  'survey.questions': {
    input: z.object({ visitCode: text(40).pipe(z.string().min(4)) }).strict(),
    output: z.object({
      visitDate: localDate,
      purpose: z.enum(VISIT_PURPOSES),
      questions: z.array(z.enum(SURVEY_QUESTIONS)),
      voice: z.object({ volume: z.number().int().min(0).max(100) }),
    }),
  },
  /**
   * One visit's answers (1–5), from the kiosk or typed from the paper form; anonymous. Open
   * before sign-in for the kiosk (source 'kiosk' only: paper is typed in by a signed-in clerk).
   */
  'survey.answer': {
    input: z
      .object({
        visitCode: text(40).pipe(z.string().min(4)),
        source: z.enum(SURVEY_SOURCES),
        answers: z
          .array(
            z.object({ question: z.enum(SURVEY_QUESTIONS), answer: z.number().int().min(1).max(5) }).strict(),
          )
          .min(1)
          .max(SURVEY_QUESTIONS.length)
          .refine((a) => new Set(a.map((x) => x.question)).size === a.length, { message: 'question_twice' }),
      })
      .strict(),
    output: z.object({ recorded: z.number().int(), visitDate: localDate, purpose: z.enum(VISIT_PURPOSES) }),
  },
} as const;

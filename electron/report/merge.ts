// The district roll-up (issue 10): the regional department adds up the JSON exports of several
// offices. Numerators and denominators are summed and the value is computed again from the sums —
// never an average of percentages (an office of 3 visitors would weigh as much as one of 300).
// A file is refused, with its name and the reason, when it is no report of ours, when its
// signature does not match its content (a number edited after the export), when it is of an
// edition of the standard this program does not know, or of another period than the others.

import { z } from 'zod';
import { indicatorRow, type Report, reportVolumes } from '../../shared/contract/report.ts';
import { DomainError } from '../../shared/contract/result.ts';
import { isMet } from '../../shared/domain/report/report.ts';
import { definitionByVersion } from '../../shared/standard/service-definition.ts';
import { contentSha256 } from './export.ts';

export const MERGE_REFUSALS = [
  'not_a_report',
  'not_signed',
  'altered',
  'unknown_edition',
  'other_period',
  'same_file_twice',
] as const;
export type MergeRefusal = (typeof MERGE_REFUSALS)[number];

const exportedRow = indicatorRow.omit({ records: true, frozen: true });

const exportedReport = z.object({
  kind: z.literal('qabyldau.report'),
  office: z.object({ name: z.object({ kk: z.string(), ru: z.string() }) }),
  period: z.object({
    from: z.string(),
    to: z.string(),
    kind: z.enum(['month', 'quarter', 'year', 'range']),
    label: z.string(),
  }),
  editions: z.array(z.string()).min(1),
  generatedAt: z.string(),
  rows: z.array(exportedRow),
  volumes: reportVolumes,
  signature: z
    .object({ algorithm: z.literal('sha256'), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
    .optional(),
});
type ExportedReport = z.infer<typeof exportedReport>;

export interface OfficeFile {
  /** The file's name, for the refusal's message. */
  name: string;
  text: string;
}

const refuse = (file: string, reason: MergeRefusal, detail = '') =>
  new DomainError('report_merge_refused', { file, reason, detail });

/** One office's export, checked: ours, sealed and unchanged, of a known edition. */
export function readOfficeFile(f: OfficeFile): ExportedReport & { sha256: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(f.text);
  } catch {
    throw refuse(f.name, 'not_a_report');
  }
  const parsed = exportedReport.safeParse(raw);
  if (!parsed.success) throw refuse(f.name, 'not_a_report');
  const { signature, ...content } = raw as Record<string, unknown>;
  if (!parsed.data.signature) throw refuse(f.name, 'not_signed');
  // The hash of the content as it was read, every field of it (not only those we sum).
  if (contentSha256(content) !== parsed.data.signature.sha256) throw refuse(f.name, 'altered');
  const unknown = parsed.data.editions.find((e) => !definitionByVersion(e));
  if (unknown !== undefined) throw refuse(f.name, 'unknown_edition', unknown);
  return { ...parsed.data, sha256: parsed.data.signature.sha256 };
}

const percentOf = (numerator: number, denominator: number) =>
  denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 100;

type Tally = { code: string; count: number }[];

function sumTallies(tallies: Tally[]): Tally {
  const sums = new Map<string, number>();
  for (const t of tallies) for (const { code, count } of t) sums.set(code, (sums.get(code) ?? 0) + count);
  return [...sums].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
}

function sumVolumes(vs: Report['volumes'][]): Report['volumes'] {
  const sum = (pick: (v: Report['volumes']) => number) => vs.reduce((s, v) => s + pick(v), 0);
  return {
    visitors: { hand_in: sum((v) => v.visitors.hand_in), collect: sum((v) => v.visitors.collect) },
    accepted: sum((v) => v.accepted),
    turnedAway: {
      visits: sum((v) => v.turnedAway.visits),
      missing: sumTallies(vs.map((v) => v.turnedAway.missing)),
    },
    decided: {
      approved: sum((v) => v.decided.approved),
      refused: sum((v) => v.decided.refused),
      grounds: sumTallies(vs.map((v) => v.decided.grounds)),
    },
    overdue: sum((v) => v.overdue),
    letters: { posted: sum((v) => v.letters.posted), handedOver: sum((v) => v.letters.handedOver) },
    complaints: {
      received: sum((v) => v.complaints.received),
      answered: sum((v) => v.complaints.answered),
      overdue: sum((v) => v.complaints.overdue),
    },
  };
}

const ROLL_UP_NAME = {
  kk: (n: number) => `Аудандық жиынтық (${n} бөлім)`,
  ru: (n: number) => `Сводный отчёт района (${n} отд.)`,
};

/**
 * The roll-up of several offices' JSON exports as a report (the rows' records are the offices,
 * so the XLSX has a sheet per indicator listing each office's numbers).
 */
export function mergeReports(files: readonly OfficeFile[], generatedAt: string): Report {
  const reports = files.map((f) => ({ file: f.name, r: readOfficeFile(f) }));
  const first = reports[0];
  if (!first) throw new Error('mergeReports: no files');
  const seen = new Map<string, string>();
  for (const { file, r } of reports) {
    if (r.period.from !== first.r.period.from || r.period.to !== first.r.period.to)
      throw refuse(file, 'other_period', `${r.period.label} ≠ ${first.r.period.label}`);
    const twice = seen.get(r.sha256);
    if (twice !== undefined) throw refuse(file, 'same_file_twice', twice);
    seen.set(r.sha256, file);
  }
  const codes = first.r.rows.map((row) => row.code);
  const rows = codes.map((code): Report['rows'][number] => {
    const each = reports.map(({ r }) => ({
      office: r.office.name,
      row: r.rows.find((x) => x.code === code),
    }));
    const present = each.flatMap((e) => (e.row ? [{ office: e.office, row: e.row }] : []));
    const model = present[0]?.row as (typeof present)[number]['row'];
    const numerator = present.reduce((s, e) => s + e.row.numerator, 0);
    const denominator = present.reduce((s, e) => s + e.row.denominator, 0);
    const value = percentOf(numerator, denominator);
    // The offices' own year values when they agree; otherwise the appendix's (the standard's).
    const agree = present.every((e) => e.row.normative === model.normative && e.row.target === model.target);
    const norm = definitionByVersion(first.r.editions.at(-1) as string)?.indicators.find(
      (i) => i.code === code,
    )?.norm;
    const normative = agree ? model.normative : (norm ?? model.normative);
    const target = agree ? model.target : (norm ?? model.target);
    return {
      code,
      text: model.text,
      formula: model.formula,
      better: model.better,
      source: model.source,
      numerator,
      denominator,
      value,
      noData: value === null ? model.noData : null,
      records: present.map((e) => ({
        ref: e.office.ru,
        date: first.r.period.to,
        counted: e.row.value !== null,
        note: `${e.row.numerator} / ${e.row.denominator}`,
      })),
      normative,
      target,
      targetYear: model.targetYear,
      met: isMet(value, target, model.better),
      ...(code === '1.2' && present.every((e) => e.row.board)
        ? (() => {
            const bn = present.reduce((s, e) => s + (e.row.board?.numerator ?? 0), 0);
            const bd = present.reduce((s, e) => s + (e.row.board?.denominator ?? 0), 0);
            return { board: { numerator: bn, denominator: bd, value: percentOf(bn, bd) } };
          })()
        : {}),
      frozen: null,
    };
  });
  return {
    office: { name: { kk: ROLL_UP_NAME.kk(reports.length), ru: ROLL_UP_NAME.ru(reports.length) } },
    period: first.r.period,
    editions: [...new Set(reports.flatMap(({ r }) => r.editions))],
    generatedAt,
    rows,
    volumes: sumVolumes(reports.map(({ r }) => r.volumes)),
    sent: null,
  };
}

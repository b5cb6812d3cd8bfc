// The monthly report's channels (§19, §20, the appendix): the report of a period, its export
// and the "sent" freeze, the yearly targets, the head's 3.3 entry, and the satisfaction survey
// (the visit codes and the answers). Who may set targets or send is in kernel/permissions.ts.

import type { Report } from '../../shared/contract/report.ts';
import { DomainError } from '../../shared/contract/result.ts';
import { monthsUpTo } from '../../shared/domain/report/period.ts';
import { questionsFor } from '../../shared/domain/report/survey.ts';
import {
  insertInternetShare,
  insertSentReport,
  insertSurveyAnswer,
  insertTarget,
  questionsAnsweredWith,
} from '../db/report.ts';
import { type DeskContext, type HandlerGroup, read, task, write } from '../kernel/handler.ts';
import { printAndKeep } from '../print/archive.ts';
import { buildReport, definitionOfYear, frozenRows, yearValues } from './build.ts';
import { exportReport } from './export.ts';
import { mergeReports } from './merge.ts';
import { renderSurveyForm } from './survey-form.ts';
import { visitCodeFor, visitOfCode } from './visit-code.ts';

type ReportChannels =
  | 'report.build'
  | 'report.trend'
  | 'report.export'
  | 'report.send'
  | 'report.merge'
  | 'report.targets'
  | 'report.setTarget'
  | 'report.enterInternetShare'
  | 'survey.visitCode'
  | 'survey.questions'
  | 'survey.printForm'
  | 'survey.answer';

function yearTargets(ctx: DeskContext, year: number) {
  const def = definitionOfYear(year);
  const values = yearValues(ctx.db, def, year);
  return {
    year,
    indicators: def.indicators.map((i) => {
      const v = values.get(i.code);
      if (!v) throw new Error(`indicator ${i.code}: no values`);
      return {
        code: i.code,
        text: i.text,
        better: i.better,
        normative: v.normative,
        target: v.target,
        setBy: v.setBy,
      };
    }),
  };
}

/** The report built in one snapshot, before any await of the export. */
const snapshot = (ctx: DeskContext, input: Parameters<typeof buildReport>[1]): Report =>
  ctx.write(() => buildReport(ctx, input));

const paperOf = (ctx: DeskContext) => ({ office: ctx.office, preparedBy: ctx.user.fullName });

export const reportHandlers: HandlerGroup<ReportChannels> = {
  'report.build': read((input, ctx) => buildReport(ctx, input)),

  'report.trend': read(({ to }, ctx) => ({
    months: monthsUpTo(to ?? ctx.today.slice(0, 7), 12).map((period) => ({
      label: period,
      rows: buildReport(ctx, { period }).rows.map(({ code, numerator, denominator, value }) => ({
        code,
        numerator,
        denominator,
        value,
      })),
    })),
  })),

  'report.export': task(async ({ format, lang, ...period }, ctx) => {
    const file = await exportReport(snapshot(ctx, period), format, lang ?? ctx.user.language, paperOf(ctx));
    const { bytes: _bytes, ...out } = file;
    return out;
  }),

  'report.send': task(async ({ format, lang, ...period }, ctx) => {
    const r = snapshot(ctx, period);
    const { bytes: _bytes, ...file } = await exportReport(r, format, lang ?? ctx.user.language, paperOf(ctx));
    // The freeze: the numbers exactly as exported, with the file's sha256. A later correction
    // of the data is then shown beside them (report.build's `frozen`), never written into them.
    const sentId = ctx.write(() => {
      const row = {
        from: r.period.from,
        to: r.period.to,
        format,
        fileName: file.fileName,
        sha256: file.sha256,
        numbers: JSON.stringify(frozenRows(r)),
        sentAt: ctx.now.toISOString(),
      };
      const id = insertSentReport(ctx.db, { ...row, sentBy: ctx.user.id });
      ctx.audit({ action: 'report.send', entity: 'sent_report', entityId: id, after: row });
      return id;
    });
    return { ...file, sentId };
  }),

  'report.merge': task(async ({ files, format, lang }, ctx) => {
    const merged = mergeReports(files, ctx.now.toISOString());
    const { bytes: _bytes, ...file } = await exportReport(
      merged,
      format,
      lang ?? ctx.user.language,
      paperOf(ctx),
    );
    return { ...file, fileName: file.fileName.replace(/^report-/, 'roll-up-') };
  }),

  'report.targets': read(({ year }, ctx) => yearTargets(ctx, year)),

  'report.setTarget': write(({ year, code, normative, target }, ctx) => {
    if (!definitionOfYear(year).indicators.some((i) => i.code === code))
      throw new DomainError('indicator_unknown', { code });
    const before = yearTargets(ctx, year).indicators.find((i) => i.code === code);
    const id = insertTarget(ctx.db, {
      year,
      code,
      normative,
      target,
      setAt: ctx.now.toISOString(),
      setBy: ctx.user.id,
    });
    ctx.audit({
      action: 'report.setTarget',
      entity: 'report_target',
      entityId: id,
      before: before && { normative: before.normative, target: before.target },
      after: { year, code, normative, target },
    });
    return yearTargets(ctx, year);
  }),

  'report.enterInternetShare': write(({ from, to, published, total, source }, ctx) => {
    const entry = {
      periodFrom: from,
      periodTo: to,
      published,
      total,
      source,
      enteredAt: ctx.now.toISOString(),
    };
    const id = insertInternetShare(ctx.db, { ...entry, enteredBy: ctx.user.id });
    ctx.audit({
      action: 'report.enterInternetShare',
      entity: 'report_internet_share',
      entityId: id,
      after: entry,
    });
    return { id };
  }),

  'survey.visitCode': read((ref, ctx) => visitCodeFor(ctx.db, ref)),

  'survey.printForm': task((ref, ctx) => {
    const visit = visitCodeFor(ctx.db, ref);
    const [entity, entityId] =
      'ticketId' in ref
        ? (['queue_ticket', ref.ticketId] as const)
        : 'applicationId' in ref
          ? (['application', ref.applicationId] as const)
          : (['complaint', ref.complaintId] as const);
    return printAndKeep(ctx, { kind: 'survey_form', entity, entityId, lang: 'kk', layout: 'a5' }, () =>
      renderSurveyForm(visit, ctx.office, ctx.now),
    );
  }),

  'survey.questions': read(({ visitCode }, ctx) => {
    const visit = visitOfCode(ctx.db, visitCode);
    const done = questionsAnsweredWith(ctx.db, visit.code);
    return {
      visitDate: visit.visitDate,
      purpose: visit.purpose,
      questions: questionsFor(visit.purpose).filter((q) => !done.includes(q)),
      voice: { volume: ctx.office.voice.volume },
    };
  }),

  'survey.answer': write(({ visitCode, source, answers }, ctx) => {
    // Without a desk user only the kiosk answers: a paper form is typed in by a clerk.
    if (!ctx.user && source !== 'kiosk') throw new DomainError('not_signed_in');
    const visit = visitOfCode(ctx.db, visitCode);
    const asked = questionsFor(visit.purpose);
    const notAsked = answers.filter((a) => !asked.includes(a.question)).map((a) => a.question);
    if (notAsked.length)
      throw new DomainError('survey_question_not_asked', { questions: notAsked.join(', ') });
    const done = questionsAnsweredWith(ctx.db, visit.code);
    const again = answers.filter((a) => done.includes(a.question)).map((a) => a.question);
    if (again.length) throw new DomainError('survey_already_answered', { questions: again.join(', ') });
    for (const a of answers) {
      const row = {
        visitDate: visit.visitDate,
        purpose: visit.purpose,
        question: a.question,
        answer: a.answer,
        source,
      };
      const id = insertSurveyAnswer(ctx.db, { ...row, visitCode: visit.code });
      // Anonymous in the log too: the answer, not the code that would tie it to a ticket.
      ctx.audit({ action: 'survey.answer', entity: 'survey_answer', entityId: id, after: row });
    }
    return { recorded: answers.length, visitDate: visit.visitDate, purpose: visit.purpose };
  }),
};

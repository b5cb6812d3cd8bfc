// Decisions after the talon (§5, §7.1, §16, §17). Each move is one transaction: the state
// machine is asked first (shared/domain/application-states.ts), then the move's own rules; a
// refused move throws before anything is written. A step is recorded with who, when, the
// document it rests on, and an audit row with the status before and after.

import type { DueRow } from '../../shared/contract/decisions.ts';
import { DomainError } from '../../shared/contract/result.ts';
import {
  type ApplicationStatus,
  checkMove,
  correctableStep,
  type Move,
  mayCorrect,
} from '../../shared/domain/application-states.ts';
import { workingDaysBetween } from '../../shared/domain/calendar.ts';
import { daysLeft, termState } from '../../shared/domain/term.ts';
import { calendarAround } from '../calendar/office-calendar.ts';
import type { ApplicationRecord } from '../db/applications.ts';
import { complaintLettersSentOn } from '../db/complaint-dispatches.ts';
import {
  getStep,
  insertStep,
  letterOfDecision,
  lettersSentOn,
  listSteps,
  type NewStep,
  openApplications,
  postalRegistersOn,
  type StepRow,
  setApplicationStatus,
} from '../db/decisions.ts';
import { countPrinted, listPrintedDocuments } from '../db/documents.ts';
import { type DeskContext, type HandlerGroup, read, write } from '../kernel/handler.ts';
import { applicationOrThrow, decisionFileOf, decisionInForce, serviceDefinitionOf } from './file.ts';

type DecisionChannels =
  | 'decisions.due'
  | 'decisions.file'
  | 'decisions.startReview'
  | 'decisions.returnForCorrection'
  | 'decisions.resubmit'
  | 'decisions.approve'
  | 'decisions.refuse'
  | 'decisions.markSent'
  | 'decisions.handOver'
  | 'decisions.close'
  | 'decisions.correct'
  | 'decisions.postDay';

interface MoveContext {
  app: ApplicationRecord;
  steps: StepRow[];
  today: string;
}

type StepFields = Omit<
  NewStep,
  'applicationId' | 'move' | 'fromStatus' | 'toStatus' | 'at' | 'localDate' | 'byUser' | 'byRole'
>;

/** A date a step names must lie between `min` and `max` (inclusive); the field says which one. */
function dateWithin(field: string, date: string, min: string | null, max: string | null): void {
  if ((min !== null && date < min) || (max !== null && date > max)) {
    throw new DomainError('date_out_of_range', {
      field,
      date,
      ...(min !== null ? { min } : {}),
      ...(max !== null ? { max } : {}),
    });
  }
}

/**
 * The one way a step is written: the state machine's verdict, the move's own rules (`prepare`,
 * which may refuse), the step, the new status and the audit row — together or not at all.
 */
function record(
  ctx: DeskContext,
  applicationId: number,
  move: Move,
  prepare: (m: MoveContext) => StepFields,
) {
  const app = applicationOrThrow(ctx, applicationId);
  const { user, today } = ctx;
  const verdict = checkMove(app.status, move, user.role);
  if (!verdict.ok) {
    if (verdict.problem === 'role') {
      throw new DomainError('forbidden', { move, roles: verdict.roles.join(',') });
    }
    throw new DomainError('move_not_allowed', {
      move,
      status: app.status,
      regNumber: app.regNumber,
      allowedFrom: verdict.allowedFrom.join(','),
    });
  }
  const fields = prepare({ app, steps: listSteps(ctx.db, app.id), today });
  const stepId = insertStep(ctx.db, {
    ...fields,
    applicationId: app.id,
    move,
    fromStatus: app.status as ApplicationStatus,
    toStatus: verdict.to,
    at: ctx.now.toISOString(),
    localDate: today,
    byUser: user.id,
    byRole: user.role,
  });
  setApplicationStatus(ctx.db, app.id, verdict.to);
  ctx.audit({
    action: `decisions.${move}`,
    entity: 'application',
    entityId: app.id,
    before: { status: app.status },
    after: { status: verdict.to, step: getStep(ctx.db, stepId) },
  });
  return decisionFileOf(ctx, app.id);
}

/** §5: the letter of the decision in force must exist on paper before it can be sent or handed over. */
function printedLetterOf(ctx: DeskContext, m: MoveContext) {
  const decision = decisionInForce(m.steps);
  const letter = decision ? letterOfDecision(ctx.db, decision.id) : undefined;
  if (!decision || !letter || countPrinted(ctx.db, 'notification', 'letter', letter.id) === 0) {
    throw new DomainError('letter_not_printed', { regNumber: m.app.regNumber });
  }
  return { decision, letter };
}

/** The head's order: dated no earlier than the acceptance and no later than today. */
function orderDateChecked(m: MoveContext, orderDate: string): void {
  dateWithin('orderDate', orderDate, m.app.acceptedDate, m.today);
}

function dueRows(ctx: DeskContext): { today: string; rows: DueRow[] } {
  const { today } = ctx;
  const cal = calendarAround(ctx.db, today);
  const rows = openApplications(ctx.db).map((r) => ({
    ...r,
    letterPrinted: r.letterPrinted === 1,
    daysLeft: daysLeft(today, r.termEnd),
    workingDaysLeft: workingDaysBetween(today, r.termEnd, cal),
    termState: termState(today, r.termEnd),
  }));
  return { today, rows };
}

export const decisionsHandlers: HandlerGroup<DecisionChannels> = {
  'decisions.due': read((_input, ctx) => dueRows(ctx), {
    entity: 'application',
    what: (_input, out) => ({ after: { list: 'due', rows: out.rows.length } }),
  }),

  'decisions.file': read(({ applicationId }, ctx) => decisionFileOf(ctx, applicationId), {
    entity: 'application',
    what: ({ applicationId }, out) => ({ entityId: applicationId, after: { regNumber: out.regNumber } }),
  }),

  'decisions.startReview': write(({ applicationId, note, basisNumber, basisDate }, ctx) =>
    record(ctx, applicationId, 'start_review', () => ({ note, basisNumber, basisDate })),
  ),

  'decisions.returnForCorrection': write(({ applicationId, reason, basisNumber, basisDate }, ctx) =>
    record(ctx, applicationId, 'return_for_correction', () => ({ reason, basisNumber, basisDate })),
  ),

  'decisions.resubmit': write(({ applicationId, note, basisNumber, basisDate }, ctx) =>
    record(ctx, applicationId, 'resubmit', () => ({ note, basisNumber, basisDate })),
  ),

  'decisions.approve': write((input, ctx) =>
    record(ctx, input.applicationId, 'approve', (m) => {
      orderDateChecked(m, input.orderDate);
      // Services cannot start before they were decided.
      dateWithin('servicesFrom', input.servicesFrom, input.orderDate, null);
      return {
        basisNumber: input.orderNumber,
        basisDate: input.orderDate,
        servicesFrom: input.servicesFrom,
        socialWorker: input.socialWorker,
        serviceUnit: input.serviceUnit,
        note: input.note,
      };
    }),
  ),

  'decisions.refuse': write((input, ctx) =>
    record(ctx, input.applicationId, 'refuse', (m) => {
      // §17: the grounds of the edition the application was accepted under, and no other.
      const grounds = serviceDefinitionOf(m.app).refusalGrounds;
      if (!grounds.some((g) => g.code === input.ground)) {
        throw new DomainError('refusal_ground_unknown', {
          ground: input.ground,
          known: grounds.map((g) => g.code).join(','),
        });
      }
      orderDateChecked(m, input.orderDate);
      return {
        basisNumber: input.orderNumber,
        basisDate: input.orderDate,
        refusalGround: input.ground,
        explanation: input.explanation,
        explanationLang: input.explanationLang,
      };
    }),
  ),

  'decisions.markSent': write((input, ctx) =>
    record(ctx, input.applicationId, 'send_by_post', (m) => {
      const { letter } = printedLetterOf(ctx, m);
      const sentDate = input.sentDate ?? m.today;
      // Not before the letter existed, not in the future.
      dateWithin('sentDate', sentDate, letter.letterDate, m.today);
      return {
        letterId: letter.id,
        sentDate,
        note: input.note,
        basisNumber: input.basisNumber,
        basisDate: input.basisDate,
      };
    }),
  ),

  'decisions.handOver': write((input, ctx) =>
    record(ctx, input.applicationId, 'hand_over', (m) => {
      const { letter } = printedLetterOf(ctx, m);
      // §12 reading: an adult comes for themself; for a child the legal representative comes.
      if (input.receivedBy === 'representative' && m.app.representativeId === null) {
        throw new DomainError('invalid_input', undefined, [
          { path: 'receivedBy', message: 'representative_only_for_child' },
        ]);
      }
      return {
        letterId: letter.id,
        receivedBy: input.receivedBy,
        note: input.note,
        queueTicketId: input.queueTicketId,
      };
    }),
  ),

  'decisions.close': write(({ applicationId, note }, ctx) =>
    record(ctx, applicationId, 'close', () => ({ note })),
  ),

  'decisions.correct': write(({ applicationId, stepId, reason }, ctx) => {
    const app = applicationOrThrow(ctx, applicationId);
    const { user } = ctx;
    const steps = listSteps(ctx.db, app.id);
    const target = correctableStep(steps);
    if (!target || app.status === 'cancelled') {
      throw new DomainError('nothing_to_correct', { regNumber: app.regNumber });
    }
    // Only the latest step in force: an older one is corrected after the ones that followed it.
    if (target.id !== stepId) {
      throw new DomainError('nothing_to_correct', {
        regNumber: app.regNumber,
        stepId: String(stepId),
        latest: String(target.id),
      });
    }
    if (!mayCorrect(target, user.role)) {
      throw new DomainError('forbidden', { move: target.move });
    }
    const id = insertStep(ctx.db, {
      applicationId: app.id,
      move: 'correction',
      fromStatus: app.status as ApplicationStatus,
      toStatus: target.fromStatus,
      at: ctx.now.toISOString(),
      localDate: ctx.today,
      byUser: user.id,
      byRole: user.role,
      reason,
      correctsStepId: target.id,
    });
    setApplicationStatus(ctx.db, app.id, target.fromStatus);
    ctx.audit({
      action: 'decisions.correct',
      entity: 'application',
      entityId: app.id,
      before: { status: app.status, voided: target },
      after: { status: target.fromStatus, step: getStep(ctx.db, id) },
    });
    return decisionFileOf(ctx, app.id);
  }),

  'decisions.postDay': read(
    ({ date }, ctx) => {
      const day = date ?? ctx.today;
      return {
        date: day,
        letters: lettersSentOn(ctx.db, day),
        complaintLetters: complaintLettersSentOn(ctx.db, day).map((a) => ({
          dispatchId: a.dispatchId,
          complaintId: a.complaintId,
          journalNumber: a.journalNumber,
          outNumber: a.outgoingNumber,
          letterDate: a.letterDate,
          addresseeName: a.addressee,
          addresseeAddress: a.address,
          sentDate: a.sentDate,
        })),
        printed: printedForDay(ctx, day),
      };
    },
    {
      // The day's post names every addressee and address.
      entity: 'letter',
      what: (_input, out) => ({
        after: { date: out.date, letters: out.letters.length, complaintLetters: out.complaintLetters.length },
      }),
    },
  ),
};

/** What was printed for the day's post: its registers, envelopes and labels. */
function printedForDay(ctx: DeskContext, day: string) {
  return postalRegistersOn(ctx.db, day).flatMap((id) => listPrintedDocuments(ctx.db, 'postal_register', id));
}

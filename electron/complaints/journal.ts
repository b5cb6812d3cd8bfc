// What the journal says about a complaint on a given day, built from the database rows: the
// screen's row and detail, and the review term in force.

import type { ComplaintDetail, ComplaintRow, JournalFilter } from '../../shared/contract/complaints.ts';
import { DomainError } from '../../shared/contract/result.ts';
import type { LocalDate } from '../../shared/domain/calendar.ts';
import { answeredInTime, complaintDaysLeft, complaintState } from '../../shared/domain/complaint.ts';
import type { Term } from '../../shared/domain/term.ts';
import { definitionFor } from '../../shared/standard/service-definition.ts';
import { type AttachmentRecord, listAttachments } from '../db/complaint-attachments.ts';
import { getDispatch } from '../db/complaint-dispatches.ts';
import { readComplaintSettings } from '../db/complaint-settings.ts';
import { type ComplaintRecord, getComplaint, type JournalQuery } from '../db/complaints.ts';
import { listPrintedDocuments } from '../db/documents.ts';
import { hoursExceptionOf } from '../db/hours-exceptions.ts';
import type { Db } from '../db/open.ts';
import type { DeskContext } from '../kernel/handler.ts';

export const invalid = (path: string, message: string) =>
  new DomainError('invalid_input', undefined, [{ path, message }]);

export function journalQuery(filter: JournalFilter, order: JournalQuery['order']): JournalQuery {
  if (filter.from && filter.to && filter.from > filter.to) throw invalid('to', 'period_order');
  return { ...filter, order };
}

/** The service definition's default term (§21–§23 reading), before the office's setting. */
export function defaultReviewTerm(date: LocalDate): Term {
  return { ...definitionFor(date).complaints.reviewTerm };
}

/** The term a complaint received on `date` gets: the office's length, the definition's unit. */
export function reviewTermOn(db: Db, date: LocalDate): Term {
  const def = defaultReviewTerm(date);
  const office = readComplaintSettings(db);
  return office ? { length: office.reviewTermDays, unit: def.unit } : def;
}

export function toRow(r: ComplaintRecord, today: LocalDate): ComplaintRow {
  return {
    id: r.id,
    journalNumber: r.journalNumber,
    receivedAt: r.receivedAt,
    receivedDate: r.receivedDate,
    channel: r.channel,
    addressee: r.addressee,
    complainantName: r.complainantName,
    summary: r.summary,
    termEnd: r.termEnd,
    daysLeft: complaintDaysLeft(today, r.termEnd),
    state: complaintState(
      {
        termEnd: r.termEnd,
        answerDate: r.answerDate,
        sentDate: r.sentDate,
        cancelled: r.cancelledAt !== null,
      },
      today,
    ),
    justified: r.justified,
    satisfied: r.satisfied,
    answerDate: r.answerDate,
    answerChannel: r.answerChannel,
    answeredLate: r.answerDate !== null && !answeredInTime(r.answerDate, r.termEnd),
    sentDate: r.sentDate,
    courtDate: r.courtDate,
  };
}

export function requireComplaint(db: Db, id: number): ComplaintRecord {
  const r = getComplaint(db, id);
  if (!r) throw new DomainError('not_found', { what: 'complaint', id: String(id) });
  return r;
}

/** Actions that change a complaint, or hand out its papers, need it alive: a cancelled entry
 *  only stays on record. */
export function requireActiveComplaint(db: Db, id: number): ComplaintRecord {
  const r = requireComplaint(db, id);
  if (r.cancelledAt) throw new DomainError('complaint_cancelled', { journalNumber: r.journalNumber });
  return r;
}

/** An attachment as the screen sees it: where it is kept stays on this side. */
export const attachmentView = ({ complaintId: _c, storedPath: _p, ...a }: AttachmentRecord) => a;

export function complaintDetail(ctx: DeskContext, id: number): ComplaintDetail {
  const r = requireComplaint(ctx.db, id);
  const dispatch = getDispatch(ctx.db, id);
  return {
    ...toRow(r, ctx.today),
    language: r.language,
    complainant: {
      name: r.complainantName,
      iin: r.complainantIin,
      address: r.complainantAddress,
      postalAddress: r.complainantPostalAddress,
      email: r.complainantEmail,
      phone: r.complainantPhone,
    },
    application:
      r.applicationId === null
        ? null
        : {
            id: r.applicationId,
            regNumber: r.applicationRegNumber ?? '',
            applicantName: r.applicationApplicant ?? '',
          },
    employee: r.employee,
    registeredAt: r.registeredAt,
    registeredBy: r.registeredBy,
    reviewTerm: { length: r.termLength, unit: r.termUnit },
    outcome:
      r.justified === null || r.answerDate === null || r.answerText === null || r.answerChannel === null
        ? null
        : {
            justified: r.justified,
            satisfied: r.satisfied,
            actionTaken: r.actionTaken,
            answerText: r.answerText,
            answerDate: r.answerDate,
            answerChannel: r.answerChannel,
            outgoingNumber: r.outgoingNumber,
            recordedAt: r.outcomeAt ?? '',
            recordedBy: r.outcomeBy ?? '',
          },
    dispatch: dispatch
      ? {
          id: dispatch.id,
          channel: dispatch.channel,
          sentDate: dispatch.sentDate,
          addressee: dispatch.addressee,
          address: dispatch.address,
          outgoingNumber: dispatch.outgoingNumber,
          recordedAt: dispatch.recordedAt,
          recordedBy: dispatch.recordedBy,
        }
      : null,
    court:
      r.courtDate === null
        ? null
        : { date: r.courtDate, note: r.courtNote ?? '', recordedBy: r.courtBy ?? '' },
    cancelledAt: r.cancelledAt,
    cancelReason: r.cancelReason,
    hoursException: hoursExceptionOf(ctx.db, 'complaint', id),
    attachments: listAttachments(ctx.db, id).map(attachmentView),
    printed: listPrintedDocuments(ctx.db, 'complaint', id),
  };
}

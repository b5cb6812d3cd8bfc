// The complaint journal (§21–§23): registering a complaint with its number of the year and the
// term of the answer, the outcome (head and deputy only: electron/kernel/permissions.ts), the
// answer's dispatch, a court note, cancelling a mistaken entry, the review-term setting and
// indicators 4.1 and 4.2. Every change is registered as a write (one transaction with its audit
// row: kernel/handler.ts); a rejected input writes nothing.

import type { ComplaintDetail } from '../../shared/contract/complaints.ts';
import { DomainError } from '../../shared/contract/result.ts';
import { type AnswerChannel, complaintTermEnd, journalNumber } from '../../shared/domain/complaint.ts';
import { localDateOf } from '../../shared/domain/office-time.ts';
import { storedAddress } from '../../shared/domain/postal-address.ts';
import { officeInstant } from '../../shared/domain/queue-hours.ts';
import { indicator41, indicator42 } from '../../shared/domain/report/indicators.ts';
import { rangePeriod } from '../../shared/domain/report/period.ts';
import { definitionFor } from '../../shared/standard/service-definition.ts';
import { calendarAround } from '../calendar/office-calendar.ts';
import { checkOfficeHours } from '../calendar/office-hours.ts';
import { getApplication } from '../db/applications.ts';
import { getDispatch, insertDispatch } from '../db/complaint-dispatches.ts';
import { writeComplaintSettings } from '../db/complaint-settings.ts';
import {
  type ComplaintRecord,
  cancelComplaint,
  insertComplaint,
  openComplaintCounts,
  searchComplaints,
  setCourt,
  setOutcome,
  setOutgoingNumber,
} from '../db/complaints.ts';
import { insertHoursException } from '../db/hours-exceptions.ts';
import { applicationsServedIn, complaintFactsAround } from '../db/report.ts';
import { type DeskContext, type HandlerGroup, read, write } from '../kernel/handler.ts';
import { attachmentHandlers } from './attachments.ts';
import {
  complaintDetail,
  defaultReviewTerm,
  invalid,
  journalQuery,
  requireActiveComplaint,
  reviewTermOn,
  toRow,
} from './journal.ts';
import { complaintPrintHandlers } from './print.ts';

/** One change to a live complaint, audited with the journal's view of it before and after. */
function changeComplaint(ctx: DeskContext, action: string, id: number, change: () => void): ComplaintDetail {
  const before = complaintDetail(ctx, id);
  change();
  const after = complaintDetail(ctx, id);
  ctx.audit({ action, entity: 'complaint', entityId: id, before, after });
  return after;
}

/** §23: the answer goes in writing to an address the journal knows, postal or e-mail. */
const knownAddress = (r: ComplaintRecord, channel: AnswerChannel) =>
  channel === 'post' ? r.complainantAddress : r.complainantEmail;
const noAddress = (channel: AnswerChannel) => (channel === 'post' ? 'no_postal_address' : 'no_email_address');

function settingsView(ctx: DeskContext) {
  return { reviewTerm: reviewTermOn(ctx.db, ctx.today), defaultReviewTerm: defaultReviewTerm(ctx.today) };
}

type Channels =
  | 'complaints.register'
  | 'complaints.get'
  | 'complaints.journal'
  | 'complaints.summary'
  | 'complaints.recordOutcome'
  | 'complaints.recordDispatch'
  | 'complaints.noteCourt'
  | 'complaints.cancel'
  | 'complaints.settings'
  | 'complaints.setReviewTerm'
  | 'complaints.termEnd'
  | 'complaints.indicators';

const journalHandlers: HandlerGroup<Channels> = {
  'complaints.register': write((input, ctx) => {
    const { now, office } = ctx;
    const tz = office.office.timeZone;
    const receivedAt = input.received ? officeInstant(input.received.date, input.received.time, tz) : now;
    if (receivedAt.getTime() > now.getTime()) throw invalid('received.time', 'received_in_future');
    const receivedDate = localDateOf(receivedAt, tz);
    // §10, §22: registered within the office's hours, or with the clerk's reason kept beside it.
    // The term counts from the date it was received (post that came earlier keeps its own date).
    const hoursException = checkOfficeHours(ctx, input.hoursException);
    if (input.applicationId !== null && !getApplication(ctx.db, input.applicationId)) {
      throw new DomainError('not_found', { what: 'application', id: String(input.applicationId) });
    }
    const term = reviewTermOn(ctx.db, receivedDate);
    // The term from the calendar as it stands today, kept: the talon prints it.
    const termEnd = complaintTermEnd(receivedDate, term, calendarAround(ctx.db, receivedDate));
    const language = input.language ?? office.documentLanguage;
    const address = storedAddress(input.complainant.address, input.complainant.postalAddress, language);
    const { id } = insertComplaint(
      ctx.db,
      {
        journalYear: Number(receivedDate.slice(0, 4)),
        receivedAt: receivedAt.toISOString(),
        receivedDate,
        channel: input.channel,
        addressee: input.addressee,
        complainantName: input.complainant.name,
        complainantIin: input.complainant.iin,
        complainantAddress: address.text,
        complainantPostalAddress: address.parts,
        complainantEmail: input.complainant.email,
        complainantPhone: input.complainant.phone,
        language,
        applicationId: input.applicationId,
        employee: input.employee,
        summary: input.summary,
        termLength: term.length,
        termUnit: term.unit,
        termEnd,
        standardVersion: definitionFor(receivedDate).version,
        registeredAt: now.toISOString(),
        registeredBy: ctx.user.id,
      },
      journalNumber,
    );
    if (hoursException !== null)
      insertHoursException(ctx.db, {
        entity: 'complaint',
        entityId: id,
        reason: hoursException,
        at: now.toISOString(),
        by: ctx.user.id,
      });
    const after = complaintDetail(ctx, id);
    ctx.audit({ action: 'complaints.register', entity: 'complaint', entityId: id, after });
    return after;
  }),

  'complaints.get': read(({ id }, ctx) => complaintDetail(ctx, id), {
    entity: 'complaint',
    what: (_input, out) => ({ entityId: out.id, after: { journalNumber: out.journalNumber } }),
  }),

  'complaints.journal': read(
    (input, ctx) => {
      const today = ctx.today;
      const rows = searchComplaints(ctx.db, journalQuery(input, 'newest'), today).map((r) => toRow(r, today));
      return { rows, total: rows.length };
    },
    { entity: 'complaint', what: (input, out) => ({ after: { filter: input, rows: out.total } }) },
  ),

  'complaints.summary': read((_input, ctx) => ({
    ...openComplaintCounts(ctx.db, ctx.today),
    today: ctx.today,
  })),

  'complaints.recordOutcome': write((input, ctx) => {
    const today = ctx.today;
    const r = requireActiveComplaint(ctx.db, input.id);
    // Once the letter has gone out, what it said is what was answered.
    if (getDispatch(ctx.db, r.id)) throw new DomainError('answer_sent', { journalNumber: r.journalNumber });
    const answerDate = input.answerDate ?? today;
    if (answerDate < r.receivedDate || answerDate > today)
      throw invalid('answerDate', 'answer_date_out_of_range');
    if (!knownAddress(r, input.answerChannel)) throw invalid('answerChannel', noAddress(input.answerChannel));
    return changeComplaint(ctx, 'complaints.recordOutcome', r.id, () =>
      setOutcome(ctx.db, r.id, {
        justified: input.justified,
        satisfied: input.justified ? input.satisfied : null,
        actionTaken: input.justified ? input.actionTaken : null,
        answerText: input.answerText,
        answerDate,
        answerChannel: input.answerChannel,
        outgoingNumber: input.outgoingNumber,
        at: ctx.now.toISOString(),
        by: ctx.user.id,
      }),
    );
  }),

  'complaints.recordDispatch': write((input, ctx) => {
    const today = ctx.today;
    const r = requireActiveComplaint(ctx.db, input.id);
    if (r.answerDate === null || r.answerChannel === null) {
      throw new DomainError('outcome_missing', { journalNumber: r.journalNumber });
    }
    if (getDispatch(ctx.db, r.id)) throw new DomainError('answer_sent', { journalNumber: r.journalNumber });
    const sentDate = input.dispatchDate ?? today;
    if (sentDate < r.answerDate || sentDate > today) throw invalid('dispatchDate', 'sent_date_out_of_range');
    const channel = r.answerChannel;
    const address = input.dispatchAddress ?? knownAddress(r, channel);
    if (!address) throw invalid('dispatchAddress', noAddress(channel));
    if (channel === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
      throw invalid('dispatchAddress', 'email_format');
    }
    const outgoingNumber = input.outgoingNumber ?? r.outgoingNumber;
    // A letter in the postal register is identified by its outgoing number.
    if (channel === 'post' && !outgoingNumber) throw invalid('outgoingNumber', 'outgoing_number_required');
    return changeComplaint(ctx, 'complaints.recordDispatch', r.id, () => {
      insertDispatch(ctx.db, {
        complaintId: r.id,
        channel,
        sentDate,
        addressee: r.complainantName,
        address,
        // The parts go with the letter unless the clerk typed another address for it.
        postalAddress: channel === 'post' && !input.dispatchAddress ? r.complainantPostalAddress : null,
        outgoingNumber,
        recordedAt: ctx.now.toISOString(),
        recordedBy: ctx.user.id,
      });
      // The number given only now belongs on a reprint of the letter too.
      if (!r.outgoingNumber && outgoingNumber) setOutgoingNumber(ctx.db, r.id, outgoingNumber);
    });
  }),

  'complaints.noteCourt': write((input, ctx) => {
    const r = requireActiveComplaint(ctx.db, input.id);
    if (input.courtDate < r.receivedDate || input.courtDate > ctx.today) {
      throw invalid('courtDate', 'court_date_out_of_range');
    }
    return changeComplaint(ctx, 'complaints.noteCourt', r.id, () =>
      setCourt(ctx.db, r.id, {
        date: input.courtDate,
        note: input.courtNote,
        at: ctx.now.toISOString(),
        by: ctx.user.id,
      }),
    );
  }),

  'complaints.cancel': write(({ id, reason }, ctx) => {
    const r = requireActiveComplaint(ctx.db, id);
    // A complaint with an outcome was reviewed: it is part of the record, not a mistake.
    if (r.answerDate !== null) throw new DomainError('outcome_recorded', { journalNumber: r.journalNumber });
    return changeComplaint(ctx, 'complaints.cancel', id, () =>
      cancelComplaint(ctx.db, id, ctx.user.id, ctx.now.toISOString(), reason),
    );
  }),

  'complaints.settings': read((_input, ctx) => settingsView(ctx)),

  'complaints.setReviewTerm': write(({ reviewTermDays }, ctx) => {
    const before = settingsView(ctx);
    writeComplaintSettings(ctx.db, { reviewTermDays }, ctx.now.toISOString(), ctx.user.id);
    const after = settingsView(ctx);
    ctx.audit({ action: 'complaints.setReviewTerm', entity: 'settings', entityId: null, before, after });
    return after;
  }),

  'complaints.termEnd': read(({ received }, ctx) => {
    const date = received ?? ctx.today;
    const reviewTerm = reviewTermOn(ctx.db, date);
    return {
      received: date,
      termEnd: complaintTermEnd(date, reviewTerm, calendarAround(ctx.db, date)),
      reviewTerm,
    };
  }),

  // The same counting as the monthly report's 4.1 and 4.2 rows (shared/domain/report/), for the
  // journal's screen.
  'complaints.indicators': read(({ from, to }, ctx) => {
    if (from > to) throw invalid('to', 'period_order');
    const facts = complaintFactsAround(ctx.db, from, to);
    const period = rangePeriod(from, to);
    const norms = new Map(definitionFor(to).indicators.map((i) => [i.code, i.norm]));
    const row = (code: string, c: { numerator: number; denominator: number; value: number | null }) => ({
      code,
      numerator: c.numerator,
      denominator: c.denominator,
      percent: c.value,
      norm: norms.get(code) ?? 0,
    });
    return {
      from,
      to,
      indicators: [
        row('4.1', indicator41(facts, applicationsServedIn(ctx.db, from, to), period)),
        row('4.2', indicator42(facts, period)),
      ],
    };
  }),
};

export const complaintsHandlers = {
  ...journalHandlers,
  ...attachmentHandlers,
  ...complaintPrintHandlers,
};

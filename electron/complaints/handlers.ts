// The complaint journal (§21–§23): registering a complaint with its number of the year and the
// term of the answer, the outcome (head and deputy only: electron/app/permissions.ts), the
// answer's dispatch, a court note, cancelling a mistaken entry, the review-term setting and
// indicators 4.1 and 4.2. One transaction per action, audited; a rejected input writes nothing.

import { TZDate } from '@date-fns/tz';
import { DomainError } from '../../shared/contract/result.ts';
import type { LocalDate } from '../../shared/domain/calendar.ts';
import { complaintTermEnd, journalNumber } from '../../shared/domain/complaint.ts';
import { indicator41, indicator42 } from '../../shared/domain/complaint-indicators.ts';
import { localDateOf } from '../../shared/domain/office-time.ts';
import { definitionFor } from '../../shared/standard/service-definition.ts';
import type { AppContext } from '../app/context.ts';
import type { HandlerGroup } from '../app/registry.ts';
import { calendarAround } from '../calendar/office-calendar.ts';
import { getApplication } from '../db/applications.ts';
import { writeAudit } from '../db/audit.ts';
import {
  applicationsServedIn,
  cancelComplaint,
  complaintFactsAnsweredIn,
  getDispatch,
  insertComplaint,
  insertDispatch,
  openComplaintCounts,
  searchComplaints,
  setCourt,
  setOutcome,
  setOutgoingNumber,
  writeComplaintSettings,
} from '../db/complaints.ts';
import { inTransaction } from '../db/transaction.ts';
import { loadOfficeSettings } from '../settings/office-settings.ts';
import { attachmentHandlers } from './attachments.ts';
import {
  complaintDetail,
  defaultReviewTerm,
  invalid,
  journalQuery,
  officeToday,
  requireComplaint,
  reviewTermOn,
  toRow,
} from './journal.ts';
import { complaintPrintHandlers } from './print.ts';

/** A local date and time of the office's zone as an instant. */
function instantOf(date: LocalDate, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime());
}

function userId(ctx: AppContext): number {
  return ctx.session.userId as number;
}

/** Actions that change a complaint need it to be alive: a cancelled entry only stays on record. */
function requireActive(ctx: AppContext, id: number) {
  const r = requireComplaint(ctx.db, id);
  if (r.cancelledAt) throw new DomainError('complaint_cancelled', { journalNumber: r.journalNumber });
  return r;
}

function settingsView(ctx: AppContext) {
  const today = officeToday(ctx);
  return { reviewTerm: reviewTermOn(ctx.db, today), defaultReviewTerm: defaultReviewTerm(today) };
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
  'complaints.register': (input, ctx) => {
    const now = ctx.clock.now();
    const office = loadOfficeSettings(ctx.db);
    const tz = office.office.timeZone;
    const receivedAt = input.received ? instantOf(input.received.date, input.received.time, tz) : now;
    if (receivedAt.getTime() > now.getTime()) throw invalid('received.time', 'received_in_future');
    const receivedDate = localDateOf(receivedAt, tz);
    if (input.applicationId !== null && !getApplication(ctx.db, input.applicationId)) {
      throw new DomainError('not_found', { what: 'application', id: String(input.applicationId) });
    }
    const term = reviewTermOn(ctx.db, receivedDate);
    return inTransaction(ctx.db, () => {
      // The term from the calendar as it stands today, kept: the talon prints it.
      const termEnd = complaintTermEnd(receivedDate, term, calendarAround(ctx.db, receivedDate));
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
          complainantAddress: input.complainant.address,
          complainantEmail: input.complainant.email,
          complainantPhone: input.complainant.phone,
          language: input.language ?? office.documentLanguage,
          applicationId: input.applicationId,
          employee: input.employee,
          summary: input.summary,
          termLength: term.length,
          termUnit: term.unit,
          termEnd,
          standardVersion: definitionFor(receivedDate).version,
          registeredAt: now.toISOString(),
          registeredBy: userId(ctx),
        },
        journalNumber,
      );
      const after = complaintDetail(ctx, id);
      writeAudit(ctx, { action: 'complaints.register', entity: 'complaint', entityId: id, after });
      return after;
    });
  },

  'complaints.get': ({ id }, ctx) => complaintDetail(ctx, id),

  'complaints.journal': (input, ctx) => {
    const today = officeToday(ctx);
    const rows = searchComplaints(ctx.db, journalQuery(input, 'newest'), today).map((r) => toRow(r, today));
    return { rows, total: rows.length };
  },

  'complaints.summary': (_input, ctx) => {
    const today = officeToday(ctx);
    return { ...openComplaintCounts(ctx.db, today), today };
  },

  'complaints.recordOutcome': (input, ctx) => {
    const today = officeToday(ctx);
    return inTransaction(ctx.db, () => {
      const r = requireActive(ctx, input.id);
      // Once the letter has gone out, what it said is what was answered.
      if (getDispatch(ctx.db, r.id)) throw new DomainError('answer_sent', { journalNumber: r.journalNumber });
      const answerDate = input.answerDate ?? today;
      if (answerDate < r.receivedDate || answerDate > today)
        throw invalid('answerDate', 'answer_date_out_of_range');
      // §23: in writing, by post or e-mail — to an address the journal knows.
      if (input.answerChannel === 'post' && !r.complainantAddress)
        throw invalid('answerChannel', 'no_postal_address');
      if (input.answerChannel === 'email' && !r.complainantEmail)
        throw invalid('answerChannel', 'no_email_address');
      const before = complaintDetail(ctx, r.id);
      setOutcome(ctx.db, r.id, {
        justified: input.justified,
        satisfied: input.justified ? input.satisfied : null,
        actionTaken: input.justified ? input.actionTaken : null,
        answerText: input.answerText,
        answerDate,
        answerChannel: input.answerChannel,
        outgoingNumber: input.outgoingNumber,
        at: ctx.clock.now().toISOString(),
        by: userId(ctx),
      });
      const after = complaintDetail(ctx, r.id);
      writeAudit(ctx, {
        action: 'complaints.recordOutcome',
        entity: 'complaint',
        entityId: r.id,
        before,
        after,
      });
      return after;
    });
  },

  'complaints.recordDispatch': (input, ctx) => {
    const today = officeToday(ctx);
    return inTransaction(ctx.db, () => {
      const r = requireActive(ctx, input.id);
      if (r.answerDate === null || r.answerChannel === null) {
        throw new DomainError('outcome_missing', { journalNumber: r.journalNumber });
      }
      if (getDispatch(ctx.db, r.id)) throw new DomainError('answer_sent', { journalNumber: r.journalNumber });
      const sentDate = input.dispatchDate ?? today;
      if (sentDate < r.answerDate || sentDate > today)
        throw invalid('dispatchDate', 'sent_date_out_of_range');
      const channel = r.answerChannel;
      const address =
        input.dispatchAddress ?? (channel === 'post' ? r.complainantAddress : r.complainantEmail);
      if (!address)
        throw invalid('dispatchAddress', channel === 'post' ? 'no_postal_address' : 'no_email_address');
      if (channel === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
        throw invalid('dispatchAddress', 'email_format');
      }
      const outgoingNumber = input.outgoingNumber ?? r.outgoingNumber;
      // A letter in the postal register is identified by its outgoing number.
      if (channel === 'post' && !outgoingNumber) throw invalid('outgoingNumber', 'outgoing_number_required');
      const before = complaintDetail(ctx, r.id);
      insertDispatch(ctx.db, {
        complaintId: r.id,
        channel,
        sentDate,
        addressee: r.complainantName,
        address,
        outgoingNumber,
        recordedAt: ctx.clock.now().toISOString(),
        recordedBy: userId(ctx),
      });
      // The number given only now belongs on a reprint of the letter too.
      if (!r.outgoingNumber && outgoingNumber) setOutgoingNumber(ctx.db, r.id, outgoingNumber);
      const after = complaintDetail(ctx, r.id);
      writeAudit(ctx, {
        action: 'complaints.recordDispatch',
        entity: 'complaint',
        entityId: r.id,
        before,
        after,
      });
      return after;
    });
  },

  'complaints.noteCourt': (input, ctx) => {
    const today = officeToday(ctx);
    return inTransaction(ctx.db, () => {
      const r = requireActive(ctx, input.id);
      if (input.courtDate < r.receivedDate || input.courtDate > today) {
        throw invalid('courtDate', 'court_date_out_of_range');
      }
      const before = complaintDetail(ctx, r.id);
      setCourt(ctx.db, r.id, {
        date: input.courtDate,
        note: input.courtNote,
        at: ctx.clock.now().toISOString(),
        by: userId(ctx),
      });
      const after = complaintDetail(ctx, r.id);
      writeAudit(ctx, { action: 'complaints.noteCourt', entity: 'complaint', entityId: r.id, before, after });
      return after;
    });
  },

  'complaints.cancel': ({ id, reason }, ctx) =>
    inTransaction(ctx.db, () => {
      const r = requireActive(ctx, id);
      // A complaint with an outcome was reviewed: it is part of the record, not a mistake.
      if (r.answerDate !== null)
        throw new DomainError('outcome_recorded', { journalNumber: r.journalNumber });
      const before = complaintDetail(ctx, id);
      cancelComplaint(ctx.db, id, userId(ctx), ctx.clock.now().toISOString(), reason);
      const after = complaintDetail(ctx, id);
      writeAudit(ctx, { action: 'complaints.cancel', entity: 'complaint', entityId: id, before, after });
      return after;
    }),

  'complaints.settings': (_input, ctx) => settingsView(ctx),

  'complaints.setReviewTerm': ({ reviewTermDays }, ctx) =>
    inTransaction(ctx.db, () => {
      const before = settingsView(ctx);
      writeComplaintSettings(ctx.db, { reviewTermDays }, ctx.clock.now().toISOString(), userId(ctx));
      const after = settingsView(ctx);
      writeAudit(ctx, {
        action: 'complaints.setReviewTerm',
        entity: 'settings',
        entityId: null,
        before,
        after,
      });
      return after;
    }),

  'complaints.termEnd': ({ received }, ctx) => {
    const date = received ?? officeToday(ctx);
    const reviewTerm = reviewTermOn(ctx.db, date);
    return {
      received: date,
      termEnd: complaintTermEnd(date, reviewTerm, calendarAround(ctx.db, date)),
      reviewTerm,
    };
  },

  'complaints.indicators': ({ from, to }, ctx) => {
    if (from > to) throw invalid('to', 'period_order');
    const facts = complaintFactsAnsweredIn(ctx.db, from, to);
    const period = { from, to };
    const norms = new Map(definitionFor(to).indicators.map((i) => [i.code, i.norm]));
    return {
      from,
      to,
      indicators: [
        {
          code: '4.1',
          ...indicator41(facts, applicationsServedIn(ctx.db, from, to), period),
          norm: norms.get('4.1') ?? 0,
        },
        { code: '4.2', ...indicator42(facts, period), norm: norms.get('4.2') ?? 0 },
      ],
    };
  },
};

export const complaintsHandlers = {
  ...journalHandlers,
  ...attachmentHandlers,
  ...complaintPrintHandlers,
};

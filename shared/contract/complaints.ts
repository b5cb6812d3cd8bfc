// The complaint journal (§21–§23): register, the tear-off talon, attachments, the outcome and
// the written answer, its dispatch, the journal's exports and indicators 4.1 and 4.2.

import { z } from 'zod';
import {
  ANSWER_CHANNELS,
  COMPLAINT_ADDRESSEES,
  COMPLAINT_CHANNELS,
  outcomeProblems,
} from '../domain/complaint.ts';
import { MAX_ATTACHMENT_BASE64 } from '../domain/complaint-attachment.ts';
import {
  anyText,
  empty,
  hoursException,
  id,
  iin,
  lang,
  localDate,
  officeDate,
  optionalPostalAddress,
  optionalText,
  phone,
  postalAddress,
  printedDocument,
  text,
  timestamp,
} from './common.ts';

export const complaintChannel = z.enum(COMPLAINT_CHANNELS);
export const complaintAddressee = z.enum(COMPLAINT_ADDRESSEES);
export const answerChannel = z.enum(ANSWER_CHANNELS);
export const complaintState = z.enum(['under_review', 'overdue', 'answered', 'sent', 'cancelled']);
/** The journal's status filter: "open" is every complaint still waiting for its answer. */
export const complaintStatusFilter = z.enum(['open', 'overdue', 'answered', 'sent', 'cancelled']);
export const talonSheet = z.enum(['a5', 'a6']);

const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time_format');
const email = z
  .email('email_format')
  .max(120)
  .nullable()
  .optional()
  .transform((s) => s ?? null);
/** An empty field is "not given"; whatever is typed must be a valid address. */
const optionalEmail = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), email);
const optionalIin = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  iin
    .nullable()
    .optional()
    .transform((s) => s ?? null),
);
const optionalPhone = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), phone);

export const complainantInput = z.object({
  name: text(200),
  iin: optionalIin,
  /** The postal address as free text (how it was typed before its parts existed). */
  address: optionalText(300),
  /** The postal address in its parts, for an answer by post (and the window envelope). */
  postalAddress: optionalPostalAddress,
  email: optionalEmail,
  phone: optionalPhone,
});

export const registerComplaintInput = z
  .object({
    /** When it arrived: by default now; post that came earlier is entered with its own date. */
    received: z.object({ date: officeDate, time: localTime }).strict().optional(),
    channel: complaintChannel,
    addressee: complaintAddressee,
    complainant: complainantInput.strict(),
    /** The language the complainant wrote in: the talon and the answer default to it. */
    language: lang.optional(),
    applicationId: id
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    /** The employee the complaint is about, as the complainant names them. */
    employee: optionalText(200),
    summary: text(4000, 'lines'),
    /**
     * §10, §22: why it is registered outside the office's hours or on a day off. Post that came
     * earlier keeps its own date in `received`: the review term counts from that date.
     */
    hoursException,
  })
  .strict()
  .superRefine((v, ctx) => {
    // §23: the answer goes back by post or e-mail, so there must be somewhere to send it.
    if (!v.complainant.address && !v.complainant.postalAddress && !v.complainant.email) {
      ctx.addIssue({
        code: 'custom',
        path: ['complainant', 'postalAddress'],
        message: 'answer_contact_required',
      });
    }
    if (v.channel === 'email' && !v.complainant.email) {
      ctx.addIssue({ code: 'custom', path: ['complainant', 'email'], message: 'email_required_for_email' });
    }
  });
export type RegisterComplaintInput = z.input<typeof registerComplaintInput>;

export const outcomeInput = z
  .object({
    id,
    justified: z.boolean(),
    /** Only for a justified complaint; null otherwise. */
    satisfied: z
      .boolean()
      .nullable()
      .optional()
      .transform((v) => v ?? null),
    /** What was done about a justified complaint. */
    actionTaken: optionalText(2000, 'lines'),
    /** The text of the written answer (§23), printed in the answer letter. */
    answerText: text(8000, 'lines'),
    /** The date of the answer; today when not given. */
    answerDate: officeDate.optional(),
    answerChannel,
    /** The office's outgoing number of the letter, when it is known already. */
    outgoingNumber: optionalText(40),
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const p of outcomeProblems(v)) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
  });
export type OutcomeInput = z.input<typeof outcomeInput>;

export const journalFilter = z
  .object({
    from: officeDate.optional(),
    to: officeDate.optional(),
    status: complaintStatusFilter.optional(),
    addressee: complaintAddressee.optional(),
    channel: complaintChannel.optional(),
    /** Journal number, complainant's name or IIN. */
    query: anyText(100).optional(),
  })
  .strict();
export type JournalFilter = z.input<typeof journalFilter>;

export const complaintRow = z.object({
  id,
  journalNumber: z.string(),
  receivedAt: timestamp,
  receivedDate: localDate,
  channel: complaintChannel,
  addressee: complaintAddressee,
  complainantName: z.string(),
  summary: z.string(),
  termEnd: localDate,
  daysLeft: z.number().int(),
  state: complaintState,
  justified: z.boolean().nullable(),
  satisfied: z.boolean().nullable(),
  answerDate: localDate.nullable(),
  answerChannel: answerChannel.nullable(),
  /** Answered after the last day of the term. */
  answeredLate: z.boolean(),
  sentDate: localDate.nullable(),
  courtDate: localDate.nullable(),
});
export type ComplaintRow = z.infer<typeof complaintRow>;

export const complaintAttachment = z.object({
  id,
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  addedAt: timestamp,
  addedBy: z.string(),
  withdrawnAt: timestamp.nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawReason: z.string().nullable(),
});
export type ComplaintAttachment = z.infer<typeof complaintAttachment>;

export const complaintDispatch = z.object({
  id,
  channel: answerChannel,
  sentDate: localDate,
  /** Who the letter is addressed to. */
  addressee: z.string(),
  /** The postal address, or the e-mail address it went to. */
  address: z.string(),
  outgoingNumber: z.string().nullable(),
  recordedAt: timestamp,
  recordedBy: z.string(),
});

export const complaintDetail = complaintRow.extend({
  language: lang,
  complainant: z.object({
    name: z.string(),
    iin: z.string().nullable(),
    address: z.string().nullable(),
    postalAddress: postalAddress.nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
  application: z.object({ id, regNumber: z.string(), applicantName: z.string() }).nullable(),
  employee: z.string().nullable(),
  registeredAt: timestamp,
  registeredBy: z.string(),
  reviewTerm: z.object({ length: z.number().int(), unit: z.enum(['calendar', 'working']) }),
  outcome: z
    .object({
      justified: z.boolean(),
      satisfied: z.boolean().nullable(),
      actionTaken: z.string().nullable(),
      answerText: z.string(),
      answerDate: localDate,
      answerChannel,
      outgoingNumber: z.string().nullable(),
      recordedAt: timestamp,
      recordedBy: z.string(),
    })
    .nullable(),
  dispatch: complaintDispatch.nullable(),
  court: z.object({ date: localDate, note: z.string(), recordedBy: z.string() }).nullable(),
  cancelledAt: timestamp.nullable(),
  cancelReason: z.string().nullable(),
  /** §10: why it was registered outside the office's hours; null when within them. */
  hoursException: z.string().nullable(),
  attachments: z.array(complaintAttachment),
  printed: z.array(printedDocument),
});
export type ComplaintDetail = z.infer<typeof complaintDetail>;

const reviewTerm = z.object({ length: z.number().int(), unit: z.enum(['calendar', 'working']) });
const indicator = z.object({
  code: z.string(),
  numerator: z.number().int(),
  denominator: z.number().int(),
  percent: z.number().nullable(),
  norm: z.number(),
});

export const complaintsChannels = {
  /** §23: entered in the journal with its number of the year and the term of the answer. */
  'complaints.register': { input: registerComplaintInput, output: complaintDetail },
  'complaints.get': { input: z.object({ id }).strict(), output: complaintDetail },
  /** The journal as it stands today, filtered; newest first. */
  'complaints.journal': {
    input: journalFilter,
    output: z.object({ rows: z.array(complaintRow), total: z.number().int() }),
  },
  /** What the head and the deputy must not miss: complaints waiting and overdue today. */
  'complaints.summary': {
    input: empty,
    output: z.object({
      open: z.number().int(),
      overdue: z.number().int(),
      dueToday: z.number().int(),
      today: localDate,
    }),
  },
  /** Only the head and the deputy (electron/app/permissions.ts). */
  'complaints.recordOutcome': { input: outcomeInput, output: complaintDetail },
  /** The answer went out: by post (it then appears in the postal register) or by e-mail. */
  'complaints.recordDispatch': {
    input: z
      .object({
        id,
        /** The day the letter was handed to the post, or the e-mail was sent; today by default. */
        dispatchDate: officeDate.optional(),
        /** Defaults to the complainant's postal address or e-mail, per the answer's channel. */
        dispatchAddress: optionalText(300),
        outgoingNumber: optionalText(40),
      })
      .strict(),
    output: complaintDetail,
  },
  /** §21: "disputes go to civil court" — the journal notes that the complainant went there. */
  'complaints.noteCourt': {
    input: z.object({ id, courtDate: officeDate, courtNote: text(500) }).strict(),
    output: complaintDetail,
  },
  /** Registered by mistake (a duplicate): the entry stays, with who cancelled it and why. */
  'complaints.cancel': { input: z.object({ id, reason: text(500) }).strict(), output: complaintDetail },

  /** A scanned letter or a file that came with the complaint, kept with the record. */
  'complaints.attach': {
    input: z
      .object({
        complaintId: id,
        fileName: text(200),
        mimeType: anyText(120),
        contentBase64: z.base64('attachment_encoding').max(MAX_ATTACHMENT_BASE64, 'attachment_too_large'),
      })
      .strict(),
    output: complaintAttachment,
  },
  /** Files are never deleted: a file attached by mistake is marked withdrawn. */
  'complaints.withdrawAttachment': {
    input: z.object({ id, reason: text(500) }).strict(),
    output: complaintAttachment,
  },
  /** The file byte for byte, checked against the sha256 recorded when it was attached. */
  'complaints.attachmentContent': {
    input: z.object({ id }).strict(),
    output: complaintAttachment.extend({ contentBase64: z.string() }),
  },

  /** §23: the tear-off talon with the date and time of acceptance; the stub stays with the journal. */
  'complaints.printTalon': {
    input: z.object({ complaintId: id, layout: talonSheet.optional(), lang: lang.optional() }).strict(),
    output: printedDocument,
  },
  /** §23: the written answer, A4, the address placed for a window envelope. */
  'complaints.printAnswer': {
    input: z.object({ complaintId: id, lang: lang.optional() }).strict(),
    output: printedDocument,
  },
  /** The journal as the paper journal looks: landscape A4. */
  'complaints.printJournal': {
    input: journalFilter.extend({ lang: lang.optional() }).strict(),
    output: printedDocument,
  },
  /** The same journal as an XLSX workbook, for the office's own tables. */
  'complaints.exportXlsx': {
    input: journalFilter.extend({ lang: lang.optional() }).strict(),
    output: z.object({ fileName: z.string(), rows: z.number().int(), contentBase64: z.string() }),
  },

  /** The review term in force: the office's setting, or the default of the service definition. */
  'complaints.settings': {
    input: empty,
    output: z.object({ reviewTerm, defaultReviewTerm: reviewTerm }),
  },
  /** Head, deputy or administrator; complaints already registered keep their term. */
  'complaints.setReviewTerm': {
    input: z.object({ reviewTermDays: z.number().int().min(1).max(60) }).strict(),
    output: z.object({ reviewTerm, defaultReviewTerm: reviewTerm }),
  },
  /** The last day to answer a complaint received on a date (today by default). */
  'complaints.termEnd': {
    input: z.object({ received: officeDate.optional() }).strict(),
    output: z.object({ received: localDate, termEnd: localDate, reviewTerm }),
  },
  /** Indicators 4.1 and 4.2 for a period, from the journal and the applications. */
  'complaints.indicators': {
    input: z.object({ from: officeDate, to: officeDate }).strict(),
    output: z.object({ from: localDate, to: localDate, indicators: z.array(indicator) }),
  },
} as const;

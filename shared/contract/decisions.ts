// Decisions and notification letters (STANDARD.md §5, §7.1, §16, §17): every accepted
// application followed through its states (shared/domain/application-states.ts) until the
// applicant has the letter in hand, the letter itself, and the post office's list of the day.

import { z } from 'zod';
import { APPLICATION_STATUSES, MOVES } from '../domain/application-states.ts';
import { LETTER_DEFAULTS } from '../standard/office-defaults.ts';
import {
  anyText,
  id,
  lang,
  localDate,
  officeDate,
  optionalText,
  printedDocument,
  text,
  timestamp,
} from './common.ts';

// The state machine's own lists: the contract never restates them.
const status = z.enum(APPLICATION_STATUSES);
const move = z.enum(MOVES);
const termState = z.enum(['overdue', 'today', 'tomorrow', 'this_week', 'later']);

/** The office's letter preferences (Settings); settings stored before them read these defaults. */
export const letterSettings = z.object({
  /** Printed before the yearly sequence of the outgoing number, e.g. "03-12/" gives 03-12/145. */
  outgoingPrefix: anyText(20),
  /** Window envelopes need nothing more; otherwise the day's address labels or DL envelopes. */
  addressing: z.enum(['window', 'labels', 'envelopes']),
  /**
   * The office's window envelope: every letter that goes by post (notification, answer to a
   * complaint) places its addressee for it (electron/print/window-letter.ts). Settings stored
   * before it read the left DL window the notification letter always had.
   */
  window: z
    .object({ envelope: z.enum(['dl', 'c5_6']), side: z.enum(['left', 'right']) })
    .strict()
    .default(() => ({ envelope: 'dl' as const, side: 'left' as const })),
});
export type EnvelopeWindow = LetterSettings['window'];
export type LetterSettings = z.infer<typeof letterSettings>;
export const letterSettingsWithDefaults = letterSettings.default(() => structuredClone(LETTER_DEFAULTS));

const optionalNote = anyText(500)
  .optional()
  .transform((s) => (s ? s : null));

/** The document a step rests on (e.g. the head's order: number and date). */
const basisFields = {
  basisNumber: anyText(60)
    .optional()
    .transform((s) => (s ? s : null)),
  basisDate: officeDate.optional().transform((d) => d ?? null),
};

export const step = z.object({
  id,
  move: z.union([move, z.literal('correction')]),
  fromStatus: status,
  toStatus: status,
  at: timestamp,
  localDate,
  byName: z.string(),
  byRole: z.enum(['clerk', 'head', 'deputy', 'admin']),
  basisNumber: z.string().nullable(),
  basisDate: localDate.nullable(),
  note: z.string().nullable(),
  reason: z.string().nullable(),
  servicesFrom: localDate.nullable(),
  socialWorker: z.string().nullable(),
  serviceUnit: z.string().nullable(),
  refusalGround: z.string().nullable(),
  explanation: z.string().nullable(),
  /** The language of the explanation (null on steps from before it was recorded). */
  explanationLang: lang.nullable(),
  letterId: id.nullable(),
  sentDate: localDate.nullable(),
  receivedBy: z.enum(['applicant', 'representative']).nullable(),
  queueTicketId: id.nullable(),
  correctsStepId: id.nullable(),
  /** The correction that voided this step, and why. */
  voidedBy: id.nullable(),
  voidReason: z.string().nullable(),
});
export type Step = z.infer<typeof step>;

export const letter = z.object({
  id,
  decisionStepId: id,
  outNumber: z.string(),
  letterDate: localDate,
  addresseeName: z.string(),
  addresseeAddress: z.string(),
  addresseeRole: z.enum(['applicant', 'representative']),
  printed: z.array(printedDocument),
});
export type Letter = z.infer<typeof letter>;

/** One application's path after the talon, and what the signed-in user may do next. */
export const decisionFile = z.object({
  applicationId: id,
  regNumber: z.string(),
  status,
  category: z.enum(['adult', 'child']),
  applicantName: z.string(),
  representativeName: z.string().nullable(),
  acceptedAt: timestamp,
  acceptedBy: z.string(),
  termEnd: localDate,
  daysLeft: z.number().int(),
  termState,
  cancelledAt: timestamp.nullable(),
  cancelledBy: z.string().nullable(),
  cancelReason: z.string().nullable(),
  steps: z.array(step),
  /** The moves the signed-in user may make now (the state machine, by role). */
  moves: z.array(move),
  /** The latest step in force, which a correction would void, if this user may void it. */
  correctable: z.object({ stepId: id, move: z.union([move, z.literal('correction')]) }).nullable(),
  /** The decision in force and its letter (none until one is printed). */
  decision: step.nullable(),
  letter: letter.nullable(),
  returnsForCorrection: z.number().int(),
  /** §7.1 and indicator 1.1: decision and notification both on or before the term's last day. */
  servedInTerm: z.boolean().nullable(),
  /** §17 grounds of the edition the application was accepted under. */
  refusalGrounds: z.array(
    z.object({
      code: z.string(),
      item: z.number().int(),
      text: z.object({ kk: z.string(), ru: z.string() }),
    }),
  ),
});
export type DecisionFile = z.infer<typeof decisionFile>;

export const dueRow = z.object({
  applicationId: id,
  regNumber: z.string(),
  category: z.enum(['adult', 'child']),
  applicantName: z.string(),
  applicantIin: z.string(),
  representativeName: z.string().nullable(),
  status,
  acceptedAt: timestamp,
  termEnd: localDate,
  daysLeft: z.number().int(),
  /** Working days of the office left after today up to the term's last day (0 when overdue). */
  workingDaysLeft: z.number().int(),
  termState,
  /** Printed and waiting for the post or the applicant. */
  letterPrinted: z.boolean(),
});
export type DueRow = z.infer<typeof dueRow>;

export const postDayLetter = z.object({
  letterId: id,
  applicationId: id,
  regNumber: z.string(),
  outNumber: z.string(),
  letterDate: localDate,
  addresseeName: z.string(),
  addresseeAddress: z.string(),
  decision: z.enum(['approved', 'refused']),
  sentDate: localDate,
  stepId: id,
});
export type PostDayLetter = z.infer<typeof postDayLetter>;

/** An answer to a complaint posted the same day (§23): it goes on the same postal register. */
export const postDayComplaintLetter = z.object({
  dispatchId: id,
  complaintId: id,
  journalNumber: z.string(),
  outNumber: z.string(),
  letterDate: localDate,
  addresseeName: z.string(),
  addresseeAddress: z.string(),
  sentDate: localDate,
});

const application = z.object({ applicationId: id }).strict();

export const decisionsChannels = {
  /** The open applications by days left to the §7.1 term: overdue first. */
  'decisions.due': {
    input: z.object({}).strict(),
    output: z.object({ today: localDate, rows: z.array(dueRow) }),
  },
  'decisions.file': { input: application, output: decisionFile },
  /** The clerk passes the file to the head (or the deputy) for a decision. */
  'decisions.startReview': {
    input: z.object({ applicationId: id, note: optionalNote, ...basisFields }).strict(),
    output: decisionFile,
  },
  /** The head sends it back with the reason (indicator 2.2 counts these). */
  'decisions.returnForCorrection': {
    input: z.object({ applicationId: id, reason: text(500, 'lines'), ...basisFields }).strict(),
    output: decisionFile,
  },
  'decisions.resubmit': {
    input: z.object({ applicationId: id, note: optionalNote, ...basisFields }).strict(),
    output: decisionFile,
  },
  'decisions.approve': {
    input: z
      .object({
        applicationId: id,
        orderNumber: text(60),
        orderDate: officeDate,
        servicesFrom: officeDate,
        socialWorker: text(120),
        serviceUnit: anyText(200)
          .optional()
          .transform((s) => (s ? s : null)),
        note: optionalNote,
      })
      .strict(),
    output: decisionFile,
  },
  /** §17: a ground of the standard and the explanation in words. */
  'decisions.refuse': {
    input: z
      .object({
        applicationId: id,
        orderNumber: text(60),
        orderDate: officeDate,
        ground: text(60),
        explanation: text(1000, 'lines'),
        /** The language the explanation is written in: the letter in it carries it unchanged. */
        explanationLang: lang,
      })
      .strict(),
    output: decisionFile,
  },
  /** §16: the letter handed to the post office (today unless a date is given). */
  'decisions.markSent': {
    input: z
      .object({ applicationId: id, sentDate: officeDate.optional(), note: optionalNote, ...basisFields })
      .strict(),
    output: decisionFile,
  },
  /** §16: handed over in room No. 8 to the consumer who came; §7.3 the queue ticket when there was one. */
  'decisions.handOver': {
    input: z
      .object({
        applicationId: id,
        receivedBy: z.enum(['applicant', 'representative']),
        note: optionalNote,
        queueTicketId: id
          .nullable()
          .optional()
          .transform((t) => t ?? null),
      })
      .strict(),
    output: decisionFile,
  },
  'decisions.close': {
    input: z.object({ applicationId: id, note: optionalNote }).strict(),
    output: decisionFile,
  },
  /** Voids the latest step in force with the reason; the history keeps both. */
  'decisions.correct': {
    input: z.object({ applicationId: id, stepId: id, reason: text(500, 'lines') }).strict(),
    output: decisionFile,
  },
  /** The letters handed to the post office on a day (the postal register's lines). */
  'decisions.postDay': {
    input: z.object({ date: officeDate.optional() }).strict(),
    output: z.object({
      date: localDate,
      letters: z.array(postDayLetter),
      complaintLetters: z.array(postDayComplaintLetter),
      printed: z.array(printedDocument),
    }),
  },
  /** §5, §16: the notification letter of the decision in force (A4, for a DL/C5 window envelope). */
  /**
   * A refusal's letter carries the explanation in its own language (§17): printing it in the
   * other language the first time needs that text (`explanation`), kept with who typed it;
   * without it the answer is `explanation_needed`.
   */
  'decisions.printLetter': {
    input: z
      .object({
        applicationId: id,
        lang: lang.optional(),
        explanation: optionalText(1000, 'lines'),
        /** Issue 13: A5 in large type; omitted, the applicant's remembered wish decides. */
        largePrint: z.boolean().optional(),
      })
      .strict(),
    output: printedDocument,
  },
  'decisions.printPostalRegister': {
    input: z.object({ date: officeDate, lang: lang.optional() }).strict(),
    output: printedDocument,
  },
  /** The day's letters on DL envelopes (one page each) or on a sheet of address labels. */
  'decisions.printEnvelopes': {
    input: z.object({ date: officeDate, lang: lang.optional() }).strict(),
    output: printedDocument,
  },
  'decisions.printAddressLabels': {
    input: z.object({ date: officeDate, lang: lang.optional() }).strict(),
    output: printedDocument,
  },
} as const;

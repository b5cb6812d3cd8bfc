// The walk-in queue (STANDARD.md §7.2, §7.3, §10): tickets, calling, the clerk's board, the
// waiting-room screen and the statistics. Strict order of arrival: no input anywhere takes a
// priority or a booked time (§10: no pre-registration, no expedited service).

import { z } from 'zod';
import { QUEUE_DEFAULTS } from '../standard/office-defaults.ts';
import { id, localDate, officeDate, printedDocument, text, timestamp } from './common.ts';
import { voiceSettings } from './voice.ts';

export const purpose = z.enum(['hand_in', 'collect']);
export const ticketStatus = z.enum([
  'waiting',
  'called',
  'serving',
  'served',
  'no_show',
  'closed',
  'cancelled',
]);
export const waitLevel = z.enum(['ok', 'near', 'breach']);
export const queuePhase = z.enum(['day_off', 'before_open', 'open', 'lunch', 'after_close']);

/** The office's queue preferences (Settings); stored settings written before the queue existed read these defaults. */
export const queueSettings = z.object({
  /** "Did not come" may be recorded after this many calls. */
  noShowAfterCalls: z.number().int().min(1).max(10),
  /** The usual length of a service, minutes, for the estimate until today has its own figures. */
  serviceMinutes: z.object({
    handIn: z.number().int().min(1).max(120),
    collect: z.number().int().min(1).max(120),
  }),
});
export type QueueSettings = z.infer<typeof queueSettings>;
export const queueSettingsWithDefaults = queueSettings.default(() => structuredClone(QUEUE_DEFAULTS));

export const ticket = z.object({
  id,
  number: z.string(),
  purpose,
  status: ticketStatus,
  localDate,
  issuedAt: timestamp,
  callCount: z.number().int(),
  firstCalledAt: timestamp.nullable(),
  lastCalledAt: timestamp.nullable(),
  startedAt: timestamp.nullable(),
  endedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  closeReason: z.enum(['closing_time', 'service_not_ended']).nullable(),
  cancelledAt: timestamp.nullable(),
  cancelReason: z.string().nullable(),
  /** The clerk who called it (the desk it was called to). */
  calledBy: z.string().nullable(),
  /** The application a "collect result" visit was about (finish links it). */
  applicationId: id.nullable(),
  /** Register number(s) of the visit: collected, or accepted at the intake it opened. */
  regNumber: z.string().nullable(),
  /** Intakes of the visit that ended with a missing-documents list. */
  turnedAway: z.number().int(),
  /** §7.2/§7.3 limit in force when it was issued. */
  limitMinutes: z.number().int(),
  /** Reception minutes waited: until the first call, or until now while it still waits. */
  waitMinutes: z.number(),
  level: waitLevel,
  /** From the first call to the end of service. */
  serviceMinutes: z.number().nullable(),
});
export type Ticket = z.infer<typeof ticket>;

const hours = z.object({ open: z.string(), close: z.string(), lunchFrom: z.string(), lunchTo: z.string() });

export const issuedTicket = ticket.extend({
  /** Tickets issued earlier and not yet served, of both purposes (one line, §10). */
  ahead: z.number().int(),
  estimate: z.object({
    minutes: z.number().int(),
    expectedAt: timestamp,
    afterClosing: z.boolean(),
    /** today: from today's service times; usual: from the office's setting (too few today). */
    basis: z.enum(['today', 'usual']),
  }),
});
export type IssuedTicket = z.infer<typeof issuedTicket>;

export const board = z.object({
  now: timestamp,
  today: localDate,
  phase: queuePhase,
  hours,
  dayClosed: z.boolean(),
  room: z.string(),
  limits: z.object({ handIn: z.number(), collect: z.number() }),
  noShowAfterCalls: z.number().int(),
  /** Tickets of earlier days that were still open and were closed just now (never silently). */
  closedNow: z.number().int(),
  /** The ticket this clerk has called or is serving. */
  mine: ticket.nullable(),
  /** Called or at the desk with another clerk. */
  others: z.array(ticket),
  waiting: z.array(ticket),
  done: z.array(ticket),
});
export type Board = z.infer<typeof board>;

export const displayState = z.object({
  now: timestamp,
  /** The office's clock, HH:MM (the screen knows no settings: it has no signed-in clerk). */
  clock: z.string(),
  phase: queuePhase,
  dayClosed: z.boolean(),
  hours,
  /** §10 in words, as the printed papers say it (print/texts.ts workingHoursLine). */
  hoursLine: z.object({ kk: z.string(), ru: z.string() }),
  room: z.string(),
  /** Called or at the desk, the latest call first. */
  calling: z.array(z.object({ number: z.string(), purpose, calledAt: timestamp, calls: z.number().int() })),
  next: z.array(z.object({ number: z.string(), purpose })),
  waiting: z.number().int(),
  /** Grows with every call and recall of the day: the screen chimes when it changes. */
  callSerial: z.number().int(),
  /** What the screen says aloud after the chime (issue 13): the phrases hold no personal data. */
  voice: voiceSettings,
});
export type DisplayState = z.infer<typeof displayState>;

const figures = z.object({
  issued: z.number().int(),
  served: z.number().int(),
  noShows: z.number().int(),
  closedUnserved: z.number().int(),
  cancelled: z.number().int(),
  open: z.number().int(),
  waits: z.number().int(),
  medianWaitMinutes: z.number().nullable(),
  p90WaitMinutes: z.number().nullable(),
  withinLimitShare: z.number().nullable(),
  withinIndicatorShare: z.number().nullable(),
  breaches: z.number().int(),
  medianServiceMinutes: z.number().nullable(),
});

export const queueStats = z.object({
  from: localDate,
  to: localDate,
  limits: z.object({ handIn: z.number(), collect: z.number() }),
  indicatorMinutes: z.number(),
  total: figures,
  byPurpose: z.object({ hand_in: figures, collect: figures }),
  breaches: z.array(
    z.object({
      number: z.string(),
      localDate,
      purpose,
      waitMinutes: z.number(),
      limitMinutes: z.number(),
    }),
  ),
});
export type QueueStats = z.infer<typeof queueStats>;

const ticketRef = z.object({ ticketId: id }).strict();

export const queueChannels = {
  /** A ticket for a purpose, in order of arrival; within working hours only (§10). */
  'queue.issue': { input: z.object({ purpose }).strict(), output: issuedTicket },
  /**
   * The 80 mm ticket, in Kazakh and Russian on one paper; `largePrint` (issue 13), asked for when
   * the ticket is taken — nobody knows who takes it — the A5 sheet in large type instead.
   */
  'queue.printTicket': {
    input: z.object({ ticketId: id, largePrint: z.boolean().optional() }).strict(),
    output: printedDocument,
  },
  /** The clerk's board: who waits and for how long; closes what earlier days left open. */
  'queue.board': { input: z.object({}).strict(), output: board },
  /** The first ticket in order of arrival, to this clerk; the same one again if it is already theirs. */
  'queue.callNext': {
    input: z.object({}).strict(),
    output: z.object({ ticket: ticket.nullable(), alreadyCalled: z.boolean() }),
  },
  'queue.recall': { input: ticketRef, output: ticket },
  /** "Did not come" after the office's number of calls. */
  'queue.noShow': { input: ticketRef, output: ticket },
  /** The visitor came to the desk: service starts. */
  'queue.start': { input: ticketRef, output: ticket },
  /** The end of service; a "collect result" ticket may name the application it was about. */
  'queue.finish': {
    input: z.object({ ticketId: id, applicationId: id.nullable().optional() }).strict(),
    output: ticket,
  },
  /** Issued by mistake: withdrawn with the reason; the row stays. */
  'queue.cancel': { input: z.object({ ticketId: id, reason: text(300) }).strict(), output: ticket },
  /** Closes the day: what still waits is closed with its reason, nothing is dropped. */
  'queue.closeDay': {
    input: z.object({ reason: text(300).optional() }).strict(),
    output: z.object({ closed: z.number().int(), localDate }),
  },
  /** The waiting-room screen: numbers only, no personal data, so it needs no signed-in clerk. */
  'queue.display': { input: z.object({}).strict(), output: displayState },
  'queue.stats': {
    input: z
      .object({ from: officeDate, to: officeDate })
      .strict()
      .refine((r) => r.from <= r.to, { message: 'range_reversed', path: ['to'] }),
    output: queueStats,
  },
  /** The queue visits that led to or were about an application: waits and service times. */
  'queue.forApplication': { input: z.object({ applicationId: id }).strict(), output: z.array(ticket) },
} as const;

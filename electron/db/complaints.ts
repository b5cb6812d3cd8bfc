// The complaint journal (§21–§23): complaints, their attachments and the dispatch of the
// written answer. Also the one function the postal register of letters reads:
// complaintLettersSentOn(db, date).

import type { Db } from './open.ts';
import { readSetting, writeSetting } from './settings.ts';

export type Channel = 'post' | 'email' | 'courier';
export type Addressee = 'head' | 'deputy' | 'regional';
export type AnswerChannel = 'post' | 'email';

export interface NewComplaint {
  journalYear: number;
  receivedAt: string;
  receivedDate: string;
  channel: Channel;
  addressee: Addressee;
  complainantName: string;
  complainantIin: string | null;
  complainantAddress: string | null;
  complainantEmail: string | null;
  complainantPhone: string | null;
  language: 'kk' | 'ru';
  applicationId: number | null;
  employee: string | null;
  summary: string;
  termLength: number;
  termUnit: 'calendar' | 'working';
  termEnd: string;
  standardVersion: string;
  registeredAt: string;
  registeredBy: number;
}

/**
 * Allocates the next journal number of the year inside the caller's transaction: the journal
 * is numbered anew every year, by the year the complaint was received in.
 */
export function insertComplaint(
  db: Db,
  c: NewComplaint,
  numberOf: (year: number, seq: number) => string,
): { id: number; journalNumber: string } {
  const { next } = db
    .prepare('SELECT coalesce(max(journal_seq), 0) + 1 AS next FROM complaints WHERE journal_year = ?')
    .get(c.journalYear) as { next: number };
  const journalNumber = numberOf(c.journalYear, next);
  const id = Number(
    db
      .prepare(
        `INSERT INTO complaints (journal_year, journal_seq, journal_number, received_at, received_date, channel,
           addressee, complainant_name, complainant_iin, complainant_address, complainant_email, complainant_phone,
           language, application_id, employee, summary, term_length, term_unit, term_end, standard_version,
           registered_at, registered_by)
         VALUES (@journalYear, @next, @journalNumber, @receivedAt, @receivedDate, @channel, @addressee,
           @complainantName, @complainantIin, @complainantAddress, @complainantEmail, @complainantPhone, @language,
           @applicationId, @employee, @summary, @termLength, @termUnit, @termEnd, @standardVersion, @registeredAt,
           @registeredBy)`,
      )
      .run({ ...c, next, journalNumber }).lastInsertRowid,
  );
  return { id, journalNumber };
}

export interface ComplaintRecord {
  id: number;
  journalNumber: string;
  receivedAt: string;
  receivedDate: string;
  channel: Channel;
  addressee: Addressee;
  complainantName: string;
  complainantIin: string | null;
  complainantAddress: string | null;
  complainantEmail: string | null;
  complainantPhone: string | null;
  language: 'kk' | 'ru';
  applicationId: number | null;
  applicationRegNumber: string | null;
  applicationApplicant: string | null;
  employee: string | null;
  summary: string;
  termLength: number;
  termUnit: 'calendar' | 'working';
  termEnd: string;
  standardVersion: string;
  registeredAt: string;
  registeredBy: string;
  justified: boolean | null;
  satisfied: boolean | null;
  actionTaken: string | null;
  answerText: string | null;
  answerDate: string | null;
  answerChannel: AnswerChannel | null;
  outgoingNumber: string | null;
  outcomeAt: string | null;
  outcomeBy: string | null;
  /** The role of who recorded the outcome: the letter is signed with that title. */
  outcomeByRole: 'clerk' | 'head' | 'deputy' | 'admin' | null;
  courtDate: string | null;
  courtNote: string | null;
  courtBy: string | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
  sentDate: string | null;
}

const SELECT = `
  SELECT c.id, c.journal_number AS journalNumber, c.received_at AS receivedAt, c.received_date AS receivedDate,
         c.channel, c.addressee, c.complainant_name AS complainantName, c.complainant_iin AS complainantIin,
         c.complainant_address AS complainantAddress, c.complainant_email AS complainantEmail,
         c.complainant_phone AS complainantPhone, c.language, c.application_id AS applicationId,
         a.reg_number AS applicationRegNumber,
         CASE WHEN p.id IS NULL THEN NULL ELSE concat_ws(' ', p.last_name, p.first_name, p.middle_name) END
           AS applicationApplicant,
         c.employee, c.summary, c.term_length AS termLength, c.term_unit AS termUnit, c.term_end AS termEnd,
         c.standard_version AS standardVersion, c.registered_at AS registeredAt, ru.full_name AS registeredBy,
         c.justified, c.satisfied, c.action_taken AS actionTaken, c.answer_text AS answerText,
         c.answer_date AS answerDate, c.answer_channel AS answerChannel, c.outgoing_number AS outgoingNumber,
         c.outcome_at AS outcomeAt, ou.full_name AS outcomeBy, ou.role AS outcomeByRole,
         c.court_date AS courtDate,
         c.court_note AS courtNote, cu.full_name AS courtBy, c.cancelled_at AS cancelledAt,
         xu.full_name AS cancelledBy, c.cancel_reason AS cancelReason, d.sent_date AS sentDate
    FROM complaints c
    JOIN users ru ON ru.id = c.registered_by
    LEFT JOIN users ou ON ou.id = c.outcome_by
    LEFT JOIN users cu ON cu.id = c.court_by
    LEFT JOIN users xu ON xu.id = c.cancelled_by
    LEFT JOIN applications a ON a.id = c.application_id
    LEFT JOIN applicants p ON p.id = a.applicant_id
    LEFT JOIN complaint_dispatches d ON d.complaint_id = c.id`;

type RawRecord = Omit<ComplaintRecord, 'justified' | 'satisfied'> & {
  justified: number | null;
  satisfied: number | null;
};

const bool = (v: number | null) => (v === null ? null : v === 1);
const toRecord = (r: RawRecord): ComplaintRecord => ({
  ...r,
  justified: bool(r.justified),
  satisfied: bool(r.satisfied),
});

export function getComplaint(db: Db, id: number): ComplaintRecord | undefined {
  const r = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as RawRecord | undefined;
  return r && toRecord(r);
}

export interface JournalQuery {
  from?: string | undefined;
  to?: string | undefined;
  status?: 'open' | 'overdue' | 'answered' | 'sent' | 'cancelled' | undefined;
  addressee?: Addressee | undefined;
  channel?: Channel | undefined;
  query?: string | undefined;
  /** newest: the screen; journal: the paper journal's order, by number. */
  order: 'newest' | 'journal';
}

/** The journal filtered by the period of receipt, state, addressee, channel or a search. */
export function searchComplaints(db: Db, q: JournalQuery, today: string): ComplaintRecord[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { today };
  if (q.from) {
    where.push('c.received_date >= @from');
    params.from = q.from;
  }
  if (q.to) {
    where.push('c.received_date <= @to');
    params.to = q.to;
  }
  if (q.addressee) {
    where.push('c.addressee = @addressee');
    params.addressee = q.addressee;
  }
  if (q.channel) {
    where.push('c.channel = @channel');
    params.channel = q.channel;
  }
  const open = 'c.cancelled_at IS NULL AND c.answer_date IS NULL';
  switch (q.status) {
    case 'open':
      where.push(open);
      break;
    case 'overdue':
      where.push(`${open} AND c.term_end < @today`);
      break;
    case 'answered':
      where.push('c.cancelled_at IS NULL AND c.answer_date IS NOT NULL AND d.id IS NULL');
      break;
    case 'sent':
      where.push('c.cancelled_at IS NULL AND d.id IS NOT NULL');
      break;
    case 'cancelled':
      where.push('c.cancelled_at IS NOT NULL');
      break;
    case undefined:
      break;
  }
  const text = q.query?.trim();
  if (text) {
    const escaped = text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
    params.prefix = `${escaped}%`;
    params.like = `%${escaped.toLowerCase()}%`;
    // Names are Kazakh and Russian: fold() (open.ts) lowers Cyrillic, which SQLite's lower() does not.
    where.push(
      `(c.journal_number LIKE @prefix ESCAPE '\\' OR c.complainant_iin LIKE @prefix ESCAPE '\\'
        OR fold(c.complainant_name) LIKE @like ESCAPE '\\')`,
    );
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order =
    q.order === 'journal' ? 'c.journal_year, c.journal_seq' : 'c.received_at DESC, c.journal_seq DESC';
  return (db.prepare(`${SELECT} ${clause} ORDER BY ${order}`).all(params) as RawRecord[]).map(toRecord);
}

/** Complaints waiting for their answer on `today`: all, overdue, and due today. */
export function openComplaintCounts(
  db: Db,
  today: string,
): { open: number; overdue: number; dueToday: number } {
  return db
    .prepare(
      `SELECT count(*) AS open, coalesce(sum(term_end < @today), 0) AS overdue,
              coalesce(sum(term_end = @today), 0) AS dueToday
         FROM complaints WHERE cancelled_at IS NULL AND answer_date IS NULL`,
    )
    .get({ today }) as { open: number; overdue: number; dueToday: number };
}

export interface Outcome {
  justified: boolean;
  satisfied: boolean | null;
  actionTaken: string | null;
  answerText: string;
  answerDate: string;
  answerChannel: AnswerChannel;
  outgoingNumber: string | null;
  at: string;
  by: number;
}

export function setOutcome(db: Db, id: number, o: Outcome): void {
  db.prepare(
    `UPDATE complaints SET justified = @justified, satisfied = @satisfied, action_taken = @actionTaken,
       answer_text = @answerText, answer_date = @answerDate, answer_channel = @answerChannel,
       outgoing_number = @outgoingNumber, outcome_at = @at, outcome_by = @by
     WHERE id = @id`,
  ).run({
    ...o,
    id,
    justified: o.justified ? 1 : 0,
    satisfied: o.satisfied === null ? null : o.satisfied ? 1 : 0,
  });
}

/** The letter's outgoing number, when it is given only as the letter goes out. */
export function setOutgoingNumber(db: Db, id: number, outgoingNumber: string): void {
  db.prepare('UPDATE complaints SET outgoing_number = ? WHERE id = ?').run(outgoingNumber, id);
}

export function setCourt(
  db: Db,
  id: number,
  c: { date: string; note: string; at: string; by: number },
): void {
  db.prepare(
    'UPDATE complaints SET court_date = ?, court_note = ?, court_at = ?, court_by = ? WHERE id = ?',
  ).run(c.date, c.note, c.at, c.by, id);
}

export function cancelComplaint(db: Db, id: number, by: number, at: string, reason: string): void {
  db.prepare('UPDATE complaints SET cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?').run(
    at,
    by,
    reason,
    id,
  );
}

// ── The answer's dispatch ────────────────────────────────────────────────────────────────

export interface Dispatch {
  id: number;
  complaintId: number;
  channel: AnswerChannel;
  sentDate: string;
  addressee: string;
  address: string;
  outgoingNumber: string | null;
  recordedAt: string;
  recordedBy: string;
}

export function insertDispatch(
  db: Db,
  d: Omit<Dispatch, 'id' | 'recordedBy'> & { recordedBy: number },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO complaint_dispatches (complaint_id, channel, sent_date, addressee, address, outgoing_number,
           recorded_at, recorded_by)
         VALUES (@complaintId, @channel, @sentDate, @addressee, @address, @outgoingNumber, @recordedAt, @recordedBy)`,
      )
      .run(d).lastInsertRowid,
  );
}

export function getDispatch(db: Db, complaintId: number): Dispatch | undefined {
  return db
    .prepare(
      `SELECT d.id, d.complaint_id AS complaintId, d.channel, d.sent_date AS sentDate, d.addressee, d.address,
              d.outgoing_number AS outgoingNumber, d.recorded_at AS recordedAt, u.full_name AS recordedBy
         FROM complaint_dispatches d JOIN users u ON u.id = d.recorded_by
        WHERE d.complaint_id = ?`,
    )
    .get(complaintId) as Dispatch | undefined;
}

/** A line of the postal register of letters: one letter handed to the post office. */
export interface PostedLetter {
  /** What kind of letter it is, for the register's "contents" column. */
  kind: 'complaint_answer';
  /** The dispatch row (complaint_dispatches.id): what a register lists to know its lines. */
  dispatchId: number;
  /** The complaint the letter answers (complaints.id) and its journal number. */
  complaintId: number;
  journalNumber: string;
  /** The person the letter is addressed to, and their postal address. */
  addressee: string;
  address: string;
  /** The office's outgoing number of the letter, and the letter's date (the answer's date). */
  outgoingNumber: string;
  letterDate: string;
  /** The local date (YYYY-MM-DD) the letter was handed to the post. */
  sentDate: string;
  /** The language the letter is written in. */
  language: 'kk' | 'ru';
}

/**
 * The answers to complaints sent BY POST on a local date, for the postal register of letters
 * (electron/decisions/postal-register.ts). E-mail answers are not posted and are not listed;
 * cancelled complaints never had a letter sent. Ordered by outgoing number.
 */
export function complaintLettersSentOn(db: Db, date: string): PostedLetter[] {
  return db
    .prepare(
      `SELECT 'complaint_answer' AS kind, d.id AS dispatchId, c.id AS complaintId,
              c.journal_number AS journalNumber, d.addressee, d.address, d.outgoing_number AS outgoingNumber,
              c.answer_date AS letterDate, d.sent_date AS sentDate, c.language
         FROM complaint_dispatches d JOIN complaints c ON c.id = d.complaint_id
        WHERE d.channel = 'post' AND d.sent_date = ? AND c.cancelled_at IS NULL
        ORDER BY d.outgoing_number, d.id`,
    )
    .all(date) as PostedLetter[];
}

// ── Attachments ──────────────────────────────────────────────────────────────────────────

export interface AttachmentRecord {
  id: number;
  complaintId: number;
  fileName: string;
  storedPath: string;
  mimeType: string;
  size: number;
  sha256: string;
  addedAt: string;
  addedBy: string;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawReason: string | null;
}

const ATTACHMENT = `
  SELECT f.id, f.complaint_id AS complaintId, f.file_name AS fileName, f.stored_path AS storedPath,
         f.mime_type AS mimeType, f.size, f.sha256, f.added_at AS addedAt, au.full_name AS addedBy,
         f.withdrawn_at AS withdrawnAt, wu.full_name AS withdrawnBy, f.withdraw_reason AS withdrawReason
    FROM complaint_attachments f
    JOIN users au ON au.id = f.added_by
    LEFT JOIN users wu ON wu.id = f.withdrawn_by`;

/** The row first, with a placeholder path: the file is named after the row's id. */
export function insertAttachment(
  db: Db,
  a: {
    complaintId: number;
    fileName: string;
    storedPath: (id: number) => string;
    mimeType: string;
    size: number;
    sha256: string;
    addedAt: string;
    addedBy: number;
  },
): { id: number; storedPath: string } {
  const id = Number(
    db
      .prepare(
        `INSERT INTO complaint_attachments (complaint_id, file_name, stored_path, mime_type, size, sha256, added_at,
           added_by)
         VALUES (@complaintId, @fileName, 'pending:' || hex(randomblob(8)), @mimeType, @size, @sha256, @addedAt, @addedBy)`,
      )
      .run({
        complaintId: a.complaintId,
        fileName: a.fileName,
        mimeType: a.mimeType,
        size: a.size,
        sha256: a.sha256,
        addedAt: a.addedAt,
        addedBy: a.addedBy,
      }).lastInsertRowid,
  );
  const storedPath = a.storedPath(id);
  db.prepare('UPDATE complaint_attachments SET stored_path = ? WHERE id = ?').run(storedPath, id);
  return { id, storedPath };
}

export function getAttachment(db: Db, id: number): AttachmentRecord | undefined {
  return db.prepare(`${ATTACHMENT} WHERE f.id = ?`).get(id) as AttachmentRecord | undefined;
}

export function listAttachments(db: Db, complaintId: number): AttachmentRecord[] {
  return db
    .prepare(`${ATTACHMENT} WHERE f.complaint_id = ? ORDER BY f.id`)
    .all(complaintId) as AttachmentRecord[];
}

export function withdrawAttachment(db: Db, id: number, by: number, at: string, reason: string): void {
  db.prepare(
    'UPDATE complaint_attachments SET withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ? WHERE id = ?',
  ).run(at, by, reason, id);
}

// ── Indicators and settings ──────────────────────────────────────────────────────────────

/** What indicators 4.1 and 4.2 read of every complaint answered in a period (and the rest). */
export function complaintFactsAnsweredIn(
  db: Db,
  from: string,
  to: string,
): {
  termEnd: string;
  cancelled: boolean;
  justified: boolean | null;
  satisfied: boolean | null;
  answerDate: string | null;
}[] {
  return (
    db
      .prepare(
        `SELECT term_end AS termEnd, cancelled_at IS NOT NULL AS cancelled, justified, satisfied,
                answer_date AS answerDate
           FROM complaints WHERE answer_date BETWEEN ? AND ?`,
      )
      .all(from, to) as {
      termEnd: string;
      cancelled: number;
      justified: number | null;
      satisfied: number | null;
      answerDate: string | null;
    }[]
  ).map((r) => ({
    ...r,
    cancelled: r.cancelled === 1,
    justified: bool(r.justified),
    satisfied: bool(r.satisfied),
  }));
}

/** Indicator 4.1's denominator: applications accepted in the period and not cancelled. */
export function applicationsServedIn(db: Db, from: string, to: string): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM applications
          WHERE accepted_date BETWEEN ? AND ? AND cancelled_at IS NULL`,
      )
      .get(from, to) as { n: number }
  ).n;
}

const SETTINGS_KEY = 'complaints';

export interface ComplaintSettings {
  reviewTermDays: number;
}

export function readComplaintSettings(db: Db): ComplaintSettings | undefined {
  const v = readSetting(db, SETTINGS_KEY) as Partial<ComplaintSettings> | undefined;
  return v && Number.isInteger(v.reviewTermDays) && (v.reviewTermDays as number) > 0
    ? { reviewTermDays: v.reviewTermDays as number }
    : undefined;
}

export function writeComplaintSettings(db: Db, s: ComplaintSettings, at: string, by: number | null): void {
  writeSetting(db, SETTINGS_KEY, s, at, by);
}

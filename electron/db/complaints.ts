// The complaint journal (§21–§23): the journal's rows — numbering, the outcome, a court note,
// cancelling. Beside it, one file a concern: the answer's dispatch and the postal register's
// view of it (complaint-dispatches.ts), the scanned letters (complaint-attachments.ts), the
// review-term setting (complaint-settings.ts) and the facts of indicators 4.1 and 4.2
// (complaint-indicators.ts).

import type { DeskRole } from '../../shared/domain/application-states.ts';
import type { AnswerChannel, ComplaintAddressee, ComplaintChannel } from '../../shared/domain/complaint.ts';
import { foldName } from '../../shared/domain/fold-name.ts';
import { type PostalAddress, partsFromJson, partsToJson } from '../../shared/domain/postal-address.ts';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export interface NewComplaint {
  journalYear: number;
  receivedAt: string;
  receivedDate: string;
  channel: ComplaintChannel;
  addressee: ComplaintAddressee;
  complainantName: string;
  complainantIin: string | null;
  complainantAddress: string | null;
  /** The parts of the postal address; null for one typed as free text (migration 0011). */
  complainantPostalAddress: PostalAddress | null;
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
  const { next } = prepared(
    db,
    'SELECT coalesce(max(journal_seq), 0) + 1 AS next FROM complaints WHERE journal_year = ?',
  ).get(c.journalYear) as { next: number };
  const journalNumber = numberOf(c.journalYear, next);
  const id = Number(
    prepared(
      db,
      `INSERT INTO complaints (journal_year, journal_seq, journal_number, received_at, received_date, channel,
         addressee, complainant_name, complainant_iin, complainant_address, complainant_postal_address,
         complainant_email, complainant_phone,
         language, application_id, employee, summary, term_length, term_unit, term_end, standard_version,
         registered_at, registered_by)
       VALUES (@journalYear, @next, @journalNumber, @receivedAt, @receivedDate, @channel, @addressee,
         @complainantName, @complainantIin, @complainantAddress, @parts, @complainantEmail, @complainantPhone,
         @language, @applicationId, @employee, @summary, @termLength, @termUnit, @termEnd, @standardVersion,
         @registeredAt, @registeredBy)`,
    ).run({ ...c, parts: partsToJson(c.complainantPostalAddress), next, journalNumber }).lastInsertRowid,
  );
  return { id, journalNumber };
}

export interface ComplaintRecord {
  id: number;
  journalNumber: string;
  receivedAt: string;
  receivedDate: string;
  channel: ComplaintChannel;
  addressee: ComplaintAddressee;
  complainantName: string;
  complainantIin: string | null;
  complainantAddress: string | null;
  complainantPostalAddress: PostalAddress | null;
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
  outcomeByRole: DeskRole | null;
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
         c.complainant_address AS complainantAddress, c.complainant_postal_address AS complainantPostalAddress,
         c.complainant_email AS complainantEmail,
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

type RawRecord = Omit<ComplaintRecord, 'justified' | 'satisfied' | 'complainantPostalAddress'> & {
  justified: number | null;
  satisfied: number | null;
  complainantPostalAddress: string | null;
};

/** The journal's yes/no columns (justified, satisfied): 1, 0, or NULL while not recorded. */
export const yesNo = (v: number | null): boolean | null => (v === null ? null : v === 1);

const toRecord = (r: RawRecord): ComplaintRecord => ({
  ...r,
  justified: yesNo(r.justified),
  satisfied: yesNo(r.satisfied),
  complainantPostalAddress: partsFromJson(r.complainantPostalAddress),
});

export function getComplaint(db: Db, id: number): ComplaintRecord | undefined {
  const r = prepared(db, `${SELECT} WHERE c.id = ?`).get(id) as RawRecord | undefined;
  return r && toRecord(r);
}

export interface JournalQuery {
  from?: string | undefined;
  to?: string | undefined;
  status?: 'open' | 'overdue' | 'answered' | 'sent' | 'cancelled' | undefined;
  addressee?: ComplaintAddressee | undefined;
  channel?: ComplaintChannel | undefined;
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
    params.like = `%${foldName(text).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    // Names are Kazakh and Russian: fold() (open.ts) lowers Cyrillic, which SQLite's lower() does
    // not, and reads a Kazakh name as its Russian spelling (shared/domain/fold-name.ts) — the
    // query is folded the same way.
    where.push(
      `(c.journal_number LIKE @prefix ESCAPE '\\' OR c.complainant_iin LIKE @prefix ESCAPE '\\'
        OR fold(c.complainant_name) LIKE @like ESCAPE '\\')`,
    );
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order =
    q.order === 'journal' ? 'c.journal_year, c.journal_seq' : 'c.received_at DESC, c.journal_seq DESC';
  // The filters combine into a few dozen texts at most: each is prepared once, like any other.
  return (prepared(db, `${SELECT} ${clause} ORDER BY ${order}`).all(params) as RawRecord[]).map(toRecord);
}

/** Complaints waiting for their answer on `today`: all, overdue, and due today. */
export function openComplaintCounts(
  db: Db,
  today: string,
): { open: number; overdue: number; dueToday: number } {
  return prepared(
    db,
    `SELECT count(*) AS open, coalesce(sum(term_end < @today), 0) AS overdue,
            coalesce(sum(term_end = @today), 0) AS dueToday
       FROM complaints WHERE cancelled_at IS NULL AND answer_date IS NULL`,
  ).get({ today }) as { open: number; overdue: number; dueToday: number };
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
  prepared(
    db,
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
  prepared(db, 'UPDATE complaints SET outgoing_number = ? WHERE id = ?').run(outgoingNumber, id);
}

export function setCourt(
  db: Db,
  id: number,
  c: { date: string; note: string; at: string; by: number },
): void {
  prepared(
    db,
    'UPDATE complaints SET court_date = ?, court_note = ?, court_at = ?, court_by = ? WHERE id = ?',
  ).run(c.date, c.note, c.at, c.by, id);
}

export function cancelComplaint(db: Db, id: number, by: number, at: string, reason: string): void {
  prepared(
    db,
    'UPDATE complaints SET cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?',
  ).run(at, by, reason, id);
}

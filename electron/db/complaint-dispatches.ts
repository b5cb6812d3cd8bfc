// The dispatch of a complaint's written answer (§23): one row when the letter goes out, by post
// or by e-mail. Also the one function the postal register of letters reads:
// complaintLettersSentOn(db, date).

import type { AnswerChannel } from '../../shared/domain/complaint.ts';
import { type PostalAddress, partsFromJson, partsToJson } from '../../shared/domain/postal-address.ts';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

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

/** `postalAddress`: the parts the letter was addressed with (null: free text, or an e-mail). */
export function insertDispatch(
  db: Db,
  d: Omit<Dispatch, 'id' | 'recordedBy'> & { recordedBy: number; postalAddress: PostalAddress | null },
): number {
  return Number(
    prepared(
      db,
      `INSERT INTO complaint_dispatches (complaint_id, channel, sent_date, addressee, address, postal_address,
         outgoing_number, recorded_at, recorded_by)
       VALUES (@complaintId, @channel, @sentDate, @addressee, @address, @parts, @outgoingNumber, @recordedAt,
         @recordedBy)`,
    ).run({ ...d, parts: partsToJson(d.postalAddress) }).lastInsertRowid,
  );
}

export function getDispatch(db: Db, complaintId: number): Dispatch | undefined {
  return prepared(
    db,
    `SELECT d.id, d.complaint_id AS complaintId, d.channel, d.sent_date AS sentDate, d.addressee, d.address,
            d.outgoing_number AS outgoingNumber, d.recorded_at AS recordedAt, u.full_name AS recordedBy
       FROM complaint_dispatches d JOIN users u ON u.id = d.recorded_by
      WHERE d.complaint_id = ?`,
  ).get(complaintId) as Dispatch | undefined;
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
  /** The address's parts as posted; null for a free-text address. */
  postalAddress: PostalAddress | null;
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
  const rows = prepared(
    db,
    `SELECT 'complaint_answer' AS kind, d.id AS dispatchId, c.id AS complaintId,
            c.journal_number AS journalNumber, d.addressee, d.address, d.postal_address AS postalAddress,
            d.outgoing_number AS outgoingNumber,
            c.answer_date AS letterDate, d.sent_date AS sentDate, c.language
       FROM complaint_dispatches d JOIN complaints c ON c.id = d.complaint_id
      WHERE d.channel = 'post' AND d.sent_date = ? AND c.cancelled_at IS NULL
      ORDER BY d.outgoing_number, d.id`,
  ).all(date) as (Omit<PostedLetter, 'postalAddress'> & { postalAddress: string | null })[];
  return rows.map((r) => ({ ...r, postalAddress: partsFromJson(r.postalAddress) }));
}

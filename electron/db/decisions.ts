// The steps of an application after the talon, its notification letters and the postal
// registers (migration 0003). Steps are only ever inserted: the triggers refuse an UPDATE or a
// DELETE, and a correction is a new step that names the one it voids.

import type { ApplicationStatus, DeskRole, Move } from '../../shared/domain/application-states.ts';
import { OPEN_STATUSES } from '../../shared/domain/application-states.ts';
import { type PostalAddress, partsFromJson, partsToJson } from '../../shared/domain/postal-address.ts';
import type { Db } from './open.ts';
import { writeSearchEntry } from './search-index.ts';
import { prepared } from './statements.ts';

export type StepMove = Move | 'correction';

export interface NewStep {
  applicationId: number;
  move: StepMove;
  fromStatus: ApplicationStatus;
  toStatus: ApplicationStatus;
  at: string;
  localDate: string;
  byUser: number;
  byRole: DeskRole;
  basisNumber?: string | null;
  basisDate?: string | null;
  note?: string | null;
  reason?: string | null;
  servicesFrom?: string | null;
  socialWorker?: string | null;
  serviceUnit?: string | null;
  refusalGround?: string | null;
  explanation?: string | null;
  explanationLang?: 'kk' | 'ru' | null;
  letterId?: number | null;
  sentDate?: string | null;
  receivedBy?: 'applicant' | 'representative' | null;
  queueTicketId?: number | null;
  correctsStepId?: number | null;
}

export function insertStep(db: Db, s: NewStep): number {
  return Number(
    prepared(
      db,
      `INSERT INTO application_steps (application_id, move, from_status, to_status, at, local_date, by_user, by_role,
           basis_number, basis_date, note, reason, services_from, social_worker, service_unit, refusal_ground,
           explanation, explanation_lang, letter_id, sent_date, received_by, queue_ticket_id, corrects_step_id)
         VALUES (@applicationId, @move, @fromStatus, @toStatus, @at, @localDate, @byUser, @byRole,
           @basisNumber, @basisDate, @note, @reason, @servicesFrom, @socialWorker, @serviceUnit, @refusalGround,
           @explanation, @explanationLang, @letterId, @sentDate, @receivedBy, @queueTicketId, @correctsStepId)`,
    ).run({
      basisNumber: null,
      basisDate: null,
      note: null,
      reason: null,
      servicesFrom: null,
      socialWorker: null,
      serviceUnit: null,
      refusalGround: null,
      explanation: null,
      explanationLang: null,
      letterId: null,
      sentDate: null,
      receivedBy: null,
      queueTicketId: null,
      correctsStepId: null,
      ...s,
    }).lastInsertRowid,
  );
}

export interface StepRow {
  id: number;
  applicationId: number;
  move: StepMove;
  fromStatus: ApplicationStatus;
  toStatus: ApplicationStatus;
  at: string;
  localDate: string;
  byUser: number;
  byName: string;
  byRole: DeskRole;
  basisNumber: string | null;
  basisDate: string | null;
  note: string | null;
  reason: string | null;
  servicesFrom: string | null;
  socialWorker: string | null;
  serviceUnit: string | null;
  refusalGround: string | null;
  explanation: string | null;
  explanationLang: 'kk' | 'ru' | null;
  letterId: number | null;
  sentDate: string | null;
  receivedBy: 'applicant' | 'representative' | null;
  queueTicketId: number | null;
  correctsStepId: number | null;
  voidedBy: number | null;
  voidReason: string | null;
}

const STEP_SELECT = `
  SELECT s.id, s.application_id AS applicationId, s.move, s.from_status AS fromStatus, s.to_status AS toStatus,
         s.at, s.local_date AS localDate, s.by_user AS byUser, u.full_name AS byName, s.by_role AS byRole,
         s.basis_number AS basisNumber, s.basis_date AS basisDate, s.note, s.reason,
         s.services_from AS servicesFrom, s.social_worker AS socialWorker, s.service_unit AS serviceUnit,
         s.refusal_ground AS refusalGround, s.explanation, s.explanation_lang AS explanationLang,
         s.letter_id AS letterId, s.sent_date AS sentDate,
         s.received_by AS receivedBy, s.queue_ticket_id AS queueTicketId, s.corrects_step_id AS correctsStepId,
         c.id AS voidedBy, c.reason AS voidReason
    FROM application_steps s
    JOIN users u ON u.id = s.by_user
    LEFT JOIN application_steps c ON c.corrects_step_id = s.id`;

/** The whole history of one application, oldest first, each step with the correction that voided it. */
export function listSteps(db: Db, applicationId: number): StepRow[] {
  return prepared(db, `${STEP_SELECT} WHERE s.application_id = ? ORDER BY s.id`).all(
    applicationId,
  ) as StepRow[];
}

export function getStep(db: Db, id: number): StepRow | undefined {
  return prepared(db, `${STEP_SELECT} WHERE s.id = ?`).get(id) as StepRow | undefined;
}

export function setApplicationStatus(db: Db, applicationId: number, status: ApplicationStatus): void {
  prepared(db, 'UPDATE applications SET status = ? WHERE id = ?').run(status, applicationId);
  // The search's index holds the status (search-index.ts).
  writeSearchEntry(db, applicationId, true);
}

export interface LetterRow {
  id: number;
  applicationId: number;
  decisionStepId: number;
  outYear: number;
  outSeq: number;
  outNumber: string;
  letterDate: string;
  addresseeName: string;
  addresseeAddress: string;
  /** The parts of the address as numbered; null for a free-text address (migration 0011). */
  addresseePostalAddress: PostalAddress | null;
  addresseeRole: 'applicant' | 'representative';
  createdAt: string;
  createdBy: number;
}

const LETTER_SELECT = `
  SELECT id, application_id AS applicationId, decision_step_id AS decisionStepId, out_year AS outYear,
         out_seq AS outSeq, out_number AS outNumber, letter_date AS letterDate, addressee_name AS addresseeName,
         addressee_address AS addresseeAddress, addressee_postal_address AS addresseePostalAddress,
         addressee_role AS addresseeRole, created_at AS createdAt, created_by AS createdBy
    FROM letters`;

function letterOf(row: unknown): LetterRow | undefined {
  if (!row) return undefined;
  const r = row as Omit<LetterRow, 'addresseePostalAddress'> & { addresseePostalAddress: string | null };
  return { ...r, addresseePostalAddress: partsFromJson(r.addresseePostalAddress) };
}

export function letterOfDecision(db: Db, decisionStepId: number): LetterRow | undefined {
  return letterOf(prepared(db, `${LETTER_SELECT} WHERE decision_step_id = ?`).get(decisionStepId));
}

export function getLetter(db: Db, id: number): LetterRow | undefined {
  return letterOf(prepared(db, `${LETTER_SELECT} WHERE id = ?`).get(id));
}

export interface NewLetter {
  applicationId: number;
  decisionStepId: number;
  year: number;
  prefix: string;
  letterDate: string;
  addresseeName: string;
  addresseeAddress: string;
  addresseePostalAddress: PostalAddress | null;
  addresseeRole: 'applicant' | 'representative';
  createdAt: string;
  createdBy: number;
}

/** Gives the next outgoing number of the year inside the caller's transaction. */
export function insertLetter(db: Db, l: NewLetter): number {
  const { next } = prepared(
    db,
    'SELECT coalesce(max(out_seq), 0) + 1 AS next FROM letters WHERE out_year = ?',
  ).get(l.year) as { next: number };
  return Number(
    prepared(
      db,
      `INSERT INTO letters (application_id, decision_step_id, out_year, out_seq, out_number, letter_date,
           addressee_name, addressee_address, addressee_postal_address, addressee_role, created_at, created_by)
         VALUES (@applicationId, @decisionStepId, @year, @next, @outNumber, @letterDate, @addresseeName,
           @addresseeAddress, @parts, @addresseeRole, @createdAt, @createdBy)`,
    ).run({ ...l, parts: partsToJson(l.addresseePostalAddress), next, outNumber: `${l.prefix}${next}` })
      .lastInsertRowid,
  );
}

export interface PostDayRow {
  letterId: number;
  applicationId: number;
  regNumber: string;
  outNumber: string;
  letterDate: string;
  addresseeName: string;
  addresseeAddress: string;
  addresseePostalAddress: PostalAddress | null;
  decision: 'approved' | 'refused';
  sentDate: string;
  stepId: number;
}

/** §16: the letters handed to the post office on a day, by steps still in force, in sending order. */
export function lettersSentOn(db: Db, date: string): PostDayRow[] {
  const rows = prepared(
    db,
    `SELECT l.id AS letterId, a.id AS applicationId, a.reg_number AS regNumber, l.out_number AS outNumber,
              l.letter_date AS letterDate, l.addressee_name AS addresseeName,
              l.addressee_address AS addresseeAddress, l.addressee_postal_address AS addresseePostalAddress,
              CASE d.move WHEN 'approve' THEN 'approved' ELSE 'refused' END AS decision,
              s.sent_date AS sentDate, s.id AS stepId
         FROM application_steps s
         JOIN letters l ON l.id = s.letter_id
         JOIN application_steps d ON d.id = l.decision_step_id
         JOIN applications a ON a.id = s.application_id
        WHERE s.move = 'send_by_post' AND s.sent_date = ?
          AND NOT EXISTS (SELECT 1 FROM application_steps c WHERE c.corrects_step_id = s.id)
        ORDER BY s.id`,
  ).all(date) as (Omit<PostDayRow, 'addresseePostalAddress'> & { addresseePostalAddress: string | null })[];
  return rows.map((r) => ({ ...r, addresseePostalAddress: partsFromJson(r.addresseePostalAddress) }));
}

/** The register of a day's letters, found by its exact lists or made now. */
export function postalRegisterFor(
  db: Db,
  r: {
    sentDate: string;
    letterIds: readonly number[];
    complaintDispatchIds: readonly number[];
    at: string;
    by: number;
  },
): { id: number; created: boolean } {
  const sorted = (xs: readonly number[]) => JSON.stringify([...xs].sort((a, b) => a - b));
  const ids = sorted(r.letterIds);
  const dispatches = sorted(r.complaintDispatchIds);
  const found = prepared(
    db,
    'SELECT id FROM postal_registers WHERE sent_date = ? AND letter_ids = ? AND complaint_dispatch_ids = ?',
  ).get(r.sentDate, ids, dispatches) as { id: number } | undefined;
  if (found) return { id: found.id, created: false };
  const id = Number(
    prepared(
      db,
      `INSERT INTO postal_registers (sent_date, letter_ids, complaint_dispatch_ids, created_at, created_by)
         VALUES (?, ?, ?, ?, ?)`,
    ).run(r.sentDate, ids, dispatches, r.at, r.by).lastInsertRowid,
  );
  return { id, created: true };
}

export function postalRegistersOn(db: Db, sentDate: string): number[] {
  return (
    prepared(db, 'SELECT id FROM postal_registers WHERE sent_date = ? ORDER BY id').all(sentDate) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

export interface DueRecord {
  applicationId: number;
  regNumber: string;
  category: 'adult' | 'child';
  applicantName: string;
  applicantIin: string;
  representativeName: string | null;
  status: ApplicationStatus;
  acceptedAt: string;
  termEnd: string;
  letterPrinted: number;
}

/** Every application not yet notified (§7.1: the term runs until the letter is in hand), soonest term first. */
export function openApplications(db: Db): DueRecord[] {
  const placeholders = OPEN_STATUSES.map(() => '?').join(', ');
  return prepared(
    db,
    `SELECT a.id AS applicationId, a.reg_number AS regNumber, a.category, a.status, a.accepted_at AS acceptedAt,
              a.term_end AS termEnd, p.iin AS applicantIin,
              concat_ws(' ', p.last_name, p.first_name, p.middle_name) AS applicantName,
              CASE WHEN r.id IS NULL THEN NULL ELSE concat_ws(' ', r.last_name, r.first_name, r.middle_name) END
                AS representativeName,
              EXISTS (SELECT 1 FROM letters l JOIN printed_documents d ON d.entity = 'letter' AND d.entity_id = l.id
                       WHERE l.application_id = a.id
                         AND l.decision_step_id = (SELECT max(s.id) FROM application_steps s
                              WHERE s.application_id = a.id AND s.move IN ('approve', 'refuse')
                                AND NOT EXISTS (SELECT 1 FROM application_steps c WHERE c.corrects_step_id = s.id)))
                AS letterPrinted
         FROM applications a
         JOIN applicants p ON p.id = a.applicant_id
         LEFT JOIN representatives r ON r.id = a.representative_id
        WHERE a.status IN (${placeholders})
        ORDER BY a.term_end, a.accepted_at, a.id`,
  ).all(...OPEN_STATUSES) as DueRecord[];
}

export interface OutcomeRow {
  decision: 'approved' | 'refused' | null;
  decidedOn: string | null;
  notifiedHow: 'post' | 'in_person' | null;
  notifiedOn: string | null;
  returnsForCorrection: number;
  servedInTerm: number | null;
}

/** One application's line of the application_outcomes view (what indicators 1.1 and 2.2 read). */
export function outcomeOf(db: Db, applicationId: number): OutcomeRow {
  return prepared(
    db,
    `SELECT decision, decided_on AS decidedOn, notified_how AS notifiedHow, notified_on AS notifiedOn,
              returns_for_correction AS returnsForCorrection, served_in_term AS servedInTerm
         FROM application_outcomes WHERE application_id = ?`,
  ).get(applicationId) as OutcomeRow;
}

export interface CancelRecord {
  cancelledAt: string | null;
  cancelledBy: string | null;
}

export function cancellationOf(db: Db, applicationId: number): CancelRecord {
  return prepared(
    db,
    `SELECT a.cancelled_at AS cancelledAt, u.full_name AS cancelledBy
         FROM applications a LEFT JOIN users u ON u.id = a.cancelled_by WHERE a.id = ?`,
  ).get(applicationId) as CancelRecord;
}

/** A refusal's explanation in the other language, typed when its letter was first printed in it. */
export function refusalExplanation(db: Db, decisionStepId: number, lang: 'kk' | 'ru'): string | undefined {
  const row = db
    .prepare('SELECT explanation FROM refusal_explanations WHERE decision_step_id = ? AND lang = ?')
    .get(decisionStepId, lang) as { explanation: string } | undefined;
  return row?.explanation;
}

export function insertRefusalExplanation(
  db: Db,
  e: { decisionStepId: number; lang: 'kk' | 'ru'; explanation: string; at: string; by: number },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO refusal_explanations (decision_step_id, lang, explanation, recorded_at, recorded_by)
         VALUES (@decisionStepId, @lang, @explanation, @at, @by)`,
      )
      .run(e).lastInsertRowid,
  );
}

// The register of printed documents; the files themselves live in <data dir>/documents.

import type { PrintedDocument } from '../../shared/contract/common.ts';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export interface NewPrintedDocument {
  kind: string;
  entity: string;
  entityId: number | null;
  lang: 'kk' | 'ru';
  layout: string;
  pages: number;
  fileName: string;
  sha256: string;
  copy: boolean;
  printedAt: string;
  printedBy: number;
}

export function insertPrintedDocument(db: Db, d: NewPrintedDocument): number {
  return Number(
    prepared(
      db,
      `INSERT INTO printed_documents (kind, entity, entity_id, lang, layout, pages, file_name, sha256, copy,
           printed_at, printed_by)
         VALUES (@kind, @entity, @entityId, @lang, @layout, @pages, @fileName, @sha256, @copy, @printedAt, @printedBy)`,
    ).run({ ...d, copy: d.copy ? 1 : 0 }).lastInsertRowid,
  );
}

/** The file is named after the row's id (documents/<YYYY>/<id>-<kind>.pdf), known only after the insert. */
export function setPrintedDocumentFile(db: Db, id: number, fileName: string): void {
  prepared(db, 'UPDATE printed_documents SET file_name = ? WHERE id = ?').run(fileName, id);
}

const SELECT = `SELECT id, kind, file_name AS fileName, lang, layout, pages, copy, printed_at AS printedAt
  FROM printed_documents`;

type Row = Omit<PrintedDocument, 'copy'> & { copy: number };
const toDoc = (r: Row): PrintedDocument => ({ ...r, copy: r.copy === 1 });

export function getPrintedDocument(db: Db, id: number): PrintedDocument | undefined {
  const r = prepared(db, `${SELECT} WHERE id = ?`).get(id) as Row | undefined;
  return r && toDoc(r);
}

/** What a kept paper is about (an application, a letter, the journal…), for the log of who opened it. */
export function printedDocumentSubject(
  db: Db,
  id: number,
): { entity: string; entityId: number | null } | undefined {
  return prepared(db, 'SELECT entity, entity_id AS entityId FROM printed_documents WHERE id = ?').get(id) as
    | { entity: string; entityId: number | null }
    | undefined;
}

export function listPrintedDocuments(db: Db, entity: string, entityId: number): PrintedDocument[] {
  return (
    prepared(db, `${SELECT} WHERE entity = ? AND entity_id = ? ORDER BY id`).all(entity, entityId) as Row[]
  ).map(toDoc);
}

/**
 * How many times a document was printed for an entity; with `lang`, in that language only — a
 * copy is a second print of the same paper in the same language (a ru letter after the kk one is
 * the first ru paper, not a copy of the kk one).
 */
export function countPrinted(
  db: Db,
  kind: string,
  entity: string,
  entityId: number,
  lang?: 'kk' | 'ru',
): number {
  const sql = 'SELECT count(*) AS n FROM printed_documents WHERE kind = ? AND entity = ? AND entity_id = ?';
  const row =
    lang === undefined
      ? prepared(db, sql).get(kind, entity, entityId)
      : prepared(db, `${sql} AND lang = ?`).get(kind, entity, entityId, lang);
  return (row as { n: number }).n;
}

/**
 * §15, §23: the papers promised and never printed — an application accepted (not cancelled)
 * without its talon, a complaint registered (not cancelled) without its tear-off talon, a
 * turned-away visit without its list of what is missing. Oldest first. An application's talon
 * and a visit's list are found by the partial indexes of those still owed (migration 0015: a
 * trigger marks the row when its paper is printed); complaints are few and looked up each.
 */
export interface UnprintedPapers {
  talons: { applicationId: number; regNumber: string; applicantName: string; at: string }[];
  complaintTalons: { complaintId: number; journalNumber: string; complainantName: string; at: string }[];
  missingLists: { attemptId: number; applicantName: string; at: string }[];
}

const APPLICANT_NAME = "ap.last_name || ' ' || ap.first_name || coalesce(' ' || ap.middle_name, '')";

export function unprintedPapers(db: Db, limit: number): UnprintedPapers {
  return {
    talons: prepared(
      db,
      `SELECT a.id AS applicationId, a.reg_number AS regNumber, ${APPLICANT_NAME} AS applicantName,
           a.accepted_at AS at
         FROM applications a JOIN applicants ap ON ap.id = a.applicant_id
         WHERE a.talon_printed = 0 AND a.status <> 'cancelled'
         ORDER BY a.id LIMIT ?`,
    ).all(limit) as UnprintedPapers['talons'],
    complaintTalons: prepared(
      db,
      `SELECT c.id AS complaintId, c.journal_number AS journalNumber, c.complainant_name AS complainantName,
           c.registered_at AS at
         FROM complaints c
         WHERE c.cancelled_at IS NULL AND NOT EXISTS (SELECT 1 FROM printed_documents p
           WHERE p.entity = 'complaint' AND p.entity_id = c.id AND p.kind = 'complaint_talon')
         ORDER BY c.id LIMIT ?`,
    ).all(limit) as UnprintedPapers['complaintTalons'],
    missingLists: prepared(
      db,
      `SELECT t.id AS attemptId, ${APPLICANT_NAME} AS applicantName, t.at AS at
         FROM intake_attempts t JOIN applicants ap ON ap.id = t.applicant_id
         WHERE t.outcome = 'turned_away' AND t.missing_list_printed = 0
         ORDER BY t.id LIMIT ?`,
    ).all(limit) as UnprintedPapers['missingLists'],
  };
}

// Applications and their §12 checklists.

import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export interface NewApplication {
  regYear: number;
  applicantId: number;
  representativeId: number | null;
  relation: string | null;
  authorityDocument: string | null;
  category: 'adult' | 'child';
  standardVersion: string;
  acceptedAt: string;
  acceptedDate: string;
  termEnd: string;
  acceptedBy: number;
  attemptId: number;
}

/** Allocates the next register number of the year inside the caller's transaction. */
export function insertApplication(db: Db, a: NewApplication): { id: number; regNumber: string } {
  const { next } = prepared(
    db,
    'SELECT coalesce(max(reg_seq), 0) + 1 AS next FROM applications WHERE reg_year = ?',
  ).get(a.regYear) as { next: number };
  const regNumber = `${a.regYear}-${String(next).padStart(4, '0')}`;
  const id = Number(
    prepared(
      db,
      `INSERT INTO applications (reg_year, reg_seq, reg_number, applicant_id, representative_id, relation,
           authority_document, category, status, standard_version, accepted_at, accepted_date, term_end,
           accepted_by, attempt_id)
         VALUES (@regYear, @next, @regNumber, @applicantId, @representativeId, @relation, @authorityDocument,
           @category, 'accepted', @standardVersion, @acceptedAt, @acceptedDate, @termEnd, @acceptedBy, @attemptId)`,
    ).run({ ...a, next, regNumber }).lastInsertRowid,
  );
  return { id, regNumber };
}

export interface DocumentRow {
  code: string;
  originalSeenReturned: boolean;
  copyReceived: boolean;
}

export function insertDocuments(db: Db, applicationId: number, docs: readonly DocumentRow[]): void {
  const stmt = prepared(
    db,
    `INSERT INTO application_documents (application_id, doc_code, original_seen_returned, copy_received)
     VALUES (?, ?, ?, ?)`,
  );
  for (const d of docs)
    stmt.run(applicationId, d.code, d.originalSeenReturned ? 1 : 0, d.copyReceived ? 1 : 0);
}

export function listDocuments(db: Db, applicationId: number): DocumentRow[] {
  return (
    prepared(
      db,
      `SELECT doc_code AS code, original_seen_returned AS o, copy_received AS c
           FROM application_documents WHERE application_id = ?`,
    ).all(applicationId) as { code: string; o: number; c: number }[]
  ).map((r) => ({ code: r.code, originalSeenReturned: r.o === 1, copyReceived: r.c === 1 }));
}

export interface ApplicationRecord {
  id: number;
  regNumber: string;
  applicantId: number;
  representativeId: number | null;
  relation: string | null;
  authorityDocument: string | null;
  category: 'adult' | 'child';
  status: string;
  standardVersion: string;
  acceptedAt: string;
  acceptedDate: string;
  termEnd: string;
  acceptedBy: string;
  cancelledAt: string | null;
  cancelReason: string | null;
  applicantName: string;
  applicantIin: string;
  representativeName: string | null;
}

const SELECT = `
  SELECT a.id, a.reg_number AS regNumber, a.applicant_id AS applicantId, a.representative_id AS representativeId,
         a.relation, a.authority_document AS authorityDocument, a.category, a.status,
         a.standard_version AS standardVersion, a.accepted_at AS acceptedAt, a.accepted_date AS acceptedDate,
         a.term_end AS termEnd, u.full_name AS acceptedBy, a.cancelled_at AS cancelledAt,
         a.cancel_reason AS cancelReason,
         concat_ws(' ', p.last_name, p.first_name, p.middle_name) AS applicantName, p.iin AS applicantIin,
         CASE WHEN r.id IS NULL THEN NULL ELSE concat_ws(' ', r.last_name, r.first_name, r.middle_name) END
           AS representativeName
    FROM applications a
    JOIN applicants p ON p.id = a.applicant_id
    LEFT JOIN representatives r ON r.id = a.representative_id
    JOIN users u ON u.id = a.accepted_by`;

export function getApplication(db: Db, id: number): ApplicationRecord | undefined {
  return prepared(db, `${SELECT} WHERE a.id = ?`).get(id) as ApplicationRecord | undefined;
}

/**
 * Search by register number, IIN (of the applicant or the representative) or a part of a name.
 * Names are matched case-insensitively for Cyrillic too (SQLite's lower() knows only ASCII),
 * so both sides are folded by fold(), a JavaScript function registered in open.ts.
 */
export function searchApplications(
  db: Db,
  f: { query: string; status?: string; limit: number; offset: number },
): { rows: ApplicationRecord[]; total: number } {
  const q = f.query.trim();
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: f.limit, offset: f.offset };
  if (f.status) {
    where.push('a.status = @status');
    params.status = f.status;
  }
  if (q) {
    where.push(
      `(a.reg_number LIKE @prefix ESCAPE '\\' OR p.iin LIKE @prefix ESCAPE '\\' OR r.iin LIKE @prefix ESCAPE '\\'
        OR fold(concat_ws(' ', p.last_name, p.first_name, p.middle_name)) LIKE @like ESCAPE '\\'
        OR fold(concat_ws(' ', r.last_name, r.first_name, r.middle_name)) LIKE @like ESCAPE '\\')`,
    );
    const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
    params.prefix = `${escaped}%`;
    params.like = `%${escaped.toLowerCase()}%`;
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db
    .prepare(`${SELECT} ${clause} ORDER BY a.accepted_at DESC, a.id DESC LIMIT @limit OFFSET @offset`)
    .all(params) as ApplicationRecord[];
  const { n } = db
    .prepare(
      `SELECT count(*) AS n FROM applications a JOIN applicants p ON p.id = a.applicant_id
         LEFT JOIN representatives r ON r.id = a.representative_id ${clause}`,
    )
    .get(params) as { n: number };
  return { rows, total: n };
}

export function cancelApplication(db: Db, id: number, by: number, at: string, reason: string): void {
  prepared(
    db,
    `UPDATE applications SET status = 'cancelled', cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?`,
  ).run(at, by, reason, id);
}

export function applicationsOf(
  db: Db,
  applicantId: number,
): { id: number; regNumber: string; status: string; acceptedDate: string }[] {
  return prepared(
    db,
    `SELECT id, reg_number AS regNumber, status, accepted_date AS acceptedDate
         FROM applications WHERE applicant_id = ? ORDER BY accepted_at DESC`,
  ).all(applicantId) as { id: number; regNumber: string; status: string; acceptedDate: string }[];
}

/** How a representative last represented a child: prefills a returning parent's authority. */
export function lastRepresentation(
  db: Db,
  representativeId: number,
): { relation: string; authorityDocument: string } | undefined {
  return prepared(
    db,
    `SELECT relation, authority_document AS authorityDocument FROM applications
        WHERE representative_id = ? ORDER BY accepted_at DESC LIMIT 1`,
  ).get(representativeId) as { relation: string; authorityDocument: string } | undefined;
}

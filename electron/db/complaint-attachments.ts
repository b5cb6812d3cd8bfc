// The files kept with a complaint (the scanned letters): their rows, with the sha256 of the
// bytes and the path under the data folder. Never deleted: a file attached by mistake is
// marked withdrawn.

import type { Db } from './open.ts';
import { prepared } from './statements.ts';

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

const SELECT = `
  SELECT f.id, f.complaint_id AS complaintId, f.file_name AS fileName, f.stored_path AS storedPath,
         f.mime_type AS mimeType, f.size, f.sha256, f.added_at AS addedAt, au.full_name AS addedBy,
         f.withdrawn_at AS withdrawnAt, wu.full_name AS withdrawnBy, f.withdraw_reason AS withdrawReason
    FROM complaint_attachments f
    JOIN users au ON au.id = f.added_by
    LEFT JOIN users wu ON wu.id = f.withdrawn_by`;

/**
 * The row first, with a placeholder path: the file is named after the row's id (and a random
 * part, since an id rolled back with its transaction is given again — attachment-files.ts).
 */
export function insertAttachment(
  db: Db,
  a: Pick<AttachmentRecord, 'complaintId' | 'fileName' | 'mimeType' | 'size' | 'sha256' | 'addedAt'> & {
    storedPath: (id: number) => string;
    addedBy: number;
  },
): { id: number; storedPath: string } {
  const { storedPath: nameOf, ...row } = a;
  const id = Number(
    prepared(
      db,
      `INSERT INTO complaint_attachments (complaint_id, file_name, stored_path, mime_type, size, sha256, added_at,
         added_by)
       VALUES (@complaintId, @fileName, 'pending:' || hex(randomblob(8)), @mimeType, @size, @sha256, @addedAt, @addedBy)`,
    ).run(row).lastInsertRowid,
  );
  const storedPath = nameOf(id);
  prepared(db, 'UPDATE complaint_attachments SET stored_path = ? WHERE id = ?').run(storedPath, id);
  return { id, storedPath };
}

/** Every path under the data folder a row names, withdrawn files included (they are kept). */
export function attachmentsOnDisk(db: Db): Set<string> {
  const rows = prepared(db, 'SELECT stored_path AS storedPath FROM complaint_attachments').all() as {
    storedPath: string;
  }[];
  return new Set(rows.map((r) => r.storedPath));
}

export function getAttachment(db: Db, id: number): AttachmentRecord | undefined {
  return prepared(db, `${SELECT} WHERE f.id = ?`).get(id) as AttachmentRecord | undefined;
}

export function listAttachments(db: Db, complaintId: number): AttachmentRecord[] {
  return prepared(db, `${SELECT} WHERE f.complaint_id = ? ORDER BY f.id`).all(
    complaintId,
  ) as AttachmentRecord[];
}

export function withdrawAttachment(db: Db, id: number, by: number, at: string, reason: string): void {
  prepared(
    db,
    'UPDATE complaint_attachments SET withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ? WHERE id = ?',
  ).run(at, by, reason, id);
}
